import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { formatPhone } from '../../../platform/shared/phone.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { fullName } from './person-name.ts';
import { reasonMessageIds, useMarkDistinct, type DuplicatePairData } from './useDuplicates.ts';

type Someone = DuplicatePairData['first'];

function PersonBlock({ person }: { person: Someone }) {
  const intl = useIntl();
  return (
    <Stack gap={2}>
      <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
        {fullName(person)}
      </Anchor>
      {person.email && <Text size="sm">{person.email}</Text>}
      {person.phone && <Text size="sm">{formatPhone(person.phone)}</Text>}
      <Text size="sm" c="dimmed">
        {[
          intl.formatMessage({ id: person.isMember ? 'person.member' : 'person.contact' }),
          person.memberNumber,
          person.localGroup?.name,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

/** Two people who may be one: why, who they are, and the two ways to settle it. */
export function DuplicatePairCard({
  pair,
  onMerge,
}: {
  pair: DuplicatePairData;
  onMerge: () => void;
}) {
  const intl = useIntl();
  const distinct = useMarkDistinct();
  const names = { first: fullName(pair.first), second: fullName(pair.second) };
  return (
    <Card
      withBorder
      component="article"
      aria-label={intl.formatMessage({ id: 'duplicates.pair' }, names)}
    >
      <Stack gap="sm">
        <Group gap={4}>
          {pair.reasons.map((reason) => (
            <Badge key={reason} variant="light" color="orange" size="sm">
              {intl.formatMessage({ id: reasonMessageIds[reason] })}
            </Badge>
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <PersonBlock person={pair.first} />
          <PersonBlock person={pair.second} />
        </SimpleGrid>
        {distinct.isError && <ErrorAlert error={distinct.error} />}
        <Group gap="sm">
          <Button
            onClick={onMerge}
            aria-label={intl.formatMessage({ id: 'duplicates.mergeLabel' }, names)}
          >
            <FormattedMessage id="duplicates.merge" />
          </Button>
          <Button
            variant="default"
            loading={distinct.isPending}
            onClick={() => distinct.mutate({ firstId: pair.first.id, secondId: pair.second.id })}
            aria-label={intl.formatMessage({ id: 'duplicates.distinctLabel' }, names)}
          >
            <FormattedMessage id="duplicates.distinct" />
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
