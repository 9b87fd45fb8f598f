import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { routeUrl } from '../../../../platform/shared/route.ts';
import { ApiError } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { NotFoundPage } from '../../../../platform/web/ui/NotFoundPage.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { calendarRoutes } from '../feeds.contract.ts';
import { PublicCalendarLinks } from './PublicCalendarLinks.tsx';
import { PublicCalendarList } from '../../public/web/PublicCalendarList.tsx';
import {
  usePublicActivities,
  usePublicOrganization,
} from '../../public/web/usePublicActivities.ts';

/** `/o/:slug/groups/:groupId`: one local group's kalendarium. */
export function PublicGroupCalendarPage() {
  const intl = useIntl();
  const { slug = '', groupId = '' } = useParams();
  const organization = usePublicOrganization(slug);
  const activities = usePublicActivities(slug, groupId);

  if (organization.isPending) return <PageLoader />;
  const group = organization.data?.localGroups.find((candidate) => candidate.id === groupId);
  if (
    (organization.isError &&
      organization.error instanceof ApiError &&
      organization.error.code === 'not_found') ||
    (organization.isSuccess && !group)
  ) {
    return <NotFoundPage />;
  }
  if (organization.isError || !group) {
    return (
      <Stack gap="md">
        <PageTitle>{intl.formatMessage({ id: 'error.pageTitle' })}</PageTitle>
        <ErrorAlert error={organization.error} onRetry={() => void organization.refetch()} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg" className="wide-page">
      <Anchor component={Link} to={`/o/${slug}`} size="sm">
        {organization.data.name}
      </Anchor>
      <PageTitle>{group.name}</PageTitle>
      {group.areaDescription && (
        <Text size="sm" className="pre-line">
          {group.areaDescription}
        </Text>
      )}
      <section aria-labelledby="kalendarium-heading">
        <Title order={2} size="h3" id="kalendarium-heading" mb="xs">
          <FormattedMessage id="kalendarium.title" />
        </Title>
        <Stack gap="sm">
          <PublicCalendarLinks
            path={routeUrl(calendarRoutes.localGroupFeed.path, { slug, groupId })}
          />
          {activities.isPending ? (
            <PageLoader />
          ) : activities.isError ? (
            <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
          ) : (
            <PublicCalendarList
              slug={slug}
              items={activities.items}
              more={activities.more}
              showGroup={false}
            />
          )}
        </Stack>
      </section>
      <Text size="sm">
        <Anchor component={Link} to="/login">
          <FormattedMessage id="public.memberLogin" />
        </Anchor>
      </Text>
    </Stack>
  );
}
