/**
 * iCalendar (RFC 5545) writing: events in Europe/Stockholm local time with a VTIMEZONE, so
 * clients show the right hour on both sides of a daylight-saving change.
 */

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

export interface CalendarEvent {
  /** Stable across changes: clients match updates by it. */
  uid: string;
  /** Raised on every change, so clients replace their copy. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  geo?: { latitude: number; longitude: number } | null;
  url?: string;
  status: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  created?: Date;
  lastModified?: Date;
  categories?: string[];
}

export interface CalendarInput {
  name: string;
  description?: string;
  events: CalendarEvent[];
  /** `PUBLISH` for feeds and attachments (no invitation semantics). */
  method?: 'PUBLISH';
  /** Now, for DTSTAMP; passed in so output is reproducible in tests. */
  now?: Date;
}

// Swedish time since 1996 (EU rules): summer time from the last Sunday of March 02:00
// to the last Sunday of October 03:00.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: CALENDAR_TIME_ZONE,
  timeZoneName: 'longOffset',
});
const HOUR_MS = 3_600_000;
/** Stockholm's offset from UTC in ms, per UTC hour (it only changes on the hour). */
const offsets = new Map<number, number>();

function stockholmOffset(date: Date): number {
  const hour = Math.floor(date.getTime() / HOUR_MS);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    // "GMT+02:00"; "GMT" alone would be +00:00.
    const name = offsetFormat.formatToParts(date).find((part) => part.type === 'timeZoneName');
    const match = /([+-])(\d\d):(\d\d)/.exec(name?.value ?? '');
    offset = match
      ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * HOUR_MS + Number(match[3]) * 60_000)
      : 0;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `20261126T180000`: the wall-clock time in Stockholm. */
export function formatLocalDateTime(date: Date): string {
  const local = new Date(date.getTime() + stockholmOffset(date));
  return (
    `${local.getUTCFullYear()}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T` +
    `${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`
  );
}

/** `20261126T170000Z`. */
export function formatUtcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    // Continuation lines start with a space, which counts towards their 75.
    const limit = pieces.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;TZID=${CALENDAR_TIME_ZONE}:${formatLocalDateTime(event.start)}`,
    `DTEND;TZID=${CALENDAR_TIME_ZONE}:${formatLocalDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `STATUS:${event.status}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.geo) lines.push(`GEO:${event.geo.latitude};${event.geo.longitude}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.categories?.length)
    lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
  if (event.created) lines.push(`CREATED:${formatUtcDateTime(event.created)}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtcDateTime(event.lastModified)}`);
  lines.push('END:VEVENT');
  return lines;
}

const CRLF = '\r\n';
const folded = (lines: string[]) => lines.map(foldLine).join(CRLF) + CRLF;

/** The DTSTAMP of a calendar written now: the same for all its events. */
export const calendarStamp = (now = new Date()) => formatUtcDateTime(now);

/** A VCALENDAR's opening lines, up to its first event (folded, CRLF-ended). */
export function calendarHeader(input: Omit<CalendarInput, 'events' | 'now'>): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gräsrot//Gräsrot//SV',
    'CALSCALE:GREGORIAN',
    `METHOD:${input.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
  ];
  if (input.description) lines.push(`X-WR-CALDESC:${escapeText(input.description)}`);
  return folded([...lines, ...VTIMEZONE]);
}

/** One VEVENT (folded, CRLF-ended); `stamp` from `calendarStamp`. */
export const calendarEvent = (event: CalendarEvent, stamp: string) =>
  folded(eventLines(event, stamp));

export const CALENDAR_END = `END:VCALENDAR${CRLF}`;

/**
 * A whole VCALENDAR, CRLF line endings, folded. A large one may be written piece by piece
 * instead: `calendarHeader`, a `calendarEvent` each, then `CALENDAR_END`.
 */
export function buildCalendar(input: CalendarInput): string {
  const stamp = calendarStamp(input.now);
  const events = input.events.map((event) => calendarEvent(event, stamp));
  return calendarHeader(input) + events.join('') + CALENDAR_END;
}
