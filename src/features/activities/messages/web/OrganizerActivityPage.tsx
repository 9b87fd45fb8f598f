import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { callApi } from '../../../../platform/web/api.ts';
import { activityRoutes } from '../../schedule/activities.contract.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { ActivityEditorCancel } from '../../schedule/web/ActivityEditorCancel.tsx';
import { StatusBadges } from '../../schedule/web/CalendarItem.tsx';
import { OrganizerActivityDetails } from '../../schedule/web/OrganizerActivityDetails.tsx';
import { OrganizerRemindAll } from './OrganizerRemindAll.tsx';
import { OrganizerShiftSignups } from '../../signups/web/OrganizerShiftSignups.tsx';
import { ReportForm } from '../../signups/web/ReportForm.tsx';
import { ConfirmDelete } from '../../../../platform/web/ui/ConfirmDelete.tsx';
import { activitiesQueryKey, useActivity } from '../../schedule/web/useActivities.ts';
import { activityQueryKey } from '../../schedule/web/useActivitiesAdmin.ts';

/** The organizer's view of one activity (/activities/:id/manage): details, sign-ups, report. */
export function OrganizerActivityPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const queryClient = useQueryClient();
  if (activity.isPending) return <PageLoader />;
  if (activity.isError)
    return <ErrorAlert error={activity.error} onRetry={() => void activity.refetch()} />;
  const data = activity.data;
  const hasBegun = Date.parse(data.startsAt) <= Date.now();
  const signedUp = data.shifts.reduce((sum, shift) => sum + shift.confirmed + shift.waiting, 0);
  const canEdit = data.canManage && !data.cancelledAt;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/activities" size="sm">
        <FormattedMessage id="activities.backToCalendar" />
      </Anchor>
      <Stack gap={4}>
        <PageTitle>{data.title}</PageTitle>
        <Group gap={6}>
          <StatusBadges activity={data} />
        </Group>
      </Stack>
      <Group gap="sm">
        {canEdit && (
          <Button component={Link} to={`/activities/${data.id}/edit`}>
            <FormattedMessage id="activities.edit" />
          </Button>
        )}
        <Button component={Link} to={`/activities/${data.id}`} variant="default">
          <FormattedMessage id="activities.memberView" />
        </Button>
        {canEdit && <ActivityEditorCancel activity={data} />}
        {data.canManage && signedUp === 0 && (
          <ConfirmDelete
            buttonLabel={intl.formatMessage({ id: 'activities.delete' })}
            title={intl.formatMessage({ id: 'activities.delete.title' }, { title: data.title })}
            text={intl.formatMessage({ id: 'activities.delete.text' })}
            onDelete={() =>
              callApi(activityRoutes.deleteActivity, { params: { id }, query: { scope: 'one' } })
            }
            onDeleted={async () => {
              queryClient.removeQueries({ queryKey: activityQueryKey(id) });
              await navigate('/activities');
              await queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
            }}
          />
        )}
      </Group>
      {!data.canManage && !data.canSeeSignups && (
        <Alert variant="light">
          <FormattedMessage id="activities.notYours" />
        </Alert>
      )}
      <Card withBorder component="section" aria-labelledby="details-heading">
        <Title order={2} size="h4" id="details-heading" mb="xs">
          <FormattedMessage id="activities.details" />
        </Title>
        <OrganizerActivityDetails activity={data} />
      </Card>
      {data.canSeeSignups && (
        <section aria-labelledby="signups-heading">
          <Group justify="space-between" mb="sm" gap="sm">
            <Title order={2} size="h4" id="signups-heading">
              <FormattedMessage id="activities.signups" />
            </Title>
            {!hasBegun && !data.cancelledAt && signedUp > 0 && (
              <OrganizerRemindAll activityId={data.id} />
            )}
          </Group>
          <OrganizerShiftSignups activity={data} />
        </section>
      )}
      {data.canSeeSignups && (
        <Card withBorder component="section" aria-labelledby="report-heading">
          <Title order={2} size="h4" id="report-heading" mb="xs">
            <FormattedMessage id="activities.report" />
          </Title>
          {hasBegun && !data.cancelledAt ? (
            <ReportForm activityId={data.id} typeId={data.type.id} />
          ) : (
            <Text size="sm" c="dimmed">
              <FormattedMessage id="activities.report.later" />
            </Text>
          )}
        </Card>
      )}
    </Stack>
  );
}
