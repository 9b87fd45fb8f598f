import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatPhone } from '../../../platform/shared/phone.ts';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import type { Person } from '../../people/register/people.contract.ts';
import type { PersonCreatedSlotProps } from '../../people/web/people-slots.ts';
import {
  personDuplicatesQuery,
  reasonMessageIds,
  type DuplicatePairData,
} from './useDuplicates.ts';

/**
 * Right after someone was added (the new-person page's slot): are they in the register
 * already? Goes straight on to the new person when nobody is like them.
 */
export function NewPersonDuplicates({ person, goOn }: PersonCreatedSlotProps) {
  // The person is saved either way: if the check cannot be made, go on as without duplicates.
  const found = useQuery({ ...personDuplicatesQuery(person.id), retry: false });
  const pairs = found.data?.items ?? [];
  const isClear = found.isError || (found.isSuccess && pairs.length === 0);
  useEffect(() => {
    if (isClear) goOn();
  }, [isClear, goOn]);
  if (found.isPending) return <PageLoader />;
  return pairs.length > 0 ? <DuplicatesFound person={person} pairs={pairs} /> : null;
}

/**
 * Shown right after someone was added, when the register already holds people who may be the
 * same: each with why and a link, and (for organizers) the way to review and merge them.
 */
function DuplicatesFound({ person, pairs }: { person: Person; pairs: DuplicatePairData[] }) {
  const intl = useIntl();
  const session = useCurrentSession();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: tell screen readers where they are now.
  useEffect(() => heading.current?.focus(), []);
  const name = `${person.firstName} ${person.lastName}`.trim();
  const others = pairs.map((pair) => ({
    other: pair.first.id === person.id ? pair.second : pair.first,
    reasons: pair.reasons,
  }));

  return (
    <Card withBorder component="section" aria-labelledby="new-person-duplicates">
      <Stack gap="md">
        <Title order={2} size="h3" id="new-person-duplicates" ref={heading} tabIndex={-1}>
          <FormattedMessage id="newPerson.duplicates.title" />
        </Title>
        <Text>
          <FormattedMessage
            id="newPerson.duplicates.intro"
            values={{ name, count: others.length }}
          />
        </Text>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {others.map(({ other, reasons }) => (
            <li key={other.id}>
              <Anchor component={Link} to={`/people/${other.id}`} fw={600}>
                {`${other.firstName} ${other.lastName}`.trim()}
              </Anchor>
              <Text size="sm" c="dimmed">
                {[
                  other.email,
                  other.phone && formatPhone(other.phone),
                  intl.formatMessage({ id: other.isMember ? 'person.member' : 'person.contact' }),
                  other.memberNumber,
                  other.localGroup?.name,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Group gap={4} mt={4}>
                {reasons.map((reason) => (
                  <Badge key={reason} variant="light" color="orange" size="sm">
                    {intl.formatMessage({ id: reasonMessageIds[reason] })}
                  </Badge>
                ))}
              </Group>
            </li>
          ))}
        </Stack>
        <Group gap="sm">
          <Button component={Link} to={`/people/${person.id}`}>
            <FormattedMessage id="newPerson.duplicates.goOn" values={{ name }} />
          </Button>
          {hasRole(session, 'organizer') && (
            <Button
              component={Link}
              to={`/people/duplicates?person=${person.id}`}
              variant="default"
            >
              <FormattedMessage id="newPerson.duplicates.review" />
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
