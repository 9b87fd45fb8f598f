import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { MyGroup } from '../me.contract.ts';

// `title` is a code for a local group role, or a committee title written by the association.
const titleCodes: Record<string, string> = {
  member: 'myGroup.title.member',
  coordinator: 'myGroup.title.coordinator',
};

/** "Mina grupper": local group and committees, with my role or title in each. */
export function MyGroupsCard({ groups }: { groups: z.output<typeof MyGroup>[] }) {
  const intl = useIntl();
  const titleText = (title: string): string => {
    const id = titleCodes[title];
    return id ? intl.formatMessage({ id }) : title;
  };
  return (
    <Card withBorder component="section" aria-labelledby="my-groups-heading">
      <Title order={2} size="h4" id="my-groups-heading" mb="sm">
        <FormattedMessage id="me.groups.title" />
      </Title>
      {groups.length === 0 ? (
        <Stack gap={4}>
          <Text>
            <FormattedMessage id="me.groups.empty" />
          </Text>
          <Anchor component={Link} to="/groups" size="sm">
            <FormattedMessage id="me.groups.browse" />
          </Anchor>
        </Stack>
      ) : (
        <Stack gap="sm" component="ul" className="plain-list">
          {groups.map((group) => (
            <li key={`${group.kind}-${group.id}`}>
              {group.kind === 'local_group' ? (
                <Anchor component={Link} to={`/groups/${group.id}`} fw={600}>
                  {group.name}
                </Anchor>
              ) : (
                <Anchor component={Link} to="/committees" fw={600}>
                  {group.name}
                </Anchor>
              )}
              <Text size="sm" c="dimmed">
                <FormattedMessage id={`myGroup.kind.${group.kind}`} />
                {group.title && ` · ${titleText(group.title)}`}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
