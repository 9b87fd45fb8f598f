import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import { seedActivityTypes } from '../../activities/schedule/server/activity-types.queries.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestSession,
} from '../../../server/testing.ts';

// Participation conditions: sign-ups on shifts of activities, by type, campaign and the shift's
// day in Stockholm, never counting another association's rows.

let t: TestApp;
let organizer: TestSession;
let campaignId: string;
const ids: Record<string, string> = {};

async function typeIds(organizationId: string) {
  await seedActivityTypes(t.db, organizationId);
  const rows = await t.db
    .selectFrom('activity_types')
    .select(['id', 'key'])
    .where('organization_id', '=', organizationId)
    .execute();
  return Object.fromEntries(rows.map((row) => [row.key!, row.id]));
}

type SignupState = 'attended' | 'noShow' | 'unmarked' | 'waiting' | 'cancelled';

/** One activity with one shift starting at `startsAt`, and the person's sign-up on it. */
async function signUp(
  organizationId: string,
  personId: string,
  typeId: string,
  startsAt: string,
  state: SignupState,
  campaign: string | null = null,
) {
  const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const activity = await t.db
    .insertInto('activities')
    .values({
      organization_id: organizationId,
      title: 'Utdelning',
      type_id: typeId,
      campaign_id: campaign,
      starts_at: startsAt,
      ends_at: endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const shift = await t.db
    .insertInto('shifts')
    .values({
      organization_id: organizationId,
      activity_id: activity.id,
      starts_at: startsAt,
      ends_at: endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  await t.db
    .insertInto('signups')
    .values({
      organization_id: organizationId,
      shift_id: shift.id,
      person_id: personId,
      source: 'booked',
      status: state === 'waiting' ? 'waiting' : state === 'cancelled' ? 'cancelled' : 'confirmed',
      waiting_since: state === 'waiting' ? now : null,
      cancelled_at: state === 'cancelled' ? now : null,
      attended:
        state === 'attended' || state === 'cancelled' ? true : state === 'noShow' ? false : null,
    })
    .execute();
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await seedAssociation(t.db, 'deltagande');
  const other = await seedAssociation(t.db, 'annan');
  organizer = await login(t.app, org.emails.organizer);
  const types = await typeIds(org.id);
  const otherTypes = await typeIds(other.id);
  for (const key of ['ada', 'ben', 'cid', 'dan', 'eva', 'fia', 'gus', 'hal']) {
    const row = await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, first_name: key }))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
  const campaign = await t.db
    .insertInto('campaigns')
    .values({ organization_id: org.id, title: 'Valet' })
    .returning('id')
    .executeTakeFirstOrThrow();
  campaignId = campaign.id;
  const leafleting = types.leafleting!;
  await signUp(org.id, ids.ada!, leafleting, '2024-05-10T08:00:00Z', 'attended', campaignId);
  await signUp(org.id, ids.ben!, leafleting, '2024-05-12T08:00:00Z', 'noShow');
  await signUp(org.id, ids.cid!, types.door_knocking!, '2024-05-15T08:00:00Z', 'attended');
  await signUp(org.id, ids.dan!, leafleting, '2024-04-20T08:00:00Z', 'attended');
  // 00:30 on 1 June in Stockholm: June, not May.
  await signUp(org.id, ids.eva!, leafleting, '2024-05-31T22:30:00Z', 'attended');
  await signUp(org.id, ids.fia!, leafleting, '2024-05-20T08:00:00Z', 'cancelled');
  await signUp(org.id, ids.gus!, leafleting, '2024-05-21T08:00:00Z', 'waiting');
  // Another association's activity and sign-up, wrongly pointing at one of ours.
  await signUp(other.id, ids.hal!, otherTypes.leafleting!, '2024-05-10T08:00:00Z', 'attended');
  Object.assign(ids, { leafleting, doorKnocking: types.door_knocking! });
});
afterAll(() => t.close());

const group = (conditions: object[], not = false) => ({
  type: 'group',
  op: 'and',
  not,
  conditions,
});
const participation = (overrides: object = {}) => ({
  type: 'participation',
  what: 'attended',
  activityTypeIds: [ids.leafleting],
  campaignId: null,
  from: '2024-05-01',
  to: '2024-05-31',
  ...overrides,
});

/** The test's own people the filter finds, by their first names. */
async function found(filter: object) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/people/search',
    headers: organizer.headers,
    payload: { filter, limit: 200 },
  });
  expect(response.statusCode, response.body).toBe(200);
  const mine = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return (response.json() as { items: { id: string }[] }).items
    .map((person) => mine.get(person.id))
    .filter((key) => key !== undefined)
    .sort();
}

describe('participation conditions', () => {
  it('find who attended a leafleting activity in a range of Stockholm days', async () => {
    expect(await found(group([participation()]))).toEqual(['ada']);
    expect(await found(group([participation({ from: '2024-06-01', to: null })]))).toEqual(['eva']);
    expect(await found(group([participation({ from: null, to: null })]))).toEqual([
      'ada',
      'dan',
      'eva',
    ]);
  });

  it('tell no-shows and sign-ups apart, leaving out cancelled ones', async () => {
    expect(await found(group([participation({ what: 'noShow' })]))).toEqual(['ben']);
    expect(await found(group([participation({ what: 'signedUp' })]))).toEqual([
      'ada',
      'ben',
      'gus',
    ]);
  });

  it('narrow by activity type and campaign; no type chosen means any type', async () => {
    const doors = participation({ activityTypeIds: [ids.doorKnocking] });
    expect(await found(group([doors]))).toEqual(['cid']);
    expect(await found(group([participation({ activityTypeIds: [] })]))).toEqual(['ada', 'cid']);
    const inCampaign = participation({ what: 'signedUp', activityTypeIds: [], campaignId });
    expect(await found(group([inCampaign]))).toEqual(['ada']);
  });

  it('works inside a NOT group', async () => {
    expect(await found(group([group([participation()], true)]))).toEqual([
      'ben',
      'cid',
      'dan',
      'eva',
      'fia',
      'gus',
      'hal',
    ]);
  });

  it('never counts another association’s sign-ups', async () => {
    const anything = participation({ activityTypeIds: [], from: null, to: null });
    expect(await found(group([anything]))).not.toContain('hal');
  });
});
