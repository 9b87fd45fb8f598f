import { Anchor, Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useEditToggle } from '../../../platform/web/ui/useEditToggle.ts';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import type { LocalGroup } from '../organizations.contract.ts';
import { CreateGroupForm } from './CreateGroupForm.tsx';
import { useLocalGroups } from './useLocalGroups.ts';

function GroupCard({ group }: { group: LocalGroup }) {
  return (
    <Card withBorder component="article" aria-labelledby={`group-${group.id}`}>
      <Stack gap={6}>
        <Title order={2} size="h4" id={`group-${group.id}`}>
          <Anchor component={Link} to={`/groups/${group.id}`} inherit>
            {group.name}
          </Anchor>
        </Title>
        {group.areaDescription && (
          // The whole text is on the group's page; a long one would crowd the list.
          <Text size="sm" className="pre-line" lineClamp={4}>
            {group.areaDescription}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {group.coordinator ? (
            <FormattedMessage
              id="groups.coordinator"
              values={{ name: `${group.coordinator.firstName} ${group.coordinator.lastName}` }}
            />
          ) : (
            <FormattedMessage id="groups.noCoordinator" />
          )}
          {' · '}
          <FormattedMessage id="groups.memberCount" values={{ count: group.memberCount }} />
        </Text>
      </Stack>
    </Card>
  );
}

export function GroupsPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const groups = useLocalGroups();
  const create = useEditToggle();
  const canCreate = hasRole(session, 'organizer');

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'groups.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="groups.intro" />
      </Text>
      {canCreate &&
        (create.isOpen ? (
          <CreateGroupForm onDone={create.close} />
        ) : (
          <Button
            variant="light"
            ref={create.triggerRef}
            onClick={create.open}
            style={{ alignSelf: 'flex-start' }}
          >
            <FormattedMessage id="groups.create" />
          </Button>
        ))}
      {groups.isPending ? (
        <PageLoader />
      ) : groups.isError ? (
        <ErrorAlert error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="groups.empty" />
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {groups.data.items.map((group) => (
            <GroupCard key={group.id} group={group} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
