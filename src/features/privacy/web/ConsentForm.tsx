import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { ConsentInput, privacyRoutes } from '../privacy.contract.ts';
import { consentPurposes } from '../../../platform/shared/db-values.generated.ts';

const empty = { purpose: 'contact', givenAt: '', source: '', wording: '' };

/** Recording a consent: purpose, when (today unless told), where, and the words shown. */
export function ConsentForm({
  personId,
  onSaved,
  onCancel,
}: {
  personId: string;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const form = useContractForm(empty);
  const mutation = useMutation({
    mutationFn: (body: z.infer<typeof ConsentInput>) =>
      callApi(privacyRoutes.recordConsent, { params: { id: personId }, body }),
    onSuccess: () => {
      form.setValues(empty);
      onSaved();
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const { givenAt, ...rest } = form.values;
    // A day is enough; noon UTC keeps it the same day in every Swedish time zone.
    const input = form.validate(ConsentInput, {
      ...rest,
      givenAt: givenAt ? `${givenAt}T12:00:00.000Z` : undefined,
    });
    if (input) mutation.mutate(input);
  }

  const label = (id: string) => intl.formatMessage({ id: `privacy.consent.${id}` });
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.isError && !form.handlesError(mutation.error) && (
          <ErrorAlert error={mutation.error} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            {...form.field('purpose')}
            label={label('purpose')}
            data={consentPurposes.map((purpose) => ({
              value: purpose,
              label: intl.formatMessage({ id: `privacy.purpose.${purpose}` }),
            }))}
          />
          <TextInput
            {...form.field('givenAt')}
            label={label('givenAt')}
            description={label('givenAtHelp')}
            type="date"
          />
        </SimpleGrid>
        <TextInput
          {...form.field('source')}
          label={label('source')}
          placeholder={label('sourcePlaceholder')}
          required
          maxLength={200}
        />
        <Textarea
          {...form.field('wording')}
          label={label('wording')}
          description={label('wordingHelp')}
          required
          autosize
          minRows={2}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            <FormattedMessage id="privacy.consent.save" />
          </Button>
          <Button variant="default" onClick={onCancel}>
            <FormattedMessage id="common.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
