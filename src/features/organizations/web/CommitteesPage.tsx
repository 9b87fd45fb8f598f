import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { organizationRoutes, type Committee } from '../organizations.contract.ts';
import { committeeKinds } from '../../../platform/shared/db-values.generated.ts';
import { sortByOffice } from './committee-order.ts';
import { Slot } from '../../../platform/web/ui/slots.tsx';

function CommitteeCard({ committee }: { committee: z.output<typeof Committee> }) {
  const intl = useIntl();
  const headingId = `committee-${committee.id}`;
  const kind = intl.formatMessage({ id: `committee.kind.${committee.kind}` });
  // "Styrelse" under "Styrelsen" says nothing new; "Arbetsgrupp" under "Valberedningen" does.
  const isKindInName = committee.name.toLocaleLowerCase().startsWith(kind.toLocaleLowerCase());
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {committee.name}
        </Title>
        {!isKindInName && (
          <Badge variant="light" color="gray" tt="none" style={{ flexShrink: 0 }}>
            {kind}
          </Badge>
        )}
      </Group>
      {committee.members.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="committees.noMembers" />
        </Text>
      ) : (
        <Stack gap={4} component="ul" className="plain-list">
          {sortByOffice(committee.members).map((member) => (
            <li key={member.id}>
              <Text size="sm" span fw={500}>
                {member.firstName} {member.lastName}
              </Text>
              {member.title && (
                <Text size="sm" span c="dimmed">
                  {' – '}
                  {member.title}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** The board first, then the council group, then working groups. */
export function CommitteesPage() {
  const intl = useIntl();
  const committees = useQuery({
    queryKey: ['committees'],
    queryFn: () => callApi(organizationRoutes.listCommittees),
  });
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'committees.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="committees.intro" />
      </Text>
      {committees.isPending ? (
        <PageLoader />
      ) : committees.isError ? (
        <ErrorAlert error={committees.error} onRetry={() => void committees.refetch()} />
      ) : committees.data.items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="committees.empty" />
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {committees.data.items
            .toSorted((a, b) => committeeKinds.indexOf(a.kind) - committeeKinds.indexOf(b.kind))
            .map((committee) => (
              <CommitteeCard key={committee.id} committee={committee} />
            ))}
        </SimpleGrid>
      )}
      <Slot name="committees:sections" props={{}} />
    </Stack>
  );
}
