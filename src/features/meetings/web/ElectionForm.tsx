import { Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { ElectionInput } from '../meeting-records.contract.ts';
import { FormActions } from './FormActions.tsx';
import { useMeetingChange } from './useMeetings.ts';

// "(ersättare)" after a name marks a deputy; "(deputy)" too, for those writing in English.
const deputyMark = /\s*\((ersättare|deputy)\)$/i;

/** "Ombud till distriktsårsmötet": the office and the elected, one name a line ("(ersättare)" for a deputy). */
export function ElectionForm({ itemId, onDone }: { itemId: string; onDone: () => void }) {
  const intl = useIntl();
  const form = useContractForm({ office: '', elected: '', note: '' });
  const create = useMeetingChange((body: z.input<typeof ElectionInput>) =>
    callApi(meetingRoutes.createMeetingElection, { params: { id: itemId }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const elected = form.values.elected
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const isDeputy = deputyMark.test(line);
        return { name: line.replace(deputyMark, ''), isDeputy };
      });
    const body = form.validate(ElectionInput, { ...form.values, elected });
    if (body) create.mutate(body, { onSuccess: onDone, onError: (e) => form.showServerErrors(e) });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <TextInput
          {...form.field('office')}
          label={intl.formatMessage({ id: 'meetings.election.office' })}
          description={intl.formatMessage({ id: 'meetings.election.officeHint' })}
          required
        />
        <Textarea
          {...form.field('elected')}
          label={intl.formatMessage({ id: 'meetings.election.elected' })}
          description={intl.formatMessage({ id: 'meetings.election.electedHint' })}
          autosize
          minRows={3}
        />
        <TextInput
          {...form.field('note')}
          label={intl.formatMessage({ id: 'meetings.election.note' })}
        />
        <FormActions
          label="meetings.election.save"
          isPending={create.isPending}
          onCancel={onDone}
        />
      </Stack>
    </form>
  );
}
