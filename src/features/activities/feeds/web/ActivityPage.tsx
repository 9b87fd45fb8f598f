import { Anchor, Group, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { routeUrl } from '../../../../platform/shared/route.ts';
import { ApiError } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { NotFoundPage } from '../../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { calendarRoutes } from '../feeds.contract.ts';
import { ActivityHeading } from '../../schedule/web/ActivityHeading.tsx';
import { ActivityPageDetails } from '../../schedule/web/ActivityPageDetails.tsx';
import { ActivityPageShifts } from '../../signups/web/ActivityPageShifts.tsx';
import { useActivity } from '../../schedule/web/useActivities.ts';

/** `/activities/:id`: one activity as a member sees it, with sign-up on each shift. */
export function ActivityPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const activity = useActivity(id);

  if (activity.isPending) return <PageLoader />;
  if (activity.isError) {
    const error = activity.error;
    if (error instanceof ApiError && (error.code === 'not_found' || error.code === 'validation')) {
      return <NotFoundPage />;
    }
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={error} onRetry={() => void activity.refetch()} />
      </Stack>
    );
  }
  const data = activity.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/feed" size="sm">
        <FormattedMessage id="feed.back" />
      </Anchor>
      <ActivityHeading activity={data} />
      <ActivityPageDetails activity={data} />
      <Group gap="md">
        <Anchor href={routeUrl(calendarRoutes.memberActivityIcs.path, { id: data.id })}>
          <FormattedMessage id="signup.addToCalendar" />
        </Anchor>
        {(data.canManage || data.canSeeSignups) && (
          <Anchor component={Link} to={`/activities/${data.id}/manage`}>
            <FormattedMessage id="signup.manage" />
          </Anchor>
        )}
      </Group>
      {/* The sign-up first: on a phone it is what one came for. */}
      <ActivityPageShifts activity={data} />
      {data.descriptionHtml && (
        // Rendered from Markdown and sanitized on the server (raw HTML escaped, safe links only).
        <div
          className="activity-description"
          dangerouslySetInnerHTML={{ __html: data.descriptionHtml }}
        />
      )}
    </Stack>
  );
}
