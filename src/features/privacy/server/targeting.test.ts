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
import {
  consentPurposes,
  type ConsentPurpose,
} from '../../../platform/shared/db-values.generated.ts';
import { targetableFor } from './targeting.queries.ts';

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'samtycke');
  organizer = await login(t.app, org.emails.organizer);
  const people = {
    member: { is_member: true },
    erasedMember: { is_member: true, erased_at: new Date().toISOString() },
    noConsent: { is_member: false },
    caller: { is_member: false },
  };
  for (const [key, values] of Object.entries(people)) {
    const row = await t.db
      .insertInto('people')
      .values(buildPerson({ organization_id: org.id, ...values }))
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
});
afterAll(() => t.close());

/** Who a later module (a call list, a mailing) would reach, using the Kysely condition itself. */
async function targetable(purpose: ConsentPurpose) {
  const rows = await t.db
    .selectFrom('people as p')
    .select('p.id')
    .where('p.organization_id', '=', org.id)
    .where(targetableFor(purpose))
    .execute();
  return keysOf(rows.map((row) => row.id));
}

/** The same through a saved list's filter. */
async function searched(purpose: ConsentPurpose) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/people/search',
    headers: organizer.headers,
    payload: {
      filter: { type: 'group', op: 'and', conditions: [{ type: 'consent', purpose }] },
      limit: 200,
    },
  });
  expect(response.statusCode, response.body).toBe(200);
  return keysOf((response.json().items as { id: string }[]).map((p) => p.id));
}

function keysOf(personIds: string[]) {
  const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return personIds.flatMap((id) => (names[id] ? [names[id]] : [])).sort();
}

describe('may be contacted for a purpose', () => {
  it('members may; a contact only with a consent for that purpose in force; the erased never', async () => {
    const given = await t.app.inject({
      method: 'POST',
      url: `/api/people/${ids.caller}/consents`,
      headers: organizer.headers,
      payload: { purpose: 'calling', source: 'Telefon', wording: 'Ni får ringa mig.' },
    });
    expect(given.statusCode, given.body).toBe(201);
    expect(await targetable('calling')).toEqual(['caller', 'member']);
    expect(await searched('calling')).toEqual(['caller', 'member']);
    expect(await targetable('newsletter')).toEqual(['member']);
    expect(await searched('newsletter')).toEqual(['member']);

    await t.app.inject({
      method: 'POST',
      url: `/api/people/${ids.caller}/consents/${given.json().id}/withdraw`,
      headers: organizer.headers,
    });
    expect(await targetable('calling')).toEqual(['member']);
    expect(await searched('calling')).toEqual(['member']);
  });

  it('a contact without consent is never included, whatever the purpose or combination', async () => {
    for (const purpose of consentPurposes) {
      expect(await targetable(purpose)).not.toContain('noConsent');
      expect(await searched(purpose)).not.toContain('noConsent');
    }
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people/search',
      headers: organizer.headers,
      payload: {
        filter: {
          type: 'group',
          op: 'and',
          conditions: [
            { type: 'membership', isMember: false },
            { type: 'consent', purpose: 'events' },
          ],
        },
      },
    });
    expect(response.json().total).toBe(0);
  });
});
