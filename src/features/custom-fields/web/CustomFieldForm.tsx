import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { CustomFieldInput, CustomFieldPatch, type CustomField } from '../custom-fields.contract.ts';
import { customFieldKinds } from '../../../platform/shared/db-values.generated.ts';
import { choiceKinds } from './custom-values.ts';

export interface FieldFormValues extends Record<string, string> {
  label: string;
  kind: string;
  /** One choice a line. */
  options: string;
}

const toOptions = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Adding a field (label, kind, choices) or, given `field`, renaming it and editing its choices;
 * its kind stays once made.
 */
export function CustomFieldForm({
  field,
  save,
  onDone,
  onCancel,
}: {
  field?: CustomField;
  save: (input: {
    label: string;
    kind: CustomField['kind'];
    options: string[];
  }) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}) {
  const intl = useIntl();
  const form = useContractForm<FieldFormValues>({
    label: field?.label ?? '',
    kind: field?.kind ?? 'text',
    options: field?.options.join('\n') ?? '',
  });
  const mutation = useMutation({
    mutationFn: save,
    onSuccess: () => {
      if (!field) form.setValues({ label: '', kind: 'text', options: '' });
      onDone();
    },
    onError: (error) => form.showServerErrors(error),
  });
  const kind = form.values.kind as CustomField['kind'];
  const hasChoices = choiceKinds.has(kind);

  function submit(event: FormEvent) {
    event.preventDefault();
    const options = hasChoices ? toOptions(form.values.options) : [];
    const input = field
      ? form.validate(CustomFieldPatch, { label: form.values.label, options })
      : form.validate(CustomFieldInput, { label: form.values.label, kind, options });
    if (!input) return;
    if (hasChoices && options.length === 0) {
      form.markError('options', 'options_required');
      return;
    }
    mutation.mutate({ label: form.values.label.trim(), kind, options });
  }

  const prefix = field ? `field-${field.id}` : 'new-field';
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError && !form.handlesError(mutation.error) && (
          <ErrorAlert error={mutation.error} />
        )}
        <TextInput
          {...form.field('label')}
          id={`${prefix}-label`}
          label={intl.formatMessage({ id: 'customFields.label' })}
          maxLength={60}
          required
        />
        {!field && (
          <NativeSelect
            {...form.field('kind')}
            label={intl.formatMessage({ id: 'customFields.kind' })}
            data={customFieldKinds.map((value) => ({
              value,
              label: intl.formatMessage({ id: `customFields.kind.${value}` }),
            }))}
          />
        )}
        {hasChoices && (
          <Textarea
            {...form.field('options')}
            label={intl.formatMessage({ id: 'customFields.options' })}
            description={intl.formatMessage({ id: 'customFields.optionsHelp' })}
            autosize
            minRows={3}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            <FormattedMessage id={field ? 'common.save' : 'customFields.add'} />
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              <FormattedMessage id="common.cancel" />
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
