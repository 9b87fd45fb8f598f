import { Anchor, Checkbox, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { PersonSummary } from '../people.contract.ts';
import { PersonContact } from './PersonContact.tsx';
import { PersonTagList } from './PersonTagList.tsx';
import type { Selection } from './useSelection.ts';

type Summary = z.output<typeof PersonSummary>;

/** The register on a phone: one stacked item per person, still selectable. */
export function PeopleList({ people, selection }: { people: Summary[]; selection: Selection }) {
  const intl = useIntl();
  const ids = people.map((person) => person.id);
  const selectedHere = ids.filter((id) => selection.has(id)).length;
  return (
    <Stack gap="xs">
      <Checkbox
        label={intl.formatMessage({ id: 'people.selectPage' })}
        checked={selectedHere > 0 && selectedHere === ids.length}
        indeterminate={selectedHere > 0 && selectedHere < ids.length}
        onChange={() => selection.toggleAll(ids)}
      />
      <ul className="people-list">
        {people.map((person) => {
          const name = `${person.firstName} ${person.lastName}`;
          return (
            <li key={person.id} data-selected={selection.has(person.id) || undefined}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Checkbox
                  mt={4}
                  aria-label={intl.formatMessage({ id: 'people.select' }, { name })}
                  checked={selection.has(person.id)}
                  onChange={() => selection.toggle(person.id)}
                />
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                    {name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[
                      person.localGroup?.name,
                      person.isMember
                        ? person.memberNumber &&
                          intl.formatMessage(
                            { id: 'people.memberNumberShort' },
                            { number: person.memberNumber },
                          )
                        : intl.formatMessage({ id: 'person.contact' }),
                    ]
                      .filter(Boolean)
                      .join(' · ') || <FormattedMessage id="people.noGroup" />}
                  </Text>
                  <PersonTagList tags={person.tags} />
                  <PersonContact email={person.email} phone={person.phone} />
                </Stack>
              </Group>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
