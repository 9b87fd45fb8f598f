import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { EmailText } from '../../../../platform/web/ui/EmailText.tsx';
import { CustomValuesDetails } from './CustomValuesDetails.tsx';
import type { Person } from '../people.contract.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="details-row">
      <dt>{intl.formatMessage({ id: `person.field.${label}` })}</dt>
      <dd>
        {children ?? (
          <Text span c="dimmed">
            <FormattedMessage id="person.notGiven" />
          </Text>
        )}
      </dd>
    </div>
  );
}

/** Every field of the record as a description list; "Inte angivet" for the empty ones. */
export function PersonDetails({ person }: { person: Person }) {
  const intl = useIntl();
  const address = [person.address, [person.postcode, person.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return (
    <dl className="details">
      <Row label="email">
        {person.email && (
          <Anchor href={`mailto:${person.email}`}>
            <EmailText email={person.email} />
          </Anchor>
        )}
      </Row>
      <Row label="phone">
        {person.phone && <Anchor href={`tel:${person.phone}`}>{formatPhone(person.phone)}</Anchor>}
      </Row>
      <Row label="address">{address || null}</Row>
      <Row label="gender">
        {person.gender && intl.formatMessage({ id: `person.gender.${person.gender}` })}
      </Row>
      <Row label="birthYear">{person.birthYear}</Row>
      <Row label="membership">
        {intl.formatMessage({ id: person.isMember ? 'person.member' : 'person.contact' })}
        {' · '}
        {intl.formatMessage({ id: `person.status.${person.membershipStatus}` })}
      </Row>
      <Row label="memberNumber">{person.memberNumber}</Row>
      <Row label="memberSince">
        {person.memberSince &&
          intl.formatDate(person.memberSince, { dateStyle: 'long', timeZone: 'UTC' })}
      </Row>
      <Row label="localGroup">
        {person.localGroup && (
          <Anchor component={Link} to={`/groups/${person.localGroup.id}`}>
            {person.localGroup.name}
          </Anchor>
        )}
      </Row>
      <Row label="account">
        {intl.formatMessage({ id: person.hasAccount ? 'person.hasAccount' : 'person.noAccount' })}
      </Row>
      <Row label="notes">
        {person.notes ? <span className="pre-line">{person.notes}</span> : null}
      </Row>
      <CustomValuesDetails values={person.custom} />
    </dl>
  );
}
