import type { IntlShape } from 'react-intl';
import type { EditorValues, ShiftRow } from './activity-editor-form.ts';
import { fromLocalInput } from './calendar-time.ts';

// What the activity editor warns about before saving, without refusing it: organizers do
// record activities afterwards, and a shift may run past the activity on purpose. Only what
// this edit sets is warned about, so an old activity can be edited without the warning again.

export type EditorWarning =
  | { kind: 'pastStart' }
  | { kind: 'shiftInPast'; number: number }
  | { kind: 'shiftOutside'; number: number };

const isChangedShift = (row: ShiftRow, original: EditorValues | null) => {
  const before = original?.shifts.find((shift) => shift.id !== null && shift.id === row.id);
  return !before || before.startsAt !== row.startsAt || before.endsAt !== row.endsAt;
};

const isPast = (local: string, now: Date) => {
  const instant = fromLocalInput(local);
  return instant !== null && Date.parse(instant) < now.getTime();
};

/** The warnings for `values`, given what was saved (`null` for a new activity). */
export function editorWarnings(
  values: EditorValues,
  original: EditorValues | null,
  now = new Date(),
): EditorWarning[] {
  const warnings: EditorWarning[] = [];
  const isStartChanged = !original || original.startsAt !== values.startsAt;
  const isStartPast = isPast(values.startsAt, now);
  if (isStartChanged && isStartPast) warnings.push({ kind: 'pastStart' });
  values.shifts.forEach((row, index) => {
    if (!isChangedShift(row, original) || !row.startsAt || !row.endsAt) return;
    const number = index + 1;
    // Datetime-local text of one zone compares as the times do.
    if (row.startsAt < values.startsAt || row.endsAt > values.endsAt) {
      warnings.push({ kind: 'shiftOutside', number });
    }
    if (!isStartPast && isPast(row.startsAt, now)) warnings.push({ kind: 'shiftInPast', number });
  });
  return warnings;
}

/** A warning in the reader's language, naming the activity's time where it helps. */
export function warningText(intl: IntlShape, warning: EditorWarning, values: EditorValues): string {
  if (warning.kind === 'pastStart') {
    return intl.formatMessage({ id: 'activities.editor.warning.pastStart' });
  }
  const from = fromLocalInput(values.startsAt);
  const to = fromLocalInput(values.endsAt);
  const range =
    from && to && from < to
      ? intl.formatDateTimeRange(new Date(from), new Date(to), {
          day: 'numeric',
          month: 'short',
          hour: '2-digit',
          minute: '2-digit',
          timeZone: 'Europe/Stockholm',
        })
      : '';
  return intl.formatMessage(
    { id: `activities.editor.warning.${warning.kind}` },
    { number: warning.number, range },
  );
}
