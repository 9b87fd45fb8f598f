import { Button, Card, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useSavePriorityArea } from './useAreas.ts';

/**
 * The districts picked (on the map, in the table, or the ranking's top N) and saving them as a
 * priority area, new or in place of an existing one's districts.
 */
export function PriorityAreaForm({
  selected,
  onPickTop,
  onClear,
  editing,
  onSaved,
}: {
  selected: readonly string[];
  onPickTop: (count: number) => void;
  onClear: () => void;
  /** The area whose districts are being changed; a new one when null. */
  editing: { id: string; name: string } | null;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const [top, setTop] = useState<number | string>(10);
  const [name, setName] = useState('');
  const save = useSavePriorityArea();
  const submit = () =>
    save.mutate(
      editing
        ? { id: editing.id, districtCodes: [...selected] }
        : { name: name.trim(), districtCodes: [...selected] },
      {
        onSuccess: () => {
          setName('');
          onSaved();
        },
      },
    );

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Text size="sm" fw={600} aria-live="polite">
          <FormattedMessage id="areas.pick.count" values={{ count: selected.length }} />
        </Text>
        <Group align="end">
          <NumberInput
            label={intl.formatMessage({ id: 'areas.pick.top' })}
            min={1}
            max={2000}
            value={top}
            onChange={setTop}
            w={120}
          />
          <Button variant="light" onClick={() => onPickTop(Number(top) || 0)}>
            <FormattedMessage id="areas.pick.topButton" values={{ count: Number(top) || 0 }} />
          </Button>
          <Button variant="subtle" onClick={onClear} disabled={selected.length === 0}>
            <FormattedMessage id="areas.pick.clear" />
          </Button>
        </Group>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Group align="end">
            {editing ? (
              <Text size="sm">
                <FormattedMessage id="areas.pick.editing" values={{ name: editing.name }} />
              </Text>
            ) : (
              <TextInput
                label={intl.formatMessage({ id: 'areas.pick.name' })}
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.currentTarget.value)}
              />
            )}
            <Button
              type="submit"
              loading={save.isPending}
              disabled={selected.length === 0 || (!editing && !name.trim())}
            >
              <FormattedMessage id={editing ? 'areas.pick.saveDistricts' : 'areas.pick.save'} />
            </Button>
          </Group>
        </form>
        {save.error ? <ErrorAlert error={save.error} /> : null}
      </Stack>
    </Card>
  );
}
