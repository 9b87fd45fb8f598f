import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
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
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { GuestShiftFill, GuestSignupForm } from '../../public/web/GuestSignupForm.tsx';
import { usePublicActivity } from '../../public/web/usePublicActivities.ts';

/** `/o/:slug/activities/:id`: a public activity's shareable page, with guest sign-up. */
export function PublicActivityPage() {
  const intl = useIntl();
  const { slug = '', id = '' } = useParams();
  const activity = usePublicActivity(slug, id);

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
    <Stack gap="lg" className="wide-page">
      <Anchor component={Link} to={`/o/${data.organization.slug}`} size="sm">
        {data.organization.name}
      </Anchor>
      <ActivityHeading activity={data} />
      <ActivityPageDetails activity={data} />
      <Anchor href={routeUrl(calendarRoutes.publicActivityIcs.path, { slug, id: data.id })}>
        <FormattedMessage id="signup.addToCalendar" />
      </Anchor>
      {data.descriptionHtml && (
        // Rendered from Markdown and sanitized on the server (raw HTML escaped, safe links only).
        <div
          className="activity-description"
          dangerouslySetInnerHTML={{ __html: data.descriptionHtml }}
        />
      )}
      {/* With a choice of shifts, the sign-up form lists them itself. */}
      {(data.shifts.length === 1 || !data.isGuestSignupOpen || data.cancelledAt) && (
        <section aria-labelledby="public-shifts">
          <Title order={2} size="h3" id="public-shifts" mb="sm">
            <FormattedMessage id="signup.shifts" />
          </Title>
          <Stack gap="xs" component="ul" className="plain-list">
            {data.shifts.map((shift) => (
              <Card key={shift.id} withBorder padding="sm" component="li">
                <Text fw={600}>
                  {shift.title && `${shift.title} · `}
                  <ActivityTimeRange
                    startsAt={shift.startsAt}
                    endsAt={shift.endsAt}
                    dateShown={data.startsAt}
                  />
                </Text>
                <Text size="sm" c="dimmed">
                  <GuestShiftFill shift={shift} />
                </Text>
              </Card>
            ))}
          </Stack>
        </section>
      )}
      {!data.cancelledAt && (
        <section aria-labelledby="guest-signup">
          <Title order={2} size="h3" id="guest-signup" mb="sm">
            <FormattedMessage id="guest.title" />
          </Title>
          {data.isGuestSignupOpen ? (
            <GuestSignupForm
              activityId={data.id}
              activityStartsAt={data.startsAt}
              shifts={data.shifts}
              organizationName={data.organization.name}
            />
          ) : (
            <Text>
              <FormattedMessage id="signup.closed" />
            </Text>
          )}
          <Text size="sm" mt="md">
            <Anchor component={Link} to={`/activities/${data.id}`}>
              <FormattedMessage id="guest.memberLogin" />
            </Anchor>
          </Text>
        </section>
      )}
    </Stack>
  );
}
