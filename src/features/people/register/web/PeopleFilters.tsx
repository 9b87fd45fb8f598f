import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { useLocalGroups } from '../../../organizations/web/useLocalGroups.ts';
import type { PeopleFilter } from './usePeople.ts';

/** Search as you type (the address changes once typing pauses), local group, member or contact. */
export function PeopleFilters({
  filter,
  onChange,
}: {
  filter: PeopleFilter;
  onChange: (change: Partial<PeopleFilter>) => void;
}) {
  const intl = useIntl();
  const session = useCurrentSession();
  const groups = useLocalGroups();
  const [text, setText] = useState(filter.q);
  const pushQuery = useDebouncedCallback((q: string) => onChange({ q: q.trim() }), 300);

  // Back and forward buttons change the address: show what it says.
  useEffect(() => setText(filter.q), [filter.q]);

  // A coordinator reaches only their own groups' people, so only offers those.
  const reachable = (groups.data?.items ?? []).filter(
    (group) =>
      hasRole(session, 'organizer') || session.user.coordinatedLocalGroupIds.includes(group.id),
  );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search">
      <TextInput
        type="search"
        label={intl.formatMessage({ id: 'people.search' })}
        placeholder={intl.formatMessage({ id: 'people.searchPlaceholder' })}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          pushQuery(event.currentTarget.value);
        }}
        style={{ flex: '1 1 16rem' }}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'person.field.localGroup' })}
        value={filter.localGroupId}
        onChange={(event) => onChange({ localGroupId: event.currentTarget.value })}
        data={[
          { value: '', label: intl.formatMessage({ id: 'people.filter.allGroups' }) },
          ...reachable.map((group) => ({ value: group.id, label: group.name })),
        ]}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'people.filter.kind' })}
        value={filter.isMember}
        onChange={(event) =>
          onChange({ isMember: event.currentTarget.value as PeopleFilter['isMember'] })
        }
        data={[
          { value: '', label: intl.formatMessage({ id: 'people.filter.everyone' }) },
          { value: 'true', label: intl.formatMessage({ id: 'people.filter.members' }) },
          { value: 'false', label: intl.formatMessage({ id: 'people.filter.contacts' }) },
        ]}
      />
    </Group>
  );
}
