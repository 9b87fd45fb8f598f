import { Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { PersonSummary } from '../people.contract.ts';
import { PersonContact } from './PersonContact.tsx';
import { PersonTagList } from './PersonTagList.tsx';
import type { Selection } from '../../../../platform/web/ui/useSelection.ts';
import {
  SelectablePersonItem,
  SelectPageCheckbox,
} from '../../../../platform/web/ui/SelectablePeople.tsx';

type Summary = z.output<typeof PersonSummary>;

/** The register on a phone: one stacked item per person, still selectable. */
export function PeopleList({ people, selection }: { people: Summary[]; selection: Selection }) {
  const intl = useIntl();
  return (
    <Stack gap="xs">
      <SelectPageCheckbox
        ids={people.map((person) => person.id)}
        selection={selection}
        isLabelShown
      />
      <ul className="people-list">
        {people.map((person) => (
          <SelectablePersonItem key={person.id} person={person} selection={selection}>
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
          </SelectablePersonItem>
        ))}
      </ul>
    </Stack>
  );
}
