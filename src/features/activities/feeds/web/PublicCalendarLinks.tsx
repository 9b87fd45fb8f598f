import { Anchor, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/**
 * "Lägg till i kalender" for a feed: the webcal: address makes a phone's calendar app subscribe
 * (and keep up with changes); the plain .ics file is there for everything else.
 */
export function PublicCalendarLinks({ path }: { path: string }) {
  const webcal = `webcal://${window.location.host}${path}`;
  return (
    <Group gap="md">
      <Anchor href={webcal}>
        <FormattedMessage id="kalendarium.subscribe" />
      </Anchor>
      <Anchor href={path} size="sm">
        <FormattedMessage id="kalendarium.icsFile" />
      </Anchor>
    </Group>
  );
}
