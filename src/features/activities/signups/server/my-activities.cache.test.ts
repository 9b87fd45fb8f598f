import type { OperationNode } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShift } from '../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { login } from '../../../../server/testing.ts';
import { outdatesMyActivities } from './my-activities.cache.ts';
import { listMyActivities } from './my-activities.queries.ts';

// "Min sida" is kept per person and dropped by the keys the database's triggers publish with
// every write to what it reads: whichever code writes, even raw SQL, the next answer is fresh.

let world: ActivitiesWorld;
beforeAll(async () => {
  world = await setUpActivities('minsida');
});
afterAll(async () => {
  await world.test.close();
});

const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inHours = (hours: number) => new Date(base + hours * 3_600_000).toISOString();

async function activityWithShift(hours: number, overrides: { localGroupId?: string } = {}) {
  const startsAt = inHours(hours);
  return world.createActivity({
    ...overrides,
    startsAt,
    endsAt: inHours(hours + 2),
    signupCutoffMinutes: 0,
    shifts: [buildShift({ startsAt, capacity: 3 })],
  });
}

const activist = () => as(world, 'activist');
const mine = async () => (await activist()('GET', '/api/me/activities')).json();
const signedUpTitles = async () =>
  (await mine()).signups.map((s: { activity: { title: string } }) => s.activity.title);
const groupTitles = async () =>
  (await mine()).groupActivities.map((a: { title: string }) => a.title);

describe('which changes drop which kept answers', () => {
  it('an association’s activities drop its members’ answers; a person drops their own', () => {
    expect(outdatesMyActivities('activities:org1', 'org1:ann')).toBe(true);
    expect(outdatesMyActivities('activities:org2', 'org1:ann')).toBe(false);
    expect(outdatesMyActivities('person:ann', 'org1:ann')).toBe(true);
    expect(outdatesMyActivities('person:bo', 'org1:ann')).toBe(false);
    expect(outdatesMyActivities('session:ann', 'org1:ann')).toBe(false);
    expect(outdatesMyActivities('*', 'org1:ann')).toBe(true);
  });

  it('every table the answer reads publishes its changes', async () => {
    // The answer read with a plugin that notes every table its queries name.
    // (A TableNode also qualifies columns, `a.id`: the aliases are left out.)
    const named = new Set<string>();
    const aliases = new Set<string>();
    const note = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const part = node as Partial<OperationNode> & {
        table?: { identifier?: { name?: string } };
        alias?: { kind?: string; name?: string };
      };
      if (part.kind === 'TableNode' && part.table?.identifier?.name) {
        named.add(part.table.identifier.name);
      }
      if (part.kind === 'AliasNode' && part.alias?.kind === 'IdentifierNode' && part.alias.name) {
        aliases.add(part.alias.name);
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(note);
        else if (value && typeof value === 'object') note(value);
      }
    };
    const recording = world.app.db.withPlugin({
      transformQuery: ({ node }) => {
        note(node);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    await activityWithShift(30);
    await listMyActivities(recording, world.org.id, world.org.personIds.activist);
    const read = [...named].filter((name) => !aliases.has(name));

    const published = await sql<{ table: string }>`
      select c.relname as table from pg_trigger t
      join pg_class c on c.oid = t.tgrelid
      where t.tgname = 'publish_change' and c.relnamespace = current_schema()::regnamespace`.execute(
      world.app.db,
    );
    expect(read).toEqual(expect.arrayContaining(['people', 'signups', 'activities']));
    expect(read.filter((name) => !published.rows.some((row) => row.table === name))).toEqual([]);
  });
});

describe('Min sida, kept between requests', () => {
  it('answers 304 to its own ETag and shows every change at once', async () => {
    const activity = await activityWithShift(3);
    const shiftId = activity.shifts[0]!.id;
    const first = await activist()('GET', '/api/me/activities');
    const etag = first.headers.etag as string;
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const again = await world.app.inject({
      method: 'GET',
      url: '/api/me/activities',
      headers: { ...world.sessions.activist.headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);

    await activist()('POST', `/api/shifts/${shiftId}/signup`);
    expect(await signedUpTitles()).toContain(activity.title);
    await as(world, 'organizer')('PATCH', `/api/activities/${activity.id}`, { title: 'Nytt namn' });
    expect(await signedUpTitles()).toContain('Nytt namn');
    await activist()('DELETE', `/api/shifts/${shiftId}/signup`);
    expect(await signedUpTitles()).not.toContain('Nytt namn');
    // Another person's answer is their own.
    const organizers = await as(world, 'organizer')('GET', '/api/me/activities');
    expect(organizers.headers.etag).not.toBe((await mine()).headers?.etag);
  });

  it('is given from the cache only to a live session of its owner', async () => {
    const session = await login(world.app, world.org.emails.activist);
    const get = () =>
      world.app.inject({ method: 'GET', url: '/api/me/activities', headers: session.headers });
    const kept = await get();
    expect(kept.statusCode).toBe(200);
    expect((await get()).body).toBe(kept.body);
    const loggedOut = await world.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: session.headers,
    });
    expect(loggedOut.statusCode).toBe(200);
    expect((await get()).statusCode).toBe(401);
  });

  it('shows a change made by any code, raw SQL included, on the next request', async () => {
    const activity = await activityWithShift(4);
    await activist()('POST', `/api/shifts/${activity.shifts[0]!.id}/signup`);
    expect(await signedUpTitles()).toContain(activity.title);
    await sql`update activities set title = 'Ändrat i databasen' where id = ${activity.id}`.execute(
      world.app.db,
    );
    expect(await signedUpTitles()).toContain('Ändrat i databasen');
    await sql`update signups set status = 'cancelled', cancelled_at = now() where shift_id = ${activity.shifts[0]!.id}`.execute(
      world.app.db,
    );
    expect(await signedUpTitles()).not.toContain('Ändrat i databasen');
  });

  it("shows the new group's activities as soon as the person moves", async () => {
    const [north, south] = world.org.groupIds;
    const personId = world.org.personIds.activist;
    await sql`update people set local_group_id = ${south} where id = ${personId}`.execute(
      world.app.db,
    );
    const northern = await activityWithShift(5, { localGroupId: north });
    expect(await groupTitles()).not.toContain(northern.title);
    await sql`update people set local_group_id = ${north} where id = ${personId}`.execute(
      world.app.db,
    );
    expect(await groupTitles()).toContain(northern.title);
  });

  it('a rolled-back write drops nothing it did not change', async () => {
    const activity = await activityWithShift(6);
    await activist()('POST', `/api/shifts/${activity.shifts[0]!.id}/signup`);
    await world.app.db
      .transaction()
      .execute(async (trx) => {
        await sql`update activities set title = 'Aldrig' where id = ${activity.id}`.execute(trx);
        throw new Error('rolled back');
      })
      .catch(() => {});
    expect(await signedUpTitles()).toContain(activity.title);
    expect(await signedUpTitles()).not.toContain('Aldrig');
  });
});
