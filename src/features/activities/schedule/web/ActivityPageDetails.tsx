import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ActivityTimeRange } from './ActivityTimeRange.tsx';

/** A link to the picked point on OpenStreetMap, which every phone can open. */
export function mapUrl(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

/** When, where, whose and whom to ask: the facts of an activity, member or public view. */
export function ActivityPageDetails({
  activity,
}: {
  activity: {
    startsAt: string;
    endsAt: string;
    place: string;
    latitude: number | null;
    longitude: number | null;
    localGroup: { name: string } | null;
    contactPerson?: { name: string } | null;
  };
}) {
  const { latitude, longitude } = activity;
  return (
    <dl className="details">
      <Row label="signup.time">
        <ActivityTimeRange startsAt={activity.startsAt} endsAt={activity.endsAt} />
      </Row>
      {(activity.place || latitude !== null) && (
        <Row label="signup.place">
          {activity.place}
          {latitude !== null && longitude !== null && (
            <>
              {activity.place && ' · '}
              <Anchor href={mapUrl(latitude, longitude)} target="_blank" rel="noopener noreferrer">
                <FormattedMessage id="signup.showOnMap" />
              </Anchor>
            </>
          )}
        </Row>
      )}
      <Row label="signup.group">
        {activity.localGroup ? (
          activity.localGroup.name
        ) : (
          <FormattedMessage id="signup.wholeAssociation" />
        )}
      </Row>
      {activity.contactPerson && <Row label="signup.contact">{activity.contactPerson.name}</Row>}
    </dl>
  );
}
