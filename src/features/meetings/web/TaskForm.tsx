import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { TaskInput, type Decision } from '../meeting-records.contract.ts';
import { PersonField } from './PersonField.tsx';
import type { PickedPerson } from './PersonPicker.tsx';
import { FormActions } from './FormActions.tsx';
import { useMeetingChange } from './useMeetings.ts';

/** Makes a task of a decision: what to do, who answers for it, by when, the plan's means it serves. */
export function TaskForm({
  decision,
  meetingId,
  onDone,
}: {
  decision: Decision;
  meetingId: string;
  onDone: () => void;
}) {
  const intl = useIntl();
  const [responsible, setResponsible] = useState<PickedPerson | null>(null);
  const form = useContractForm({ title: decision.text.slice(0, 300), dueOn: '', planMeans: '' });
  const create = useMeetingChange((body: z.input<typeof TaskInput>) =>
    callApi(meetingRoutes.createTask, { params: { id: decision.id }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(TaskInput, {
      ...form.values,
      dueOn: form.values.dueOn || null,
      responsiblePersonId: responsible?.id ?? null,
    });
    if (body) create.mutate(body, { onSuccess: onDone, onError: (e) => form.showServerErrors(e) });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <TextInput
          {...form.field('title')}
          label={intl.formatMessage({ id: 'meetings.task.title' })}
          required
        />
        <PersonField
          label={intl.formatMessage({ id: 'meetings.task.responsible' })}
          value={responsible}
          onChange={setResponsible}
          meetingId={meetingId}
          shown={
            responsible
              ? intl.formatMessage(
                  { id: 'meetings.task.responsibleIs' },
                  { name: responsible.name },
                )
              : undefined
          }
        />
        <TextInput
          {...form.field('dueOn')}
          type="date"
          label={intl.formatMessage({ id: 'meetings.task.dueOn' })}
          w={200}
        />
        <TextInput
          {...form.field('planMeans')}
          label={intl.formatMessage({ id: 'meetings.task.planMeans' })}
          description={intl.formatMessage({ id: 'meetings.task.planMeansHint' })}
        />
        <FormActions label="meetings.task.save" isPending={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
