import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleName } from '../../../platform/shared/db-values.generated.ts';
import { EventBus } from '../../../platform/server/events.ts';
import { buildShift } from '../schedule/activities.factories.ts';
import type { SignupChange } from '../schedule/server/activities.events.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../schedule/server/activities-testing.ts';
import { activitiesPersonData as part } from './activities.person-data.ts';

let world: ActivitiesWorld;
const changes: SignupChange[] = [];
const events = new EventBus([
  {
    'activities.signupChanged': async (_trx, _organizationId, change) => {
      changes.push(change);
    },
  },
]);
beforeAll(async () => {
  world = await setUpActivities('persondata');
});
afterAll(async () => {
  await world.test.close();
});

const inHours = (hours: number) =>
  new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + hours * 3_600_000).toISOString();

/** An activity `hours` from now with one shift of `capacity` places. */
async function shiftIn(hours: number, capacity: number, contactPersonId: string | null = null) {
  const startsAt = inHours(hours);
  const activity = await world.createActivity({
    startsAt,
    endsAt: inHours(hours + 2),
    contactPersonId,
    shifts: [buildShift({ startsAt, endsAt: inHours(hours + 2), capacity })],
  });
  return activity.shifts[0]!.id;
}

async function signUp(role: RoleName, shiftId: string) {
  const response = await as(world, role)('POST', `/api/shifts/${shiftId}/signup`);
  expect(response.statusCode).toBe(201);
}

async function addGuestRequest(shiftId: string, email: string) {
  await world.test.db
    .insertInto('guest_signups')
    .values({
      organization_id: world.org.id,
      shift_id: shiftId,
      first_name: 'Gäst',
      last_name: 'Gästsson',
      email,
      phone: '070-123 45 67',
      consent_wording: 'Jag samtycker.',
      token_hash: randomBytes(16).toString('hex'),
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .execute();
}

async function addFeed(personId: string) {
  await world.test.db
    .insertInto('calendar_feeds')
    .values({
      organization_id: world.org.id,
      person_id: personId,
      token_hash: randomBytes(16).toString('hex'),
    })
    .execute();
}

const scopeOf = (personId: string) => ({ organizationId: world.org.id, personId });

describe('activities’ part in person data', () => {
  it('covers every table of activities that refers to a person or keeps personal data', () => {
    expect([...part.tables].sort()).toEqual(
      [
        'activities',
        'activity_reports',
        'calendar_feeds',
        'campaigns',
        'guest_signups',
        'signups',
      ].sort(),
    );
  });

  it('lists the sign-ups, pending guest requests and feed addresses of a person', async () => {
    const personId = world.org.personIds.organizer;
    const shiftId = await shiftIn(24, 5);
    await signUp('organizer', shiftId);
    await addGuestRequest(shiftId, world.org.emails.organizer.toUpperCase());
    await addGuestRequest(shiftId, 'someone.else@example.org');
    await addFeed(personId);
    const data = await part.myData!(world.test.db, scopeOf(personId));
    expect(data.signups).toEqual([
      expect.objectContaining({ status: 'confirmed', source: 'self', cancelledAt: null }),
    ]);
    expect(data.guestSignups).toEqual([]);
    // Only the request made with the person's own address, matched regardless of case.
    expect(data.pendingGuestSignups).toEqual([
      expect.objectContaining({ firstName: 'Gäst', phone: '070-123 45 67' }),
    ]);
    expect(data.calendarFeeds).toEqual([
      expect.objectContaining({ lastUsedAt: null, revokedAt: null }),
    ]);
  });

  it('erases: places ahead given up to the waiting list, requests, contact and feeds gone', async () => {
    const personId = world.org.personIds.activist;
    const shiftId = await shiftIn(48, 1, personId);
    await signUp('activist', shiftId);
    await signUp('coordinator', shiftId);
    await addGuestRequest(shiftId, world.org.emails.activist);
    await addFeed(personId);
    changes.length = 0;
    await world.test.db
      .transaction()
      .execute((trx) => part.erase!(trx, { ...scopeOf(personId), at: new Date() }, events));
    expect(changes.map((change) => change.kind)).toEqual(['cancelled', 'promoted']);
    const db = world.test.db;
    const signups = await db
      .selectFrom('signups')
      .select(['person_id', 'status'])
      .where('shift_id', '=', shiftId)
      .execute();
    // The erased person's row stays, cancelled, as history; the waiting one has the place.
    expect(signups).toEqual(
      expect.arrayContaining([
        { person_id: personId, status: 'cancelled' },
        { person_id: world.org.personIds.coordinator, status: 'confirmed' },
      ]),
    );
    const activity = await db
      .selectFrom('shifts as s')
      .innerJoin('activities as a', 'a.id', 's.activity_id')
      .select('a.contact_person_id')
      .where('s.id', '=', shiftId)
      .executeTakeFirstOrThrow();
    expect(activity.contact_person_id).toBeNull();
    const data = await part.myData!(db, scopeOf(personId));
    expect(data.pendingGuestSignups).toEqual([]);
    expect(data.calendarFeeds).toEqual([]);
  });

  it('merges two sign-ups to one shift into one, and keeps one live feed', async () => {
    const keepId = world.org.personIds.admin;
    const mergeId = world.org.personIds.coordinator;
    const shiftId = await shiftIn(72, 5);
    await signUp('admin', shiftId);
    await signUp('coordinator', shiftId);
    await addFeed(keepId);
    await world.test.db
      .updateTable('calendar_feeds')
      .set({ revoked_at: new Date() })
      .where('person_id', '=', mergeId)
      .execute();
    await addFeed(mergeId);
    const scope = { organizationId: world.org.id, keepId, mergeId };
    await world.test.db.transaction().execute((trx) => part.merge!(trx, scope, events));
    const live = await world.test.db
      .selectFrom('signups')
      .select('person_id')
      .where('shift_id', '=', shiftId)
      .where('status', '<>', 'cancelled')
      .execute();
    expect(live).toEqual([{ person_id: keepId }]);
    const feeds = await world.test.db
      .selectFrom('calendar_feeds')
      .select('person_id')
      .where('person_id', 'in', [keepId, mergeId])
      .where('revoked_at', 'is', null)
      .execute();
    expect(feeds).toEqual([{ person_id: keepId }]);
  });
});
