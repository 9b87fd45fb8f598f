import {
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { recurrences } from '../../../../platform/shared/db-values.generated.ts';
import type { EditorSectionProps } from './activity-editor-form.ts';
import {
  dayAsDate,
  localMinutesBetween,
  moveLocalInput,
  occurrenceDates,
} from './calendar-time.ts';

/**
 * Start and end (Stockholm time). Moving the start moves the end and every shift with it.
 * A new activity may repeat; each date of the series can be unticked to skip it.
 */
export function ActivityEditorTime({
  values,
  set,
  errorFor,
  isNew,
}: EditorSectionProps & { isNew: boolean }) {
  const intl = useIntl();

  function moveStart(startsAt: string) {
    const delta = localMinutesBetween(values.startsAt, startsAt);
    if (delta === null) return set({ startsAt });
    set({
      startsAt,
      endsAt: moveLocalInput(values.endsAt, delta),
      shifts: values.shifts.map((row) => ({
        ...row,
        startsAt: moveLocalInput(row.startsAt, delta),
        endsAt: moveLocalInput(row.endsAt, delta),
      })),
    });
  }

  const firstOn = values.startsAt.slice(0, 10);
  const dates =
    values.repeats && /^\d{4}-\d{2}-\d{2}$/.test(values.untilOn)
      ? occurrenceDates(firstOn, values.recurrence, values.untilOn)
      : [];
  const skipped = new Set(values.exceptions);

  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label={intl.formatMessage({ id: 'activities.field.startsAt' })}
          required
          value={values.startsAt}
          onChange={(event) => moveStart(event.currentTarget.value)}
          error={errorFor('startsAt')}
        />
        <TextInput
          type="datetime-local"
          label={intl.formatMessage({ id: 'activities.field.endsAt' })}
          required
          value={values.endsAt}
          onChange={(event) => set({ endsAt: event.currentTarget.value })}
          error={errorFor('endsAt')}
        />
      </SimpleGrid>
      {isNew && (
        <Checkbox
          label={intl.formatMessage({ id: 'activities.editor.repeats' })}
          checked={values.repeats}
          onChange={(event) => set({ repeats: event.currentTarget.checked })}
        />
      )}
      {isNew && values.repeats && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={intl.formatMessage({ id: 'activities.field.recurrence' })}
              value={values.recurrence}
              onChange={(event) =>
                set({
                  recurrence: recurrences.find((r) => r === event.currentTarget.value) ?? 'weekly',
                  exceptions: [],
                })
              }
              data={recurrences.map((value) => ({
                value,
                label: intl.formatMessage({ id: `activities.recurrence.${value}` }),
              }))}
            />
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'activities.field.untilOn' })}
              required
              min={firstOn}
              value={values.untilOn}
              onChange={(event) => set({ untilOn: event.currentTarget.value })}
              error={errorFor('untilOn')}
            />
          </SimpleGrid>
          {dates.length > 0 && (
            <Chip.Group
              multiple
              value={dates.filter((date) => !skipped.has(date))}
              onChange={(kept) =>
                set({
                  exceptions: dates.filter((date) => date !== firstOn && !kept.includes(date)),
                })
              }
            >
              <Text size="sm" fw={500} id="occurrences-label">
                <FormattedMessage
                  id="activities.editor.occurrences"
                  values={{ count: dates.filter((date) => !skipped.has(date)).length }}
                />
              </Text>
              <Group gap={6} role="group" aria-labelledby="occurrences-label">
                {dates.map((date) => (
                  <Chip key={date} value={date} size="xs" disabled={date === firstOn}>
                    {intl.formatDate(dayAsDate(date), {
                      day: 'numeric',
                      month: 'short',
                      weekday: 'short',
                    })}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          )}
          {errorFor('exceptions') && (
            <Text size="sm" c="red.9">
              {errorFor('exceptions')}
            </Text>
          )}
        </Stack>
      )}
    </>
  );
}
