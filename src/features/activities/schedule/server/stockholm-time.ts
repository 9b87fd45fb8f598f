// Wall-clock arithmetic in Europe/Stockholm, the association's time zone: a weekly meeting at
// 18:00 stays at 18:00 across the change to and from summer time, though its UTC hour moves.

export const TIME_ZONE = 'Europe/Stockholm';

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Stockholm clock reading of an instant, as if it were UTC (milliseconds). */
function wallClock(instant: Date): number {
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  return Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    instant.getUTCMilliseconds(),
  );
}

/** The instant at which Stockholm's clock reads `clock` (a wall-clock time written as UTC ms). */
function fromWallClock(clock: number): Date {
  // The offset is +1 or +2 hours; two corrections settle it, also next to a change.
  let guess = clock - 3_600_000;
  for (let i = 0; i < 2; i++) guess += clock - wallClock(new Date(guess));
  return new Date(guess);
}

/** The date ('YYYY-MM-DD') an instant falls on in Stockholm. */
export function stockholmDate(instant: Date): string {
  return new Date(wallClock(instant)).toISOString().slice(0, 10);
}

/** Moves an instant by a number of minutes of Stockholm clock time (days keep their clock time). */
export function moveWallClock(instant: Date, minutes: number): Date {
  return fromWallClock(wallClock(instant) + minutes * 60_000);
}

/** Minutes of Stockholm clock time from one instant to another. */
export function wallClockMinutes(from: Date, to: Date): number {
  return (wallClock(to) - wallClock(from)) / 60_000;
}

/** Whole days from one date to another ('YYYY-MM-DD'). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same day of a later month, or that month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The instant at which Stockholm's clock shows a date ('YYYY-MM-DD') and time. */
export function stockholmInstant(date: string, hours: number, minutes = 0): Date {
  return fromWallClock(Date.parse(`${date}T00:00:00Z`) + (hours * 60 + minutes) * 60_000);
}
