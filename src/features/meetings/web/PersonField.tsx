import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { PersonPicker, type PickedPerson } from './PersonPicker.tsx';

/**
 * One person for a form (who prepares an item, who answers for a task): the chosen one with
 * "Byt", or the register's search for those who may search it (coordinators and up).
 */
export function PersonField({
  label,
  value,
  onChange,
  shown,
}: {
  label: string;
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
  if (!hasRole(session, 'coordinator')) return null;
  return <PersonPicker label={label} onPick={onChange} />;
}
