import { Group, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { routeUrl } from '../../../../platform/shared/route.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import type { PublicOrganizationSlotProps } from '../../../organizations/web/organizations-slots.ts';
import { calendarRoutes } from '../feeds.contract.ts';
import { PublicCalendarLinks } from './PublicCalendarLinks.tsx';
import { PublicCalendarList } from '../../public/web/PublicCalendarList.tsx';
import { usePublicActivities } from '../../public/web/usePublicActivities.ts';

/** The association's kalendarium, a section of its public page `/o/:slug` (through its slot). */
export function PublicCalendar({ slug }: PublicOrganizationSlotProps) {
  const activities = usePublicActivities(slug);
  return (
    <section aria-labelledby="kalendarium-heading">
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={2} size="h3" id="kalendarium-heading">
          <FormattedMessage id="kalendarium.title" />
        </Title>
        <PublicCalendarLinks path={routeUrl(calendarRoutes.organizationFeed.path, { slug })} />
      </Group>
      {activities.isPending ? (
        <PageLoader />
      ) : activities.isError ? (
        <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
      ) : (
        <PublicCalendarList slug={slug} items={activities.items} more={activities.more} />
      )}
    </section>
  );
}
