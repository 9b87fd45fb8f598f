import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { z } from 'zod';
import { formatPhone } from '../../../platform/shared/phone.ts';
import { EmailText } from '../../../platform/web/ui/EmailText.tsx';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import type { GroupMember } from '../organizations.contract.ts';
import { useLocalGroupMembers } from './useLocalGroups.ts';

type Member = z.output<typeof GroupMember>;

function MemberItem({ member, isCoordinator }: { member: Member; isCoordinator: boolean }) {
  return (
    <li>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} className="wrap-anywhere">
          {member.firstName} {member.lastName}
        </Text>
        {isCoordinator && (
          <Badge size="sm" tt="none" variant="filled" color="party">
            <FormattedMessage id="group.coordinatorBadge" />
          </Badge>
        )}
        {/* Members and contacts look different at a glance, not only by their words. */}
        <Badge size="sm" tt="none" variant={member.isMember ? 'light' : 'default'} color="party">
          <FormattedMessage id={member.isMember ? 'person.member' : 'person.contact'} />
        </Badge>
      </Group>
      <Group gap="md" wrap="wrap" mt={2} style={{ rowGap: 0 }}>
        {member.email && (
          <Anchor href={`mailto:${member.email}`} size="sm">
            <EmailText email={member.email} />
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
  );
}

/**
 * Members and contacts with e-mail and phone, as links a phone can call or write to directly.
 * The coordinator comes first and is marked.
 */
export function GroupMembers({
  groupId,
  coordinatorId,
}: {
  groupId: string;
  coordinatorId: string | null;
}) {
  const members = useLocalGroupMembers(groupId, true);
  const items = (members.data?.items ?? []).toSorted(
    (a, b) => Number(b.id === coordinatorId) - Number(a.id === coordinatorId),
  );
  const contactCount = items.filter((member) => !member.isMember).length;
  return (
    <Card withBorder component="section" aria-labelledby="members-heading">
      <Title order={2} size="h3" id="members-heading" mb="xs">
        <FormattedMessage id="group.members" />
      </Title>
      {members.isPending ? (
        <PageLoader />
      ) : members.isError ? (
        <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />
      ) : items.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="group.noMembers" />
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            <FormattedMessage
              id="group.memberSummary"
              values={{ members: items.length - contactCount, contacts: contactCount }}
            />
          </Text>
          {/* A list rather than a table: on a phone the contact details wrap instead of scrolling. */}
          <ul className="plain-list member-list">
            {items.map((member) => (
              <MemberItem
                key={member.id}
                member={member}
                isCoordinator={member.id === coordinatorId}
              />
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
