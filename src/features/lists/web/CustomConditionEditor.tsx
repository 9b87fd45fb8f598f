import { Group, NativeSelect, NumberInput, Text, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { CustomField } from '../../custom-fields/custom-fields.contract.ts';
import { useCustomFields } from '../../custom-fields/web/useCustomFields.ts';
import type { Condition } from '../lists.contract.ts';
import { needsValue } from './condition-kinds.ts';

type CustomCondition = Extract<Condition, { type: 'custom' }>;
type Op = CustomCondition['op'];

/** What each kind of field can be compared by; the first is the one a new condition gets. */
const opsByKind: Record<CustomField['kind'], Op[]> = {
  text: ['contains', 'equals', 'isEmpty', 'isNotEmpty'],
  url: ['contains', 'equals', 'isEmpty', 'isNotEmpty'],
  number: ['equals', 'lt', 'gt', 'isEmpty', 'isNotEmpty'],
  date: ['equals', 'lt', 'gt', 'isEmpty', 'isNotEmpty'],
  choice: ['equals', 'isEmpty', 'isNotEmpty'],
  multi_choice: ['includes', 'isEmpty', 'isNotEmpty'],
  yes_no: ['equals', 'isEmpty', 'isNotEmpty'],
};

function opLabel(kind: CustomField['kind'], op: Op): string {
  if (op === 'lt') return kind === 'date' ? 'lists.op.before' : 'lists.op.lt';
  if (op === 'gt') return kind === 'date' ? 'lists.op.after' : 'lists.op.gt';
  if (op === 'equals') return kind === 'text' || kind === 'url' ? 'lists.op.equals' : 'lists.op.is';
  return {
    contains: 'lists.op.contains',
    includes: 'lists.op.includes',
    isEmpty: 'lists.op.isEmpty',
    isNotEmpty: 'lists.op.isNotEmpty',
  }[op];
}

const flexible = { flex: '1 1 9rem' };

/** One of the association's own fields, compared the way its kind allows. */
export function CustomConditionEditor({
  condition,
  onChange,
}: {
  condition: CustomCondition;
  onChange: (next: CustomCondition) => void;
}) {
  const intl = useIntl();
  const fields = useCustomFields();
  const items = fields.data?.items ?? [];
  const field = items.find((item) => item.id === condition.fieldId);
  if (fields.isSuccess && items.length === 0) {
    return <Text size="sm">{intl.formatMessage({ id: 'lists.custom.none' })}</Text>;
  }

  function chooseField(id: string) {
    const chosen = items.find((item) => item.id === id);
    const op = chosen ? (opsByKind[chosen.kind][0] ?? 'isNotEmpty') : 'equals';
    onChange({ ...condition, fieldId: id, op, value: null });
  }

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.custom.field' })}
        value={condition.fieldId}
        onChange={(event) => chooseField(event.currentTarget.value)}
        data={[
          { value: '', label: intl.formatMessage({ id: 'lists.custom.choose' }) },
          ...items.map((item) => ({ value: item.id, label: item.label })),
        ]}
        style={flexible}
      />
      {field && (
        <NativeSelect
          label={intl.formatMessage({ id: 'lists.text.op' })}
          value={condition.op}
          onChange={(event) => onChange({ ...condition, op: event.currentTarget.value as Op })}
          data={opsByKind[field.kind].map((op) => ({
            value: op,
            label: intl.formatMessage({ id: opLabel(field.kind, op) }),
          }))}
          style={flexible}
        />
      )}
      {field && needsValue(condition.op) && (
        <CustomValueInput
          field={field}
          value={condition.value}
          onChange={(value) => onChange({ ...condition, value })}
        />
      )}
    </Group>
  );
}

function CustomValueInput({
  field,
  value,
  onChange,
}: {
  field: CustomField;
  value: CustomCondition['value'];
  onChange: (value: CustomCondition['value']) => void;
}) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: 'lists.text.value' });
  const style = { flex: '2 1 12rem' };
  switch (field.kind) {
    case 'number':
      return (
        <NumberInput
          label={label}
          value={typeof value === 'number' ? value : ''}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
          decimalSeparator=","
          style={style}
        />
      );
    case 'choice':
    case 'multi_choice':
    case 'yes_no': {
      const options =
        field.kind === 'yes_no'
          ? [
              { value: 'true', label: intl.formatMessage({ id: 'lists.custom.yes' }) },
              { value: 'false', label: intl.formatMessage({ id: 'lists.custom.no' }) },
            ]
          : field.options.map((option) => ({ value: option, label: option }));
      return (
        <NativeSelect
          label={label}
          value={value === null ? '' : String(value)}
          onChange={(event) => {
            const text = event.currentTarget.value;
            if (!text) onChange(null);
            else onChange(field.kind === 'yes_no' ? text === 'true' : text);
          }}
          data={[
            { value: '', label: intl.formatMessage({ id: 'lists.custom.chooseValue' }) },
            ...options,
          ]}
          style={style}
        />
      );
    }
    default:
      return (
        <TextInput
          type={field.kind === 'date' ? 'date' : 'text'}
          label={label}
          value={typeof value === 'string' ? value : ''}
          maxLength={200}
          onChange={(event) => onChange(event.currentTarget.value || null)}
          style={style}
        />
      );
  }
}
