import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivity, buildShift } from '../../schedule/activities.factories.ts';
import { buildPerson } from '../../../people/register/people.factories.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';
import type { TimelineEvent } from '../../../timeline/timeline.contract.ts';

let t: TestApp;
let org: TestAssociation;
let typeId: string;
const sessions = {} as Record<'organizer' | 'coordinator' | 'activist', TestSession>;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'aktivitetslinje');
  for (const role of ['organizer', 'coordinator', 'activist'] as const) {
    sessions[role] = await login(t.app, org.emails[role]);
  }
  typeId = await addActivityType(org.id);
});
afterAll(() => t.close());

async function addActivityType(organizationId: string) {
  const row = await t.db
    .insertInto('activity_types')
    .values({ organization_id: organizationId, key: 'leafleting', name: 'Flygbladsutdelning' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function send(
  role: keyof typeof sessions,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: sessions[role].headers,
    ...(payload ? { payload } : {}),
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

const HOUR = 3_600_000;
const nextHour = Math.ceil(Date.now() / HOUR) * HOUR;
const hoursFromNow = (hours: number) => new Date(nextHour + hours * HOUR).toISOString();

/** An activity through the API, with one shift per title, the first starting at `startsAt`. */
async function createActivity(title: string, startsAt: string, shifts: string[], capacity = 10) {
  return send(
    'organizer',
    'POST',
    '/api/activities',
    buildActivity({
      typeId,
      title,
      startsAt,
      endsAt: new Date(Date.parse(startsAt) + 4 * HOUR).toISOString(),
      shifts: shifts.map((shiftTitle, i) =>
        buildShift({
          title: shiftTitle,
          startsAt: new Date(Date.parse(startsAt) + i * 2 * HOUR).toISOString(),
          capacity,
        }),
      ),
    }),
  ) as Promise<{ id: string; shifts: { id: string; title: string }[] }>;
}

async function timeline(personId: string, query = '') {
  return send('organizer', 'GET', `/api/people/${personId}/timeline${query}`) as Promise<{
    items: TimelineEvent[];
    nextCursor: string | null;
  }>;
}

describe('sign-ups and attendance in the timeline', () => {
  it('tells sign-ups, bookings, the waiting list, cancellations and attendance, newest first', async () => {
    const activist = org.personIds.activist;
    const past = await createActivity('Flygblad vid Huddinge C', hoursFromNow(-240), [
      'Första passet',
      'Andra passet',
    ]);
    const booked = await send('organizer', 'POST', `/api/shifts/${past.shifts[0]!.id}/bookings`, {
      personId: activist,
    });
    await send('organizer', 'PATCH', `/api/signups/${booked.id}`, { attended: true });
    const full = await createActivity('Dörrknackning i Flemingsberg', hoursFromNow(48), [''], 1);
    await send('coordinator', 'POST', `/api/shifts/${full.shifts[0]!.id}/signup`);
    await send('activist', 'POST', `/api/shifts/${full.shifts[0]!.id}/signup`);
    const stall = await createActivity('Bokbord på torget', hoursFromNow(72), ['Förmiddag']);
    await send('activist', 'POST', `/api/shifts/${stall.shifts[0]!.id}/signup`);
    await send('activist', 'DELETE', `/api/shifts/${stall.shifts[0]!.id}/signup`);

    const { items, nextCursor } = await timeline(activist);
    expect(nextCursor).toBeNull();
    const stallPlace = {
      activity: { id: stall.id, title: 'Bokbord på torget' },
      shift: { id: stall.shifts[0]!.id, title: 'Förmiddag' },
    };
    // The shift ended ten days ago, before the activist's record was made by the seed.
    expect(items).toMatchObject([
      { kind: 'signupCancelled', actor: null, ...stallPlace },
      { kind: 'signup', source: 'self', status: 'cancelled', actor: null, ...stallPlace },
      {
        kind: 'signup',
        source: 'self',
        status: 'waiting',
        activity: { id: full.id, title: 'Dörrknackning i Flemingsberg' },
        shift: { title: '' },
      },
      {
        id: `signup:${booked.id}`,
        kind: 'signup',
        source: 'booked',
        status: 'confirmed',
        actor: { firstName: 'organizer' },
        activity: { id: past.id, title: 'Flygblad vid Huddinge C' },
        shift: { id: past.shifts[0]!.id, title: 'Första passet', startsAt: hoursFromNow(-240) },
      },
      { kind: 'created' },
      {
        id: `attendance:${booked.id}`,
        kind: 'attendance',
        attended: true,
        at: new Date(Date.parse(hoursFromNow(-240)) + 2 * HOUR).toISOString(),
        activity: { id: past.id },
      },
    ]);
    expect(items).toHaveLength(6);

    // A no-show is attendance too; unmarking takes the event away again.
    await send('organizer', 'PATCH', `/api/signups/${booked.id}`, { attended: false });
    expect((await timeline(activist)).items.at(-1)).toMatchObject({ attended: false });
    await send('organizer', 'PATCH', `/api/signups/${booked.id}`, { attended: null });
    expect((await timeline(activist)).items.map((e) => e.kind)).not.toContain('attendance');
  });

  it('pages through sign-ups, cancellations and attendance at one millisecond without gaps', async () => {
    const person = await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, created_at: '2020-01-01T09:00:00Z' }))
      .returning('id')
      .executeTakeFirstOrThrow();
    const tie = '2024-03-01T12:00:00.000Z';
    const activity = await t.db
      .insertInto('activities')
      .values({
        organization_id: org.id,
        type_id: typeId,
        title: 'Valstuga',
        starts_at: '2024-03-01T08:00:00Z',
        ends_at: tie,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const shifts = await t.db
      .insertInto('shifts')
      .values(
        Array.from({ length: 8 }, (_, i) => ({
          organization_id: org.id,
          activity_id: activity.id,
          title: `Pass ${i + 1}`,
          starts_at: '2024-03-01T08:00:00Z',
          ends_at: tie,
        })),
      )
      .returning('id')
      .execute();
    // On each shift a sign-up cancelled and a live one marked; every time is the same.
    const common = { organization_id: org.id, person_id: person.id, created_at: tie };
    await t.db
      .insertInto('signups')
      .values(
        shifts.flatMap(({ id }, i) => [
          { ...common, shift_id: id, status: 'cancelled', source: 'self', cancelled_at: tie },
          { ...common, shift_id: id, status: 'confirmed', source: 'self', attended: i % 2 === 0 },
        ]),
      )
      .execute();
    await t.db
      .insertInto('person_notes')
      .values([1, 2].map((n) => ({ ...common, body: `Anteckning ${n}` })))
      .execute();

    const all = await timeline(person.id, '?limit=100');
    // 16 sign-ups, 8 cancellations, 8 attendances, 2 notes and the record.
    expect(all.items).toHaveLength(35);
    expect(all.items.at(-1)?.kind).toBe('created');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await timeline(person.id, cursor ? `?limit=4&cursor=${cursor}` : '?limit=4');
      expect(page.items.length).toBeLessThanOrEqual(4);
      paged.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((e) => e.id));
    expect(new Set(paged).size).toBe(35);
  });

  it('never shows another association’s sign-ups', async () => {
    const other = await seedAssociation(t.db, 'annan-aktivitetslinje');
    const otherType = await addActivityType(other.id);
    const activity = await t.db
      .insertInto('activities')
      .values({
        organization_id: other.id,
        type_id: otherType,
        title: 'Hemlig aktivitet',
        starts_at: '2024-04-01T08:00:00Z',
        ends_at: '2024-04-01T10:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const shift = await t.db
      .insertInto('shifts')
      .values({
        organization_id: other.id,
        activity_id: activity.id,
        starts_at: '2024-04-01T08:00:00Z',
        ends_at: '2024-04-01T10:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const member = org.memberIds[1];
    // Their own member's sign-up, and a stray row naming our member that the API never writes.
    await t.db
      .insertInto('signups')
      .values(
        [other.memberIds[0], member].map((personId) => ({
          organization_id: other.id,
          shift_id: shift.id,
          person_id: personId,
          status: 'confirmed' as const,
          source: 'self' as const,
          attended: true,
        })),
      )
      .execute();
    const ours = await timeline(member);
    expect(ours.items.map((e) => e.kind)).toEqual(['created']);
    expect(JSON.stringify(ours.items)).not.toContain('Hemlig aktivitet');
    const theirs = await t.app.inject({
      url: `/api/people/${other.memberIds[0]}/timeline`,
      headers: sessions.organizer.headers,
    });
    expect(theirs.statusCode).toBe(404);
  });
});
