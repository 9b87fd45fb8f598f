import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { LocalGroupSlotProps } from '../../organizations/web/organizations-slots.ts';
import { useElections, useLocalGroupDistricts } from './useAreas.ts';

/** A local group's page: the election districts it works in, and where to change them. */
export function GroupDistricts({ groupId }: LocalGroupSlotProps) {
  const intl = useIntl();
  const elections = useElections();
  const groups = useLocalGroupDistricts();
  if (elections.isPending || groups.isPending) return null;
  const hasElection = (elections.data?.items.length ?? 0) > 0;
  const group = groups.data?.items.find((g) => g.localGroupId === groupId);
  const codes = group?.districtCodes ?? [];
  const listed = codes
    .map((code) => group?.districtNames[code] ?? code)
    .sort((a, b) => a.localeCompare(b));
  return (
    <Card withBorder component="section" aria-labelledby="group-districts-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="group-districts-title">
          <FormattedMessage id="areas.group.title" />
        </Title>
        {!hasElection ? (
          <Text c="dimmed">
            <FormattedMessage id="areas.group.noElection" />{' '}
            <Anchor component={Link} to="/areas/import">
              <FormattedMessage id="areas.group.import" />
            </Anchor>
          </Text>
        ) : codes.length === 0 ? (
          <Text c="dimmed">
            <FormattedMessage id="areas.group.none" />
          </Text>
        ) : (
          <Text>
            <FormattedMessage id="areas.group.count" values={{ count: codes.length }} />{' '}
            {intl.formatList(listed, { type: 'conjunction' })}
          </Text>
        )}
        {hasElection && (
          <Anchor component={Link} to="/areas/local-groups">
            <FormattedMessage id={codes.length ? 'areas.group.edit' : 'areas.group.choose'} />
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
