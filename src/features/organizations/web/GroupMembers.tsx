import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../web/ui/PageLoader.tsx';
import { useLocalGroupMembers } from './useLocalGroups.ts';
import { formatPhone } from '../../../shared/phone.ts';

/** Members with e-mail and phone, as links a phone can call or write to directly. */
export function GroupMembers({ groupId }: { groupId: string }) {
  const members = useLocalGroupMembers(groupId, true);
  return (
    <Card withBorder component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="sm">
        <FormattedMessage id="group.members" />
      </Title>
      {members.isPending ? (
        <PageLoader />
      ) : members.isError ? (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : members.data.items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="group.noMembers" />
        </Text>
      ) : (
        // A list rather than a table: on a phone the contact details wrap instead of scrolling.
        <ul className="plain-list member-list">
          {members.data.items.map((member) => (
            <li key={member.id}>
              <Group gap="xs" wrap="wrap">
                <Text fw={600}>
                  {member.firstName} {member.lastName}
                </Text>
                <Badge
                  size="sm"
                  tt="none"
                  variant="light"
                  color={member.isMember ? 'party' : 'gray'}
                >
                  <FormattedMessage id={member.isMember ? 'person.member' : 'person.contact'} />
                </Badge>
              </Group>
              <Group gap="md" wrap="wrap" mt={2}>
                {member.email && (
                  <Anchor
                    href={`mailto:${member.email}`}
                    size="sm"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {member.email}
                  </Anchor>
                )}
                {member.phone && (
                  <Anchor href={`tel:${member.phone.replace(/[^\d+]/g, '')}`} size="sm">
                    {formatPhone(member.phone)}
                  </Anchor>
                )}
                {!member.email && !member.phone && (
                  <Text size="sm" c="dimmed">
                    <FormattedMessage id="group.noContactDetails" />
                  </Text>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
