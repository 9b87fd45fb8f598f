import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { SpeakerEntry } from '../meeting-live.contract.ts';

/** A speaker's name; "Borttagen person" when the person has since been erased. */
export function speakerName(entry: SpeakerEntry, intl: ReturnType<typeof useIntl>): string {
  return entry.person?.name ?? intl.formatMessage({ id: 'meetings.speaker.erased' });
}

/** Marks a reply (replik) and a first-time speaker beside a name. */
export function SpeakerBadges({
  entry,
  showFirstTime,
}: {
  entry: SpeakerEntry;
  showFirstTime: boolean;
}) {
  return (
    <>
      {entry.kind === 'reply' && (
        <Badge variant="outline" color="grape.9" tt="none">
          <FormattedMessage id="meetings.speaker.reply" />
        </Badge>
      )}
      {showFirstTime && entry.isFirstTime && entry.kind === 'speech' && (
        <Badge variant="outline" color="teal.9" tt="none">
          <FormattedMessage id="meetings.speaker.firstTime" />
        </Badge>
      )}
    </>
  );
}

/**
 * The waiting speakers in the order they will speak, numbered. `actions` adds the chair's
 * buttons to each; `highlightId` marks the reader's own place.
 */
export function SpeakerQueue({
  queue,
  showFirstTime,
  highlightId,
  actions,
  size = 'md',
}: {
  queue: SpeakerEntry[];
  showFirstTime: boolean;
  highlightId?: string | null;
  actions?: (entry: SpeakerEntry) => ReactNode;
  size?: 'md' | 'xl';
}) {
  const intl = useIntl();
  if (queue.length === 0) {
    return (
      <Text c="dimmed" size={size}>
        <FormattedMessage id="meetings.queue.empty" />
      </Text>
    );
  }
  return (
    <ol className={`meeting-queue meeting-queue-${size}`}>
      {queue.map((entry) => (
        <li key={entry.id} className={entry.id === highlightId ? 'meeting-queue-mine' : undefined}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Group gap="xs" wrap="wrap">
              <Text size={size} fw={entry.id === highlightId ? 700 : 500}>
                {speakerName(entry, intl)}
              </Text>
              <SpeakerBadges entry={entry} showFirstTime={showFirstTime} />
            </Group>
            {actions?.(entry)}
          </Group>
        </li>
      ))}
    </ol>
  );
}
