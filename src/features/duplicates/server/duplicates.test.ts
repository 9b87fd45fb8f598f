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
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'dubbletter');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

async function addPerson(values: Parameters<typeof buildPerson>[0]) {
  const row = await t.db
    .insertInto('people')
    .values(buildPerson(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const pairsOf = async (url = '/api/duplicates') => {
  const response = await t.app.inject({ url, headers: organizer.headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as {
    first: { id: string };
    second: { id: string };
    reasons: string[];
  }[];
};

describe('duplicates', () => {
  it('are found by e-mail in any case, by phone, and by name and postcode', async () => {
    const organization_id = org.id;
    const a = await addPerson({ organization_id, email: 'Kim.Berg@example.org', phone: null });
    const b = await addPerson({ organization_id, email: 'kim.berg@EXAMPLE.org', phone: null });
    const c = await addPerson({ organization_id, phone: '+46701740690', email: null });
    const d = await addPerson({ organization_id, phone: '+46701740690', email: null });
    const e = await addPerson({
      organization_id,
      first_name: 'Ulla',
      last_name: 'Ek',
      postcode: '141 30',
      email: null,
      phone: null,
    });
    const f = await addPerson({
      organization_id,
      first_name: 'ulla',
      last_name: 'EK',
      postcode: '14130',
      email: null,
      phone: null,
    });
    const pairs = await pairsOf();
    const found = pairs.map((p) => [[p.first.id, p.second.id].sort().join(), p.reasons.join()]);
    expect(found).toEqual(
      expect.arrayContaining([
        [[a, b].sort().join(), 'email'],
        [[c, d].sort().join(), 'phone'],
        [[e, f].sort().join(), 'name_postcode'],
      ]),
    );
    const one = await pairsOf(`/api/people/${a}/duplicates`);
    expect(one).toHaveLength(1);
  });

  it('are not suggested again once marked as different people', async () => {
    const [pair] = (await pairsOf()).filter((p) => p.reasons.includes('phone'));
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/duplicates/distinct',
      headers: organizer.headers,
      payload: { firstId: pair!.second.id, secondId: pair!.first.id },
    });
    expect(response.statusCode).toBe(200);
    // The pair marked, not every phone pair: test people made earlier in the same worker may
    // have been given the same invented number (the factory cycles through 95).
    const marked = [pair!.first.id, pair!.second.id].sort().join();
    expect((await pairsOf()).some((p) => [p.first.id, p.second.id].sort().join() === marked)).toBe(
      false,
    );
  });

  it('merge field by field and keep every relation and the history of both', async () => {
    const organization_id = org.id;
    const keep = await addPerson({
      organization_id,
      first_name: 'Sam',
      last_name: 'Lind',
      email: 'sam@example.org',
      city: null,
      member_number: 'A-1',
    });
    const merge = await addPerson({
      organization_id,
      first_name: 'Samuel',
      last_name: 'Lind',
      email: 'SAM@example.org',
      city: 'Huddinge',
      member_number: 'A-2',
    });
    const tag = await t.app.inject({
      method: 'POST',
      url: '/api/tags',
      headers: organizer.headers,
      payload: { name: 'Flygblad', colour: '#c8102e' },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/people/tags',
      headers: organizer.headers,
      payload: { personIds: [keep, merge], tagIds: [tag.json().id], action: 'add' },
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/people/${merge}/consents`,
      headers: organizer.headers,
      payload: { purpose: 'newsletter', source: 'Bokbord', wording: 'Ja till nyhetsbrev.' },
    });
    await t.app.inject({ url: `/api/people/${merge}`, headers: organizer.headers });

    const merged = await t.app.inject({
      method: 'POST',
      url: '/api/people/merge',
      headers: organizer.headers,
      payload: { keepId: keep, mergeId: merge, take: ['firstName', 'memberNumber'] },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({
      firstName: 'Samuel',
      email: 'sam@example.org',
      city: 'Huddinge',
      memberNumber: 'A-2',
    });
    expect(merged.json().tags).toHaveLength(1);
    const consents = await t.app.inject({
      url: `/api/people/${keep}/consents`,
      headers: organizer.headers,
    });
    expect(consents.json().items).toHaveLength(1);
    const gone = await t.app.inject({ url: `/api/people/${merge}`, headers: organizer.headers });
    expect(gone.statusCode).toBe(404);
    const admin = await login(t.app, org.emails.admin);
    const history = await t.app.inject({
      url: `/api/audit-log?personId=${keep}`,
      headers: admin.headers,
    });
    const actions = (history.json().items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['people.merge', 'person.view', 'person.consent', 'person.view']),
    );
  });

  it("of one person are shown to a coordinator only among their own groups' people", async () => {
    const organization_id = org.id;
    const [own, other] = org.groupIds;
    const email = 'dubbel.kontakt@example.org';
    const coordinator = await login(t.app, org.emails.coordinator);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/people',
      headers: coordinator.headers,
      payload: { firstName: 'Tove', lastName: 'Dahl', email, localGroupId: own },
    });
    expect(added.statusCode, added.body).toBe(201);
    const id = added.json().id as string;
    const sameGroup = await addPerson({ organization_id, email, local_group_id: own, phone: null });
    const otherGroup = await addPerson({
      organization_id,
      email: email.toUpperCase(),
      local_group_id: other,
      phone: null,
    });
    const seenBy = async (session: TestSession, personId = id) => {
      const response = await t.app.inject({
        url: `/api/people/${personId}/duplicates`,
        headers: session.headers,
      });
      return response.statusCode === 200
        ? (response.json().items as { first: { id: string }; second: { id: string } }[]).map(
            (pair) => [pair.first.id, pair.second.id].find((p) => p !== personId),
          )
        : response.statusCode;
    };
    expect(await seenBy(coordinator)).toEqual([sameGroup]);
    expect((await seenBy(organizer)) as string[]).toEqual(
      expect.arrayContaining([sameGroup, otherGroup]),
    );
    // Someone the coordinator does not reach is not found at all.
    expect(await seenBy(coordinator, otherGroup)).toBe(404);
    const activist = await login(t.app, org.emails.activist);
    expect(await seenBy(activist)).toBe(403);
  });

  it('refuses to merge two people who both have accounts, or someone of another association', async () => {
    const both = await t.app.inject({
      method: 'POST',
      url: '/api/people/merge',
      headers: organizer.headers,
      payload: { keepId: org.personIds.activist, mergeId: org.personIds.coordinator },
    });
    expect(both.statusCode).toBe(409);
    const other = await seedAssociation(t.db, 'annan-forening');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/people/merge',
      headers: organizer.headers,
      payload: { keepId: org.memberIds[0], mergeId: other.memberIds[0] },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
