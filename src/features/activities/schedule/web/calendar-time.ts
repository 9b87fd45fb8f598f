import type { Recurrence } from '../../../../platform/shared/db-values.generated.ts';

// Dates and times as the association reads them: in Europe/Stockholm, whatever the browser's
// own time zone. Calendar days are 'YYYY-MM-DD' strings; form fields hold Stockholm wall-clock
// text ('YYYY-MM-DDTHH:mm', as <input type="datetime-local"> does).

export const TIME_ZONE = 'Europe/Stockholm';

const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Stockholm's clock reading of an instant, written as if it were UTC (milliseconds). */
function wallClock(instant: Date): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** The instant at which Stockholm's clock reads `clock`. */
function fromWallClock(clock: number): Date {
  // The offset is one or two hours; two corrections settle it, also beside a change.
  let guess = clock - 3_600_000;
  for (let i = 0; i < 2; i++) guess += clock - wallClock(new Date(guess));
  return new Date(guess);
}

/** The Stockholm date an instant falls on. */
export function stockholmDate(instant: string | Date): string {
  return new Date(wallClock(new Date(instant))).toISOString().slice(0, 10);
}

/** An instant as the value of a datetime-local field, in Stockholm time. */
export function toLocalInput(instant: string): string {
  return new Date(wallClock(new Date(instant))).toISOString().slice(0, 16);
}

/** A datetime-local value read as Stockholm time, as an ISO instant; null when incomplete. */
export function fromLocalInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const clock = Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute);
  return fromWallClock(clock).toISOString();
}

/** The instant a Stockholm day begins. */
export function startOfStockholmDay(date: string): string {
  return fromWallClock(Date.parse(`${date}T00:00:00Z`)).toISOString();
}

/** Moves a datetime-local value by minutes of clock time. */
export function moveLocalInput(value: string, minutes: number): string {
  const clock = Date.parse(`${value}:00Z`);
  if (Number.isNaN(clock)) return value;
  return new Date(clock + minutes * 60_000).toISOString().slice(0, 16);
}

/** Minutes of clock time between two datetime-local values; null when either is incomplete. */
export function localMinutesBetween(from: string, to: string): number | null {
  const start = Date.parse(`${from}:00Z`);
  const end = Date.parse(`${to}:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return null;
  return Math.round((end - start) / 60_000);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The same day of another month, or that month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(day, last.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/** Monday of the week `date` falls in (Swedish weeks start on Monday). */
export function startOfWeek(date: string): string {
  const weekday = (new Date(Date.parse(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export const calendarViews = ['month', 'week', 'list'] as const;
export type CalendarView = (typeof calendarViews)[number];

/** The days a view shows: whole weeks around a month, one week, or four weeks for the list. */
export function daysOf(view: CalendarView, anchor: string): string[] {
  const first = view === 'month' ? startOfWeek(startOfMonth(anchor)) : startOfWeek(anchor);
  let count = view === 'week' ? 7 : 28;
  if (view === 'month') {
    const nextMonth = startOfMonth(addMonths(startOfMonth(anchor), 1));
    count = Math.ceil((Date.parse(nextMonth) - Date.parse(first)) / (7 * 86_400_000)) * 7;
  }
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/** The anchor date one step before or after, for the view's prev/next buttons. */
export function stepAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === 'month') return addMonths(startOfMonth(anchor), direction);
  return addDays(anchor, direction * (view === 'week' ? 7 : 28));
}

/** The query range of a view: from the start of its first day to the start of the next. */
export function rangeOf(view: CalendarView, anchor: string): { from: string; to: string } {
  const days = daysOf(view, anchor);
  const first = days[0] ?? anchor;
  const last = days[days.length - 1] ?? anchor;
  return { from: startOfStockholmDay(first), to: startOfStockholmDay(addDays(last, 1)) };
}

/** A day as an instant the formatter (in Stockholm time) reads as that same day. */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** A series' dates from its first to `untilOn` (at most 200), as the server computes them. */
export function occurrenceDates(
  firstOn: string,
  recurrence: Recurrence,
  untilOn: string,
): string[] {
  const dates: string[] = [];
  for (let index = 0; index < 200; index++) {
    const date =
      recurrence === 'monthly'
        ? addMonths(firstOn, index)
        : addDays(firstOn, index * (recurrence === 'weekly' ? 7 : 14));
    if (date > untilOn) break;
    dates.push(date);
  }
  return dates;
}
