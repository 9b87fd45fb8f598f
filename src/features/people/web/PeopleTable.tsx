import { Anchor, Checkbox, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { PersonSummary } from '../people.contract.ts';
import { PersonContact } from './PersonContact.tsx';
import { PersonTagList } from './PersonTagList.tsx';
import type { Selection } from './useSelection.ts';

type Summary = z.output<typeof PersonSummary>;

/** The register on a laptop: one row per person, each selectable for the bulk actions. */
export function PeopleTable({ people, selection }: { people: Summary[]; selection: Selection }) {
  const intl = useIntl();
  const ids = people.map((person) => person.id);
  const selectedHere = ids.filter((id) => selection.has(id)).length;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={intl.formatMessage({ id: 'people.selectPage' })}
                checked={selectedHere > 0 && selectedHere === ids.length}
                indeterminate={selectedHere > 0 && selectedHere < ids.length}
                onChange={() => selection.toggleAll(ids)}
              />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="people.column.name" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="person.field.localGroup" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="person.field.memberNumber" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="person.tags" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="people.column.contact" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const name = `${person.firstName} ${person.lastName}`;
            return (
              <Table.Tr
                key={person.id}
                bg={selection.has(person.id) ? 'var(--mantine-color-gray-1)' : undefined}
              >
                <Table.Td>
                  <Checkbox
                    aria-label={intl.formatMessage({ id: 'people.select' }, { name })}
                    checked={selection.has(person.id)}
                    onChange={() => selection.toggle(person.id)}
                  />
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                    {name}
                  </Anchor>
                  {!person.isMember && (
                    <Text size="xs" c="dimmed">
                      <FormattedMessage id="person.contact" />
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{person.localGroup?.name ?? '–'}</Table.Td>
                <Table.Td>{person.memberNumber ?? '–'}</Table.Td>
                <Table.Td>
                  <PersonTagList tags={person.tags} />
                </Table.Td>
                <Table.Td>
                  <PersonContact email={person.email} phone={person.phone} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
