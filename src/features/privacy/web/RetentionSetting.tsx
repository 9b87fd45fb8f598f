import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { z } from 'zod';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { RetentionMonths } from '../privacy.contract.ts';
import { useUpdateRetention } from './useRetention.ts';

const RetentionForm = z.object({ retentionMonths: RetentionMonths });
const range = 'retention.months.range';
const messages = {
  'retentionMonths.invalid_type': range,
  'retentionMonths.too_small': range,
  'retentionMonths.too_big': range,
};

/** The association's retention time, in months (0 turns the rule off). */
export function RetentionSetting({ months }: { months: number }) {
  const intl = useIntl();
  const form = useContractForm({ retentionMonths: String(months) }, { messages });
  const update = useUpdateRetention();

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = form.values.retentionMonths.trim();
    const input = form.validate(RetentionForm, {
      retentionMonths: text === '' ? NaN : Number(text),
    });
    if (!input) return;
    update.mutate(input.retentionMonths, { onError: (error) => form.showServerErrors(error) });
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="xs">
        {update.isError && !form.handlesError(update.error) && <ErrorAlert error={update.error} />}
        <TextInput
          {...form.field('retentionMonths')}
          label={intl.formatMessage({ id: 'retention.months.label' })}
          description={intl.formatMessage({ id: 'retention.months.help' })}
          type="number"
          inputMode="numeric"
          min={0}
          max={240}
          maw="20rem"
        />
        <Group gap="sm">
          <Button type="submit" size="sm" loading={update.isPending}>
            <FormattedMessage id="retention.months.save" />
          </Button>
          {update.isSuccess && (
            <Text size="sm" role="status">
              <FormattedMessage id="retention.months.saved" />
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
