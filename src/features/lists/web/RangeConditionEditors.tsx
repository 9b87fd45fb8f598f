import { Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { Condition } from '../lists.contract.ts';

type DateCondition = Extract<Condition, { type: 'date' }>;
type BirthYearCondition = Extract<Condition, { type: 'birthYear' }>;

const flexible = { flex: '1 1 9rem' };

/** Days in Sweden, either end open: "Medlem sedan, från och med 2024-01-01". */
export function DateEditor({
  condition,
  onChange,
}: {
  condition: DateCondition;
  onChange: (next: DateCondition) => void;
}) {
  const intl = useIntl();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.date.field' })}
        value={condition.field}
        onChange={(event) =>
          onChange({ ...condition, field: event.currentTarget.value as DateCondition['field'] })
        }
        data={[
          { value: 'memberSince', label: intl.formatMessage({ id: 'person.field.memberSince' }) },
          { value: 'createdAt', label: intl.formatMessage({ id: 'lists.date.createdAt' }) },
        ]}
        style={flexible}
      />
      <TextInput
        type="date"
        label={intl.formatMessage({ id: 'lists.date.from' })}
        value={condition.from ?? ''}
        onChange={(event) => onChange({ ...condition, from: event.currentTarget.value || null })}
        style={flexible}
      />
      <TextInput
        type="date"
        label={intl.formatMessage({ id: 'lists.date.to' })}
        value={condition.to ?? ''}
        onChange={(event) => onChange({ ...condition, to: event.currentTarget.value || null })}
        style={flexible}
      />
    </Group>
  );
}

function toYear(value: number | string): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

export function BirthYearEditor({
  condition,
  onChange,
}: {
  condition: BirthYearCondition;
  onChange: (next: BirthYearCondition) => void;
}) {
  const intl = useIntl();
  const yearProps = {
    min: 1900,
    max: 2100,
    allowDecimal: false,
    allowNegative: false,
    thousandSeparator: false as const,
    inputMode: 'numeric' as const,
    style: flexible,
  };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NumberInput
        label={intl.formatMessage({ id: 'lists.birthYear.from' })}
        value={condition.from ?? ''}
        onChange={(value) => onChange({ ...condition, from: toYear(value) })}
        {...yearProps}
      />
      <NumberInput
        label={intl.formatMessage({ id: 'lists.birthYear.to' })}
        value={condition.to ?? ''}
        onChange={(value) => onChange({ ...condition, to: toYear(value) })}
        {...yearProps}
      />
    </Group>
  );
}
