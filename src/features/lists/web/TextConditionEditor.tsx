import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { textFields, type Condition } from '../lists.contract.ts';
import { needsValue, textFieldLabels, textOpLabels } from './condition-kinds.ts';

type TextCondition = Extract<Condition, { type: 'text' }>;
const ops = Object.keys(textOpLabels) as TextCondition['op'][];

/** A field of the person, how to compare, and with what: "Ort innehåller Huddinge". */
export function TextConditionEditor({
  condition,
  onChange,
}: {
  condition: TextCondition;
  onChange: (next: TextCondition) => void;
}) {
  const intl = useIntl();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.text.field' })}
        value={condition.field}
        onChange={(event) =>
          onChange({ ...condition, field: event.currentTarget.value as TextCondition['field'] })
        }
        data={textFields.map((field) => ({
          value: field,
          label: intl.formatMessage({ id: textFieldLabels[field] }),
        }))}
        style={{ flex: '1 1 9rem' }}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.text.op' })}
        value={condition.op}
        onChange={(event) =>
          onChange({ ...condition, op: event.currentTarget.value as TextCondition['op'] })
        }
        data={ops.map((op) => ({ value: op, label: intl.formatMessage({ id: textOpLabels[op] }) }))}
        style={{ flex: '1 1 9rem' }}
      />
      {needsValue(condition.op) && (
        <TextInput
          label={intl.formatMessage({ id: 'lists.text.value' })}
          value={condition.value}
          maxLength={200}
          onChange={(event) => onChange({ ...condition, value: event.currentTarget.value })}
          style={{ flex: '2 1 12rem' }}
        />
      )}
    </Group>
  );
}
