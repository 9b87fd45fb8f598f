import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { TaskInput, type Decision } from '../meeting-records.contract.ts';
import { PersonPicker, type PickedPerson } from './PersonPicker.tsx';
import { useMeetingChange } from './useMeetings.ts';

/** Makes a task of a decision: what to do, who answers for it, by when, the plan's means it serves. */
export function TaskForm({ decision, onDone }: { decision: Decision; onDone: () => void }) {
  const intl = useIntl();
  const session = useCurrentSession();
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
        {responsible ? (
          <Group gap="sm">
            <Text size="sm">
              <FormattedMessage
                id="meetings.task.responsibleIs"
                values={{ name: responsible.name }}
              />
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setResponsible(null)}>
              <FormattedMessage id="meetings.task.changeResponsible" />
            </Button>
          </Group>
        ) : (
          hasRole(session, 'coordinator') && (
            <PersonPicker
              label={intl.formatMessage({ id: 'meetings.task.responsible' })}
              onPick={setResponsible}
            />
          )
        )}
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
        <Group gap="sm">
          <Button type="submit" loading={create.isPending}>
            <FormattedMessage id="meetings.task.save" />
          </Button>
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="common.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
