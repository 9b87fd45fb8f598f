import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPerson } from '../../../people/register/people.factories.ts';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import { buildActivity, buildShift } from '../../schedule/activities.factories.ts';
import { insertActivity } from '../../schedule/server/activity-write.service.ts';
import { seedActivityTypes } from '../../schedule/server/activity-types.queries.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import { cancelSignup, signUp } from './signup.service.ts';

// Capacity is exact under real concurrency: on PostgreSQL (TEST_DATABASE_URL) the 200 sign-ups
// run on a pool of ten connections at once; on PGlite they queue for its one connection.

let test: TestApp;
let organizationId: string;
let shiftId: string;
let personIds: string[];
// The app's own bus: every change queues its messages, as in the running server.
let events: EventBus;

beforeAll(async () => {
  test = await createTestApp();
  events = test.app.events;
  const org = await seedAssociation(test.db, 'rusning');
  organizationId = org.id;
  await seedActivityTypes(test.db, organizationId);
  const type = await test.db
    .selectFrom('activity_types')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('key', '=', 'stall')
    .executeTakeFirstOrThrow();
  const activity = buildActivity({ typeId: type.id });
  const activityId = await test.db.transaction().execute((trx) =>
    insertActivity(trx, {
      ...activity,
      shifts: [buildShift({ startsAt: activity.startsAt, capacity: 10 })],
      organizationId,
      createdBy: null,
    }),
  );
  shiftId = (
    await test.db
      .selectFrom('shifts')
      .select('id')
      .where('activity_id', '=', activityId)
      .executeTakeFirstOrThrow()
  ).id;
  const people = await test.db
    .insertInto('people')
    .values(Array.from({ length: 200 }, () => buildPerson({ organization_id: organizationId })))
    .returning('id')
    .execute();
  personIds = people.map((person) => person.id);
});
afterAll(() => test.close());

async function counts() {
  const rows = await test.db
    .selectFrom('signups')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('shift_id', '=', shiftId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
}

it('200 concurrent sign-ups for 10 places: exactly 10 confirmed and 190 waiting', async () => {
  const results = await Promise.all(
    personIds.map((personId) =>
      signUp(test.db, { organizationId, shiftId, personId, source: 'self', events }),
    ),
  );
  expect(results.filter((result) => result.status === 'confirmed')).toHaveLength(10);
  expect(results.filter((result) => result.status === 'waiting')).toHaveLength(190);
  expect(await counts()).toEqual({ confirmed: 10, waiting: 190 });
  const distinct = await test.db
    .selectFrom('signups')
    .select((eb) => eb.fn.count<number>('person_id').distinct().as('n'))
    .where('shift_id', '=', shiftId)
    .executeTakeFirstOrThrow();
  expect(Number(distinct.n)).toBe(200);
});

it('a person signing up several times at once gets one sign-up', async () => {
  const personId = personIds[0]!;
  const results = await Promise.all(
    Array.from({ length: 5 }, () =>
      signUp(test.db, { organizationId, shiftId, personId, source: 'self', events }),
    ),
  );
  expect(new Set(results.map((result) => result.id)).size).toBe(1);
  expect(results.every((result) => !result.isNew)).toBe(true);
  expect(await counts()).toEqual({ confirmed: 10, waiting: 190 });
});

it('cancelling confirmed places promotes exactly one waiting person each, first come first', async () => {
  const waitingInOrder = await test.db
    .selectFrom('signups')
    .select('id')
    .where('shift_id', '=', shiftId)
    .where('status', '=', 'waiting')
    .orderBy('waiting_since')
    .orderBy('id')
    .execute();
  const confirmed = await test.db
    .selectFrom('signups')
    .select('id')
    .where('shift_id', '=', shiftId)
    .where('status', '=', 'confirmed')
    .execute();

  const one = await cancelSignup(test.db, {
    organizationId,
    signupId: confirmed[0]!.id,
    by: 'self',
    events,
  });
  expect(one.promoted).toEqual([waitingInOrder[0]!.id]);
  expect(await counts()).toEqual({ confirmed: 10, waiting: 189, cancelled: 1 });

  // Four more at once: four promoted, in queue order, and never an eleventh place.
  const results = await Promise.all(
    confirmed
      .slice(1, 5)
      .map((row) =>
        cancelSignup(test.db, { organizationId, signupId: row.id, by: 'self', events }),
      ),
  );
  expect(results.flatMap((result) => result.promoted).sort()).toEqual(
    waitingInOrder
      .slice(1, 5)
      .map((row) => row.id)
      .sort(),
  );
  expect(await counts()).toEqual({ confirmed: 10, waiting: 185, cancelled: 5 });
});

it('cancelling a waiting sign-up promotes no one', async () => {
  const waiting = await test.db
    .selectFrom('signups')
    .select('id')
    .where('shift_id', '=', shiftId)
    .where('status', '=', 'waiting')
    .executeTakeFirstOrThrow();
  const result = await cancelSignup(test.db, {
    organizationId,
    signupId: waiting.id,
    by: 'self',
    events,
  });
  expect(result.promoted).toEqual([]);
  expect(await counts()).toEqual({ confirmed: 10, waiting: 184, cancelled: 6 });
});
