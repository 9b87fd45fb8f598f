import { Fieldset, SimpleGrid, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { fieldErrorMessage } from '../../../../platform/web/ui/error-messages.ts';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import type { CustomDraft, CustomDrafts } from '../../../custom-fields/web/custom-values.ts';
import { CustomValueInput } from './CustomValueInput.tsx';

/** The person form's inputs for the association's own fields; `errors` is field id → code. */
export function CustomValuesFields({
  fields,
  drafts,
  onChange,
  errors,
}: {
  fields: CustomField[];
  drafts: CustomDrafts;
  onChange: (fieldId: string, draft: CustomDraft) => void;
  errors: Record<string, string>;
}) {
  const intl = useIntl();
  if (fields.length === 0) return null;
  return (
    <Fieldset
      variant="unstyled"
      legend={
        <Text fw={700} mb="sm">
          <FormattedMessage id="person.field.custom" />
        </Text>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {fields.map((field) => {
          const code = errors[field.id];
          return (
            <CustomValueInput
              key={field.id}
              field={field}
              value={drafts[field.id] ?? (field.kind === 'multi_choice' ? [] : '')}
              onChange={(draft) => onChange(field.id, draft)}
              error={code ? fieldErrorMessage(intl, 'custom', code) : undefined}
            />
          );
        })}
      </SimpleGrid>
    </Fieldset>
  );
}

/** The custom fields a server's problem names, as field id → code (`body.custom.<id>`). */
export function customFieldErrors(
  errors: { path: string; code: string }[],
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const error of errors) {
    const match = /^body\.custom\.([^.]+)/.exec(error.path);
    if (match?.[1]) found[match[1]] ??= error.code;
  }
  return found;
}
