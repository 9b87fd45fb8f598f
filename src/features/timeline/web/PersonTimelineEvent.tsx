import { Anchor, Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { TimelineEvent } from '../timeline.contract.ts';
import { useDeleteNote } from './useTimeline.ts';
import { describeTimelineEvent, relativeTime, type ActivityTitle } from './timeline-text.ts';

interface Icon {
  path: string;
  color: string;
}

const calendar = 'M5 5h14v15H5V5Zm0 5h14M9 3v4m6-4v4';
const circle = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z';

// Small inline icons, one per kind of event, so the page needs no icon library.
const icons: Record<TimelineEvent['kind'], Icon> = {
  created: { path: 'M12 5v14M5 12h14', color: 'green' },
  changed: { path: 'M4 20h4L19 9l-4-4L4 16v4Zm9-13 4 4', color: 'blue' },
  tagAdded: { path: 'M3 12V4h8l9 9-8 8-9-9Zm5-4h.01', color: 'grape' },
  tagsRemoved: { path: 'M3 12V4h8l9 9-8 8-9-9Zm5-4h.01M10 14h6', color: 'gray' },
  consent: { path: 'M12 3 5 6v6c0 4 3 7 7 9 4-2 7-5 7-9V6l-7-3Zm-3 9 2 2 4-4', color: 'teal' },
  merged: { path: 'M6 4v6a6 6 0 0 0 6 6h6M6 20v-4M15 13l3 3-3 3', color: 'orange' },
  note: { path: 'M5 4h14v12H9l-4 4V4Zm4 5h6m-6 3h4', color: 'yellow' },
  signup: { path: `${calendar}m3 3v5m-2.5-2.5h5`, color: 'indigo' },
  signupCancelled: { path: `${calendar}m-5 3 4 4m0-4-4 4`, color: 'gray' },
  attendance: { path: `${circle}m-4 9 3 3 5-6`, color: 'lime' },
};
const noShow: Icon = { path: `${circle}M8 12h8`, color: 'red' };

function EventIcon({ event }: { event: TimelineEvent }) {
  const { path, color } =
    event.kind === 'attendance' && !event.attended ? noShow : icons[event.kind];
  return (
    <ThemeIcon variant="light" color={color} radius="xl" size={32} style={{ flexShrink: 0 }}>
      <svg
        width={18}
        height={18}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
      >
        <path d={path} />
      </svg>
    </ThemeIcon>
  );
}

function DeleteNote({ personId, noteId, at }: { personId: string; noteId: string; at: string }) {
  const intl = useIntl();
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = useDeleteNote(personId);
  const date = intl.formatDate(at, { dateStyle: 'medium', timeStyle: 'short' });
  if (!isConfirming) {
    return (
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        onClick={() => setIsConfirming(true)}
        aria-label={intl.formatMessage({ id: 'timeline.note.deleteLabel' }, { date })}
      >
        <FormattedMessage id="timeline.note.delete" />
      </Button>
    );
  }
  return (
    <Stack gap={4}>
      {remove.isError && <ErrorAlert error={remove.error} />}
      <Group gap="xs">
        <Text size="sm">
          <FormattedMessage id="timeline.note.confirmDelete" />
        </Text>
        <Button
          size="compact-sm"
          color="red.9"
          loading={remove.isPending}
          onClick={() => remove.mutate(noteId)}
        >
          <FormattedMessage id="timeline.note.confirm" />
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setIsConfirming(false)}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </Group>
    </Stack>
  );
}

/** An activity named in an event links to its page for organizers. */
const activityLink: ActivityTitle = (activity) => (
  <Anchor component={Link} to={`/activities/${activity.id}/manage`} inherit>
    {activity.title}
  </Anchor>
);

/** One event: an icon, what happened, who did it and when (roughly, and exactly in Sweden). */
export function PersonTimelineEvent({
  event,
  personId,
}: {
  event: TimelineEvent;
  personId: string;
}) {
  const intl = useIntl();
  const { label, details } = describeTimelineEvent(intl, event, activityLink);
  const exact = intl.formatDate(event.at, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Group component="li" align="flex-start" wrap="nowrap" gap="sm" py={6}>
      <EventIcon event={event} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text fw={600} size="sm">
          {label}
        </Text>
        {details.map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))}
        {event.kind === 'note' && (
          <Text size="sm" className="pre-line wrap-anywhere">
            {event.body}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {event.actor && `${event.actor.firstName} ${event.actor.lastName} · `}
          <time dateTime={event.at}>{relativeTime(intl, event.at)}</time>
          {` · ${exact}`}
        </Text>
        {event.kind === 'note' && event.canDelete && (
          <div>
            <DeleteNote personId={personId} noteId={event.noteId} at={event.at} />
          </div>
        )}
      </Stack>
    </Group>
  );
}
