import { Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { z } from 'zod';
import type { PersonSummary } from '../people.contract.ts';
import { PersonContact } from './PersonContact.tsx';
import { PersonTagList } from './PersonTagList.tsx';
import type { Selection } from '../../../../platform/web/ui/useSelection.ts';
import {
  SelectablePersonRow,
  SelectPageCheckbox,
} from '../../../../platform/web/ui/SelectablePeople.tsx';

type Summary = z.output<typeof PersonSummary>;

/** The register on a laptop: one row per person, each selectable for the bulk actions. */
export function PeopleTable({ people, selection }: { people: Summary[]; selection: Selection }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <SelectPageCheckbox ids={people.map((person) => person.id)} selection={selection} />
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
          {people.map((person) => (
            <SelectablePersonRow
              key={person.id}
              person={person}
              selection={selection}
              note={
                !person.isMember && (
                  <Text size="xs" c="dimmed">
                    <FormattedMessage id="person.contact" />
                  </Text>
                )
              }
            >
              <Table.Td>{person.localGroup?.name ?? '–'}</Table.Td>
              <Table.Td>{person.memberNumber ?? '–'}</Table.Td>
              <Table.Td>
                <PersonTagList tags={person.tags} />
              </Table.Td>
              {/* An address on one line; the table scrolls sideways before it breaks one. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <PersonContact email={person.email} phone={person.phone} />
              </Table.Td>
            </SelectablePersonRow>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
