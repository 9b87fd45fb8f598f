import { Alert, Group, Loader, SegmentedControl, Switch, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { HereState } from './useHere.ts';

export const NEAR_RADII = ['2', '5', '10'] as const;
export type NearRadius = (typeof NEAR_RADII)[number];

/** The feed's "near me" switch, its radius and what the browser said about the position. */
export function ActivityFeedNearMe({
  radius,
  onChange,
  here,
}: {
  /** Kilometres, or null when off. */
  radius: NearRadius | null;
  onChange: (radius: NearRadius | null) => void;
  here: HereState;
}) {
  const intl = useIntl();
  return (
    <>
      <Group gap="md" align="center">
        <Switch
          label={intl.formatMessage({ id: 'feed.near' })}
          checked={radius !== null}
          onChange={(event) => onChange(event.currentTarget.checked ? '5' : null)}
        />
        {radius !== null && (
          <SegmentedControl
            aria-label={intl.formatMessage({ id: 'feed.nearRadius' })}
            value={radius}
            onChange={(value) => onChange(value as NearRadius)}
            data={NEAR_RADII.map((km) => ({
              value: km,
              label: intl.formatMessage({ id: 'feed.nearRadiusOption' }, { km }),
            }))}
          />
        )}
      </Group>
      {here.status === 'locating' && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm">
            <FormattedMessage id="feed.nearLocating" />
          </Text>
        </Group>
      )}
      {here.status === 'unavailable' && (
        <Alert color="yellow" role="status">
          <FormattedMessage id="feed.nearUnavailable" />
        </Alert>
      )}
      {radius !== null && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="feed.nearPrivacy" />
        </Text>
      )}
    </>
  );
}
