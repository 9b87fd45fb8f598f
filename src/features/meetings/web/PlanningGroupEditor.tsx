import {
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { organizationRoutes } from '../../organizations/organizations.contract.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { PartnerInput, type Meeting } from '../meeting-plan.contract.ts';
import { PersonPicker } from './PersonPicker.tsx';
import { useMeetingChange } from './useMeetings.ts';

function PartnersEditor({ meeting }: { meeting: Meeting }) {
  const intl = useIntl();
  const form = useContractForm({ name: '', contactNote: '' });
  const add = useMeetingChange((body: z.input<typeof PartnerInput>) =>
    callApi(meetingRoutes.addPartner, { params: { id: meeting.id }, body }),
  );
  const remove = useMeetingChange((id: string) =>
    callApi(meetingRoutes.deletePartner, { params: { id } }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(PartnerInput, form.values);
    if (body)
      add.mutate(body, {
        onSuccess: () => form.setValues({ name: '', contactNote: '' }),
        onError: (e) => form.showServerErrors(e),
      });
  }
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        <FormattedMessage id="meetings.partners.title" />
      </Title>
      {remove.isError && <ErrorAlert error={remove.error} />}
      {meeting.partners.map((partner) => (
        <Group key={partner.id} justify="space-between" wrap="nowrap">
          <Text size="sm">
            <strong>{partner.name}</strong>
            {partner.contactNote && ` – ${partner.contactNote}`}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            color="red"
            onClick={() => remove.mutate(partner.id)}
            aria-label={intl.formatMessage(
              { id: 'meetings.partners.remove' },
              { name: partner.name },
            )}
          >
            <FormattedMessage id="common.delete" />
          </Button>
        </Group>
      ))}
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="xs">
          {add.isError && !form.handlesError(add.error) && <ErrorAlert error={add.error} />}
          <TextInput
            {...form.field('name')}
            label={intl.formatMessage({ id: 'meetings.partners.name' })}
          />
          <Textarea
            {...form.field('contactNote')}
            label={intl.formatMessage({ id: 'meetings.partners.note' })}
            autosize
            minRows={1}
          />
          <Button
            type="submit"
            variant="light"
            loading={add.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            <FormattedMessage id="meetings.partners.add" />
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** Who plans the meeting (people and a committee such as the council group) and who is invited. */
export function PlanningGroupEditor({ meeting }: { meeting: Meeting }) {
  const intl = useIntl();
  const committees = useQuery({
    queryKey: ['committees'],
    queryFn: () => callApi(organizationRoutes.listCommittees),
  });
  const personIds = meeting.planners.map((p) => p.id);
  const committeeId = meeting.planningCommittee?.id ?? null;
  const save = useMeetingChange((body: { personIds: string[]; committeeId: string | null }) =>
    callApi(meetingRoutes.setPlanningGroup, { params: { id: meeting.id }, body }),
  );
  return (
    <Card withBorder component="section" aria-labelledby="planning-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="planning-heading">
          <FormattedMessage id="meetings.planning.title" />
        </Title>
        {save.isError && <ErrorAlert error={save.error} />}
        <NativeSelect
          label={intl.formatMessage({ id: 'meetings.planning.committee' })}
          value={committeeId ?? ''}
          onChange={(event) =>
            save.mutate({ personIds, committeeId: event.currentTarget.value || null })
          }
          data={[
            { value: '', label: intl.formatMessage({ id: 'meetings.planning.noCommittee' }) },
            ...(committees.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            <FormattedMessage id="meetings.planning.planners" />
          </Text>
          {meeting.planners.length === 0 && (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="meetings.planning.noPlanners" />
            </Text>
          )}
          <Group gap="xs">
            {meeting.planners.map((planner) => (
              <Button
                key={planner.id}
                size="compact-sm"
                variant="default"
                onClick={() =>
                  save.mutate({
                    personIds: personIds.filter((id) => id !== planner.id),
                    committeeId,
                  })
                }
                aria-label={intl.formatMessage(
                  { id: 'meetings.planning.removePlanner' },
                  { name: planner.name },
                )}
              >
                {planner.name} ✕
              </Button>
            ))}
          </Group>
          <PersonPicker
            meetingId={meeting.id}
            label={intl.formatMessage({ id: 'meetings.planning.addPlanner' })}
            onPick={(person) =>
              !personIds.includes(person.id) &&
              save.mutate({ personIds: [...personIds, person.id], committeeId })
            }
          />
        </Stack>
        <PartnersEditor meeting={meeting} />
      </Stack>
    </Card>
  );
}
