import { Anchor, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { z } from 'zod';
import { formatPhone } from '../../../platform/shared/phone.ts';
import { EmailText } from '../../../platform/web/ui/EmailText.tsx';
import { TagBadge } from '../../../platform/web/ui/TagBadge.tsx';
import type { PersonSummary } from '../../people/register/people.contract.ts';
import type { OptionalColumn } from './list-columns.ts';

export type Summary = z.output<typeof PersonSummary>;

/** One optional column of a person: a text, a link to write or call, or tags. */
export function ColumnValue({ person, column }: { person: Summary; column: OptionalColumn }) {
  switch (column) {
    case 'localGroup':
      return <>{person.localGroup?.name ?? '–'}</>;
    case 'memberNumber':
      return <>{person.memberNumber ?? '–'}</>;
    case 'isMember':
      return (
        <FormattedMessage id={person.isMember ? 'lists.value.member' : 'lists.value.contact'} />
      );
    case 'tags':
      if (person.tags.length === 0) return <>–</>;
      return (
        <Group gap={4} wrap="wrap">
          {person.tags.map((tag) => (
            <TagBadge key={tag.id} colour={tag.colour} size="sm">
              {tag.name}
            </TagBadge>
          ))}
        </Group>
      );
    case 'email':
      return person.email ? (
        <Anchor href={`mailto:${person.email}`} size="sm">
          <EmailText email={person.email} />
        </Anchor>
      ) : (
        <Text span c="dimmed">
          –
        </Text>
      );
    case 'phone':
      return person.phone ? (
        <Anchor href={`tel:${person.phone}`} size="sm">
          {formatPhone(person.phone)}
        </Anchor>
      ) : (
        <Text span c="dimmed">
          –
        </Text>
      );
  }
}
