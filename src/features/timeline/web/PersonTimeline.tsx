import { Button, Card, Divider, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { useTimeline } from './useTimeline.ts';
import { PersonNoteForm } from './PersonNoteForm.tsx';
import { PersonTimelineEvent } from './PersonTimelineEvent.tsx';

/** "Tidslinje": everything that happened to the person, newest first, and notes about them. */
export function PersonTimeline({ personId }: { personId: string }) {
  const timeline = useTimeline(personId);
  const events = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="xs">
        <FormattedMessage id="timeline.title" />
      </Title>
      <PersonNoteForm personId={personId} />
      <Divider my="sm" />
      {timeline.isPending ? (
        <PageLoader />
      ) : timeline.isError && events.length === 0 ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : events.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="timeline.empty" />
        </Text>
      ) : (
        <Stack gap={0}>
          <Stack gap={0} component="ol" className="plain-list" aria-labelledby="timeline-heading">
            {events.map((event) => (
              <PersonTimelineEvent key={event.id} event={event} personId={personId} />
            ))}
          </Stack>
          {timeline.isFetchNextPageError && <ErrorAlert error={timeline.error} />}
          {timeline.hasNextPage && (
            <Button
              variant="default"
              size="sm"
              mt="xs"
              style={{ alignSelf: 'flex-start' }}
              loading={timeline.isFetchingNextPage}
              onClick={() => void timeline.fetchNextPage()}
            >
              <FormattedMessage id="timeline.more" />
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}
