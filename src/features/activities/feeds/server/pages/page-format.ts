import { TIME_ZONE } from '../../../schedule/server/stockholm-time.ts';

// Times on the public pages: Stockholm clock, in Swedish, as the app shows them.

const dayFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const dayWithYear = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const clock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const deadline = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Tisdag 9 december" (with the year when it is not this year's). */
export function formatDay(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const sameYear =
    new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric' }).format(date) ===
    new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, year: 'numeric' }).format(now);
  return capitalize((sameYear ? dayFormat : dayWithYear).format(date));
}

/** "17:00–19:00", with the day before it when `withDay` (or when it ends on another day). */
export function formatTimeRange(startsAt: string, endsAt: string, withDay: boolean): string {
  const sameDay = formatDay(startsAt) === formatDay(endsAt);
  const start = clock.format(new Date(startsAt));
  const end = sameDay
    ? clock.format(new Date(endsAt))
    : `${formatDay(endsAt)} ${clock.format(new Date(endsAt))}`;
  return `${withDay ? `${formatDay(startsAt)} ` : ''}${start}–${end}`;
}

/** "9 december 17:00": until when a guest's link works. */
export function formatDeadline(iso: string): string {
  return deadline.format(new Date(iso));
}

export interface ShiftFill {
  capacity: number | null;
  confirmed: number;
}

/** What a card or a shift says about places: left, full, or no limit (null: nothing to say). */
export function describePlaces(
  shifts: ShiftFill[],
): { text: string; tone: 'green' | 'orange' } | null {
  if (shifts.length === 0) return null;
  if (shifts.some((shift) => shift.capacity === null)) return null;
  const left = shifts.reduce(
    (sum, shift) => sum + Math.max(0, (shift.capacity ?? 0) - shift.confirmed),
    0,
  );
  if (left === 0) return { text: 'Fullt – väntelista', tone: 'orange' };
  return { text: left === 1 ? '1 plats kvar' : `${left} platser kvar`, tone: 'green' };
}
