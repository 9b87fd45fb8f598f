import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
const ids: Record<string, string> = {};

/** A time `months` months back from now, with explicit dates rather than waiting. */
function monthsAgo(months: number) {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString();
}

async function addPerson(key: string, values: Record<string, unknown>) {
  const row = await t.db
    .insertInto('people')
    .values(buildPerson({ organization_id: org.id, is_member: false, ...values }))
    .returning('id')
    .executeTakeFirstOrThrow();
  ids[key] = row.id;
}

async function consent(personId: string, givenAt: string, isWithdrawn: boolean) {
  const given = await t.app.inject({
    method: 'POST',
    url: `/api/people/${personId}/consents`,
    headers: admin.headers,
    payload: { purpose: 'contact', givenAt, source: 'Bokbord', wording: 'Ni får kontakta mig.' },
  });
  expect(given.statusCode, given.body).toBe(201);
  if (isWithdrawn) {
    await t.app.inject({
      method: 'POST',
      url: `/api/people/${personId}/consents/${given.json().id}/withdraw`,
      headers: admin.headers,
    });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'gallring');
  admin = await login(t.app, org.emails.admin);
  await addPerson('silent', { created_at: monthsAgo(36) });
  await addPerson('thirteen', { created_at: monthsAgo(13) });
  await addPerson('consenting', { created_at: monthsAgo(36) });
  await consent(ids.consenting!, monthsAgo(35), false);
  await addPerson('withdrewLongAgo', { created_at: monthsAgo(40) });
  await consent(ids.withdrewLongAgo!, monthsAgo(30), true);
  await addPerson('gaveRecently', { created_at: monthsAgo(36) });
  await consent(ids.gaveRecently!, monthsAgo(6), true);
  await addPerson('member', { created_at: monthsAgo(60), is_member: true });
  await addPerson('erased', { created_at: monthsAgo(60), erased_at: monthsAgo(1) });
  // A contact with an account counts as active when they log in.
  const activist = org.personIds.activist;
  ids.activist = activist;
  // Times the application never rewrites; set directly for the test.
  await sql`update people set is_member = false, created_at = ${monthsAgo(48)}
    where id = ${activist}`.execute(t.db);
  await sql`update accounts set created_at = ${monthsAgo(48)}, last_login_at = ${monthsAgo(2)}
    where person_id = ${activist}`.execute(t.db);
});
afterAll(() => t.close());

async function flagged() {
  const response = await t.app.inject({
    url: '/api/retention/people?limit=200',
    headers: admin.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json() as {
    items: { id: string; lastActivityAt: string }[];
    total: number;
  };
  const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return { ...body, keys: body.items.map((item) => names[item.id] ?? item.id) };
}

async function setMonths(retentionMonths: number) {
  return t.app.inject({
    method: 'PATCH',
    url: '/api/retention',
    headers: admin.headers,
    payload: { retentionMonths },
  });
}

describe('the retention rule', () => {
  it('flags contacts without consent in force and without activity for 24 months, silent longest first', async () => {
    const overview = await t.app.inject({ url: '/api/retention', headers: admin.headers });
    expect(overview.json()).toEqual({ retentionMonths: 24, flaggedCount: 2 });
    const { keys, items, total } = await flagged();
    expect(keys).toEqual(['silent', 'withdrewLongAgo']);
    expect(total).toBe(2);
    // Giving the (later withdrawn) consent was the last activity.
    expect(items[1]!.lastActivityAt.slice(0, 10)).toBe(monthsAgo(30).slice(0, 10));
  });

  it('counts logging in as activity, and an account unused for long as none', async () => {
    await t.db
      .updateTable('accounts')
      .set({ last_login_at: monthsAgo(30) })
      .where('person_id', '=', ids.activist!)
      .execute();
    expect((await flagged()).keys).toContain('activist');
    await t.db
      .updateTable('accounts')
      .set({ last_login_at: monthsAgo(2) })
      .where('person_id', '=', ids.activist!)
      .execute();
    expect((await flagged()).keys).not.toContain('activist');
  });

  it('follows the association’s setting; 0 turns it off; only admins see or change it', async () => {
    expect((await setMonths(12)).json()).toEqual({ retentionMonths: 12, flaggedCount: 3 });
    expect((await flagged()).keys).toEqual(['silent', 'withdrewLongAgo', 'thirteen']);
    expect((await setMonths(0)).json()).toEqual({ retentionMonths: 0, flaggedCount: 0 });
    expect((await setMonths(241)).statusCode).toBe(400);
    await setMonths(24);
    const organizer = await login(t.app, org.emails.organizer);
    const refused = await t.app.inject({
      url: '/api/retention/people',
      headers: organizer.headers,
    });
    expect(refused.statusCode).toBe(403);
    const other = await seedAssociation(t.db, 'annan-gallring');
    const otherAdmin = await login(t.app, other.emails.admin);
    const theirs = await t.app.inject({
      url: '/api/retention/people',
      headers: otherAdmin.headers,
    });
    expect(theirs.json().total).toBe(0);
  });

  it('lets a saved list find the flagged, and erasing takes a person off the list', async () => {
    const search = async (flaggedValue: boolean) => {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/people/search',
        headers: admin.headers,
        payload: {
          filter: {
            type: 'group',
            op: 'and',
            conditions: [{ type: 'retention', flagged: flaggedValue }],
          },
          limit: 200,
        },
      });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { id: string }[]).map((p) => p.id);
    };
    expect((await search(true)).sort()).toEqual([ids.silent, ids.withdrewLongAgo].sort());
    const notFlagged = await search(false);
    expect(notFlagged).toContain(ids.thirteen);
    expect(notFlagged).not.toContain(ids.silent);

    const erase = await t.app.inject({
      method: 'POST',
      url: `/api/people/${ids.silent}/erase`,
      headers: admin.headers,
      payload: { confirm: true },
    });
    expect(erase.statusCode).toBe(200);
    expect((await flagged()).keys).toEqual(['withdrewLongAgo']);
  });

  it('counts signing up for an activity and taking part as activity, a no-show not', async () => {
    const type = await t.db
      .insertInto('activity_types')
      .values({ organization_id: org.id, key: 'stall', name: 'Bokbord/valstuga' })
      .returning('id')
      .executeTakeFirstOrThrow();
    /** A sign-up made `signedUp` months ago for a shift that ended `ended` months ago. */
    const signup = async (personId: string, signedUp: number, ended: number, attended = false) => {
      const endsAt = monthsAgo(ended);
      const startsAt = new Date(Date.parse(endsAt) - 7_200_000).toISOString();
      const activity = await t.db
        .insertInto('activities')
        .values({
          organization_id: org.id,
          type_id: type.id,
          title: 'Valstuga',
          starts_at: startsAt,
          ends_at: endsAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const shift = await t.db
        .insertInto('shifts')
        .values({
          organization_id: org.id,
          activity_id: activity.id,
          starts_at: startsAt,
          ends_at: endsAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('signups')
        .values({
          organization_id: org.id,
          shift_id: shift.id,
          person_id: personId,
          status: 'confirmed',
          source: 'self',
          attended,
          created_at: monthsAgo(signedUp),
        })
        .execute();
    };
    await addPerson('signedUpRecently', { created_at: monthsAgo(40) });
    await signup(ids.signedUpRecently!, 3, 2);
    await addPerson('signedUpLongAgo', { created_at: monthsAgo(40) });
    await signup(ids.signedUpLongAgo!, 31, 30);
    await addPerson('tookPart', { created_at: monthsAgo(40) });
    await signup(ids.tookPart!, 31, 5, true);
    await addPerson('noShow', { created_at: monthsAgo(40) });
    await signup(ids.noShow!, 32, 5, false);

    const { keys, items } = await flagged();
    expect(keys).toEqual(['noShow', 'signedUpLongAgo', 'withdrewLongAgo']);
    // Signing up was their last activity; the shift a no-show missed is none.
    expect(items[0]!.lastActivityAt.slice(0, 10)).toBe(monthsAgo(32).slice(0, 10));
    expect(items[1]!.lastActivityAt.slice(0, 10)).toBe(monthsAgo(31).slice(0, 10));
  });
});
