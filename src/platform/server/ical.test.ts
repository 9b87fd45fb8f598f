import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, foldLine, formatLocalDateTime, type CalendarEvent } from './ical.ts';

function event(overrides: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: 'activity-1@grasrot',
    sequence: 0,
    start: new Date('2026-11-26T17:00:00Z'),
    end: new Date('2026-11-26T19:00:00Z'),
    summary: 'Medlemsmöte',
    status: 'CONFIRMED',
    ...overrides,
  };
}

/** Parses with ical.js, resolving TZIDs with the calendar's own VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component)),
  };
}

describe('buildCalendar', () => {
  it('round-trips through a real iCalendar parser with Stockholm times across DST changes', () => {
    const starts = [
      '2026-03-28T09:00:00Z', // Saturday before summer time: 10:00 CET
      '2026-03-29T08:00:00Z', // the day summer time starts: 10:00 CEST
      '2026-10-24T08:00:00Z', // the day before winter time: 10:00 CEST
      '2026-10-25T09:00:00Z', // the day winter time returns: 10:00 CET
    ];
    const text = buildCalendar({
      name: 'Vänsterpartiet Huddinge',
      events: starts.map((start, index) =>
        event({
          uid: `a${index}@grasrot`,
          start: new Date(start),
          end: new Date(new Date(start).getTime() + 3_600_000),
        }),
      ),
    });
    const { events } = parse(text);
    expect(events.map((parsed) => parsed.startDate.toJSDate().toISOString())).toEqual(
      starts.map((start) => new Date(start).toISOString()),
    );
    // Every one of them is at ten o'clock on the wall clock in Stockholm.
    expect(events.map((parsed) => parsed.startDate.hour)).toEqual([10, 10, 10, 10]);
    expect(events.every((parsed) => parsed.startDate.zone?.tzid === 'Europe/Stockholm')).toBe(true);
  });

  it('keeps Swedish text, commas, semicolons and new lines intact', () => {
    const description = 'Ta med: flygblad, tejp; vattenflaska.\nVi ses vid Huddinge C!';
    const text = buildCalendar({
      name: 'Kalendarium',
      events: [
        event({
          summary: 'Dörrknackning i Flemingsberg, Visättra',
          description,
          location: 'Huddinge centrum; vid torget',
          status: 'CANCELLED',
          sequence: 3,
          geo: { latitude: 59.2356, longitude: 17.9811 },
          url: 'https://example.org/o/huddinge/activities/1',
        }),
      ],
    });
    const [parsed] = parse(text).events;
    expect(parsed?.summary).toBe('Dörrknackning i Flemingsberg, Visättra');
    expect(parsed?.description).toBe(description);
    expect(parsed?.location).toBe('Huddinge centrum; vid torget');
    expect(parsed?.sequence).toBe(3);
    expect(parsed?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(parsed?.component.getFirstPropertyValue('geo')).toEqual([59.2356, 17.9811]);
  });

  it('uses CRLF and folds long lines at 75 octets without splitting letters', () => {
    const text = buildCalendar({
      name: 'x',
      events: [event({ description: 'åäö '.repeat(100) })],
    });
    const lines = text.split('\r\n');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(parse(text).events[0]?.description).toBe('åäö '.repeat(100));
  });

  it('folds a line exactly at the limit only when needed', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });
});

describe('formatLocalDateTime', () => {
  it('gives the wall-clock time in Stockholm on both sides of each daylight-saving change', () => {
    const local = (iso: string) => formatLocalDateTime(new Date(iso));
    expect(local('2026-03-29T00:59:59Z')).toBe('20260329T015959');
    expect(local('2026-03-29T01:00:00Z')).toBe('20260329T030000');
    expect(local('2026-10-25T00:59:00Z')).toBe('20261025T025900');
    expect(local('2026-10-25T01:00:00Z')).toBe('20261025T020000');
    expect(local('2026-12-31T23:30:00Z')).toBe('20270101T003000');
  });
});
