import { Checkbox, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import type { CustomDraft } from '../../../custom-fields/web/custom-values.ts';

/** The input for one custom field, by its kind. `error` is already translated. */
export function CustomValueInput({
  field,
  value,
  onChange,
  error,
}: {
  field: CustomField;
  value: CustomDraft;
  onChange: (value: CustomDraft) => void;
  error?: string;
}) {
  const intl = useIntl();
  const text = Array.isArray(value) ? '' : value;
  const common = { label: field.label, error, name: `custom.${field.id}` };
  switch (field.kind) {
    case 'multi_choice': {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <Checkbox.Group {...common} value={chosen} onChange={onChange}>
          <Stack gap={6} mt={6}>
            {field.options.map((option) => (
              <Checkbox key={option} value={option} label={option} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    }
    case 'choice':
    case 'yes_no': {
      const options =
        field.kind === 'choice'
          ? field.options.map((option) => ({ value: option, label: option }))
          : ['yes', 'no'].map((answer) => ({
              value: answer,
              label: intl.formatMessage({ id: `customFields.${answer}` }),
            }));
      return (
        <NativeSelect
          {...common}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          data={[
            { value: '', label: intl.formatMessage({ id: 'customFields.noValue' }) },
            ...options,
          ]}
        />
      );
    }
    default:
      return (
        <TextInput
          {...common}
          value={text}
          onChange={(event) => onChange(event.currentTarget.value)}
          type={field.kind === 'date' ? 'date' : field.kind === 'url' ? 'url' : 'text'}
          inputMode={field.kind === 'number' ? 'decimal' : undefined}
          placeholder={field.kind === 'url' ? 'https://' : undefined}
        />
      );
  }
}
