import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { PersonPicker, type PickedPerson } from './PersonPicker.tsx';

/**
 * One person for a form (who prepares an item, who answers for a task): the chosen one with
 * "Byt", or a search: the meeting's people for its managers, else the register's (coordinators
 * and up).
 */
export function PersonField({
  label,
  value,
  onChange,
  shown,
  meetingId,
}: {
  label: string;
  /** Search the people as this meeting's managers may (see PersonPicker). */
  meetingId?: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  /** How the chosen person reads, e.g. "Ansvarig: Ada"; the name alone when left out. */
  shown?: string;
}) {
  const session = useCurrentSession();
  if (value) {
    return (
      <Group gap="sm">
        <Text size="sm">{shown ?? value.name}</Text>
        <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
          <FormattedMessage id="meetings.task.changeResponsible" />
        </Button>
      </Group>
    );
  }
  if (!meetingId && !hasRole(session, 'coordinator')) return null;
  return <PersonPicker label={label} meetingId={meetingId} onPick={onChange} />;
}
