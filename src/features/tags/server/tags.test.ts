import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
let other: TestAssociation;
let organizer: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'taggar');
  other = await seedAssociation(t.db, 'andra');
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
});
afterAll(() => t.close());

const post = (session: TestSession, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });

async function createTag(name: string, colour = '#C8102E', groupId: string | null = null) {
  const response = await post(organizer, '/api/tags', { name, colour, groupId });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; colour: string };
}

describe('tags', () => {
  it('are created in groups with a colour, and their names are unique', async () => {
    const group = await post(organizer, '/api/tag-groups', { name: 'Intressen' });
    expect(group.statusCode).toBe(201);
    const tag = await createTag('Flygblad', '#C8102E', group.json().id);
    expect(tag.colour).toBe('#c8102e');
    const again = await post(organizer, '/api/tags', { name: 'Flygblad', colour: '#000000' });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ path: 'body.name', code: 'taken' });
    const badColour = await post(organizer, '/api/tags', { name: 'Röd', colour: 'red' });
    expect(badColour.json().errors[0].path).toBe('body.colour');
  });

  it('are put on and taken off many people at once, shown on their records and counted', async () => {
    const tag = await createTag('Dörrknackare', '#1e6b52');
    const people = [...org.memberIds, org.personIds.activist];
    const add = await post(organizer, '/api/people/tags', {
      personIds: people,
      tagIds: [tag.id],
      action: 'add',
    });
    expect(add.json()).toEqual({ changed: 3 });
    const again = await post(organizer, '/api/people/tags', {
      personIds: people,
      tagIds: [tag.id],
      action: 'add',
    });
    expect(again.json()).toEqual({ changed: 0 });

    const record = await t.app.inject({
      url: `/api/people/${org.memberIds[0]}`,
      headers: organizer.headers,
    });
    expect(record.json().tags).toEqual([{ id: tag.id, name: 'Dörrknackare', colour: '#1e6b52' }]);
    const listed = await t.app.inject({ url: '/api/tags', headers: organizer.headers });
    const counted = (listed.json().items as { id: string; personCount: number }[]).find(
      (x) => x.id === tag.id,
    );
    expect(counted?.personCount).toBe(3);

    const remove = await post(organizer, '/api/people/tags', {
      personIds: [org.memberIds[1]],
      tagIds: [tag.id],
      action: 'remove',
    });
    expect(remove.json()).toEqual({ changed: 1 });
  });

  it('refuses, as a whole, people or tags of another association or out of a coordinator’s reach', async () => {
    const tag = await createTag('Kassagruppen');
    const foreign = await post(organizer, '/api/people/tags', {
      personIds: [org.memberIds[0], other.memberIds[0]],
      tagIds: [tag.id],
      action: 'add',
    });
    expect(foreign.statusCode).toBe(404);
    const rows = await t.db
      .selectFrom('person_tags')
      .select('person_id')
      .where('tag_id', '=', tag.id)
      .execute();
    expect(rows).toEqual([]);

    const outside = await post(coordinator, '/api/people/tags', {
      personIds: [org.memberIds[1]],
      tagIds: [tag.id],
      action: 'add',
    });
    expect(outside.statusCode).toBe(404);
    const own = await post(coordinator, '/api/people/tags', {
      personIds: [org.memberIds[0]],
      tagIds: [tag.id],
      action: 'add',
    });
    expect(own.json()).toEqual({ changed: 1 });
    const editing = await post(coordinator, '/api/tags', { name: 'Egen', colour: '#000000' });
    expect(editing.statusCode).toBe(403);
  });

  it('deleting a tag takes it off everyone; deleting a group keeps its tags', async () => {
    const group = await post(organizer, '/api/tag-groups', { name: 'Tillfälliga' });
    const tag = await createTag('Valet 2022', '#333333', group.json().id);
    await post(organizer, '/api/people/tags', {
      personIds: [org.memberIds[0]],
      tagIds: [tag.id],
      action: 'add',
    });
    const delGroup = await t.app.inject({
      method: 'DELETE',
      url: `/api/tag-groups/${group.json().id}`,
      headers: organizer.headers,
    });
    expect(delGroup.statusCode).toBe(200);
    const kept = await t.app.inject({ url: '/api/tags', headers: organizer.headers });
    expect(
      (kept.json().items as { id: string; groupId: string | null }[]).find((x) => x.id === tag.id)
        ?.groupId,
    ).toBeNull();
    await t.app.inject({
      method: 'DELETE',
      url: `/api/tags/${tag.id}`,
      headers: organizer.headers,
    });
    const rows = await t.db
      .selectFrom('person_tags')
      .select('person_id')
      .where('tag_id', '=', tag.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
