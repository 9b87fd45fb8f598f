import { Card, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { meetingKinds } from '../../../platform/shared/db-values.generated.ts';
import { activityRoutes } from '../../activities/schedule/activities.contract.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { MeetingInput } from '../meeting-plan.contract.ts';
import { formatMeetingTime } from './meeting-format.ts';
import { FormActions } from './FormActions.tsx';
import { useMeetingChange } from './useMeetings.ts';

const meetingTypeKeys = ['member_meeting', 'board_meeting'];

/**
 * Makes an activity a meeting. The activity (time, place, sign-up, kalendarium) is made in the
 * calendar first; here the organizer picks one of the coming meetings-to-be.
 */
export function CreateMeetingForm({
  takenActivityIds,
  onDone,
}: {
  takenActivityIds: Set<string>;
  onDone: () => void;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [from] = useState(() => new Date().toISOString());
  const activities = useQuery({
    queryKey: ['activities', 'list', 'meeting-candidates', from],
    queryFn: () =>
      callApi(activityRoutes.listActivities, {
        query: { from, to: new Date(Date.parse(from) + 365 * 86_400_000).toISOString() },
      }),
  });
  const candidates = (activities.data?.items ?? []).filter(
    (a) => !takenActivityIds.has(a.id) && a.cancelledAt === null,
  );
  // Meetings in the calendar first, then everything else.
  candidates.sort(
    (a, b) =>
      Number(!meetingTypeKeys.includes(a.type.key ?? '')) -
        Number(!meetingTypeKeys.includes(b.type.key ?? '')) || a.startsAt.localeCompare(b.startsAt),
  );
  const form = useContractForm({ activityId: '', kind: 'member_meeting', theme: '' });
  const create = useMeetingChange((body: MeetingInput) =>
    callApi(meetingRoutes.createMeeting, { body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(MeetingInput, form.values);
    if (body)
      create.mutate(body, {
        onSuccess: (meeting) => void navigate(`/meetings/${meeting.id}/plan`),
        onError: (error) => form.showServerErrors(error),
      });
  }
  return (
    <Card withBorder component="section" aria-labelledby="new-meeting-heading">
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="new-meeting-heading">
            <FormattedMessage id="meetings.new.title" />
          </Title>
          <Text size="sm">
            <FormattedMessage id="meetings.new.intro" />
          </Text>
          {create.isError && !form.handlesError(create.error) && (
            <ErrorAlert error={create.error} />
          )}
          {activities.isError && <ErrorAlert error={activities.error} />}
          <NativeSelect
            {...form.field('activityId')}
            label={intl.formatMessage({ id: 'meetings.new.activity' })}
            data={[
              { value: '', label: intl.formatMessage({ id: 'meetings.new.chooseActivity' }) },
              ...candidates.map((a) => ({
                value: a.id,
                label: `${a.title} – ${formatMeetingTime(intl, a.startsAt)}`,
              })),
            ]}
            required
          />
          <NativeSelect
            {...form.field('kind')}
            label={intl.formatMessage({ id: 'meetings.kind.label' })}
            data={meetingKinds.map((kind) => ({
              value: kind,
              label: intl.formatMessage({ id: `meetings.kind.${kind}` }),
            }))}
          />
          <TextInput
            {...form.field('theme')}
            label={intl.formatMessage({ id: 'meetings.theme' })}
          />
          <FormActions label="meetings.new.submit" isPending={create.isPending} onCancel={onDone} />
        </Stack>
      </form>
    </Card>
  );
}
