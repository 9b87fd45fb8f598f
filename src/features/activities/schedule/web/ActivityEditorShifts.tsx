import { Button, Fieldset, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { newRowKey, type EditorSectionProps, type ShiftRow } from './activity-editor-form.ts';
import { localMinutesBetween, moveLocalInput } from './calendar-time.ts';
import { warningText, type EditorWarning } from './activity-editor-warnings.ts';

/** The next shift starts where the last one ended and lasts as long; the first spans the activity. */
function nextRow(values: EditorSectionProps['values']): ShiftRow {
  const last = values.shifts.at(-1);
  const length = last ? (localMinutesBetween(last.startsAt, last.endsAt) ?? 120) : 0;
  return {
    key: newRowKey(),
    id: null,
    title: '',
    startsAt: last ? last.endsAt : values.startsAt,
    endsAt: last ? moveLocalInput(last.endsAt, length) : values.endsAt,
    capacity: '',
    wanted: '',
  };
}

/** Shifts (pass): rows with start, end, capacity and how many are wanted. */
export function ActivityEditorShifts({
  values,
  set,
  errorFor,
  warnings,
}: EditorSectionProps & { warnings: EditorWarning[] }) {
  const intl = useIntl();
  function change(key: string, patch: Partial<ShiftRow>) {
    set({ shifts: values.shifts.map((row) => (row.key === key ? { ...row, ...patch } : row)) });
  }
  return (
    <>
      {values.shifts.length === 0 && (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="activities.editor.noShifts" />
        </Text>
      )}
      {errorFor('shifts') && (
        <Text size="sm" c="red.9">
          {errorFor('shifts')}
        </Text>
      )}
      <Stack gap="sm">
        {values.shifts.map((row, index) => {
          const label = intl.formatMessage(
            { id: 'activities.editor.shiftNumber' },
            { number: index + 1 },
          );
          const path = (name: string) => `shifts.${index}.${name}`;
          return (
            <Fieldset key={row.key} legend={label} p="sm">
              <Stack gap="xs">
                <TextInput
                  label={intl.formatMessage({ id: 'activities.field.shiftTitle' })}
                  value={row.title}
                  onChange={(event) => change(row.key, { title: event.currentTarget.value })}
                  error={errorFor(path('title'))}
                  maxLength={100}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    type="datetime-local"
                    label={intl.formatMessage({ id: 'activities.field.startsAt' })}
                    value={row.startsAt}
                    onChange={(event) => change(row.key, { startsAt: event.currentTarget.value })}
                    error={errorFor(path('startsAt'))}
                  />
                  <TextInput
                    type="datetime-local"
                    label={intl.formatMessage({ id: 'activities.field.endsAt' })}
                    value={row.endsAt}
                    onChange={(event) => change(row.key, { endsAt: event.currentTarget.value })}
                    error={errorFor(path('endsAt'))}
                  />
                </SimpleGrid>
                {warnings
                  .filter((warning) => 'number' in warning && warning.number === index + 1)
                  .map((warning) => (
                    <Text key={warning.kind} size="sm" c="orange.9">
                      {warningText(intl, warning, values)}
                    </Text>
                  ))}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <TextInput
                    inputMode="numeric"
                    label={intl.formatMessage({ id: 'activities.field.capacity' })}
                    description={intl.formatMessage({ id: 'activities.editor.capacityHint' })}
                    value={row.capacity}
                    onChange={(event) => change(row.key, { capacity: event.currentTarget.value })}
                    error={errorFor(path('capacity'))}
                  />
                  <TextInput
                    inputMode="numeric"
                    label={intl.formatMessage({ id: 'activities.field.wanted' })}
                    description={intl.formatMessage({ id: 'activities.editor.wantedHint' })}
                    value={row.wanted}
                    onChange={(event) => change(row.key, { wanted: event.currentTarget.value })}
                    error={errorFor(path('wanted'))}
                  />
                </SimpleGrid>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() =>
                    set({ shifts: values.shifts.filter((item) => item.key !== row.key) })
                  }
                >
                  <FormattedMessage
                    id="activities.editor.removeShift"
                    values={{ number: index + 1 }}
                  />
                </Button>
              </Stack>
            </Fieldset>
          );
        })}
      </Stack>
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => set({ shifts: [...values.shifts, nextRow(values)] })}
      >
        <FormattedMessage id="activities.editor.addShift" />
      </Button>
    </>
  );
}
