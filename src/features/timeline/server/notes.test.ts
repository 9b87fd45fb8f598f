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
let admin: TestSession;
let organizer: TestSession;
let coordinator: TestSession;
let activist: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'anteckningar');
  admin = await login(t.app, org.emails.admin);
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
  activist = await login(t.app, org.emails.activist);
});
afterAll(() => t.close());

function write(session: TestSession, personId: string, body: unknown) {
  return t.app.inject({
    method: 'POST',
    url: `/api/people/${personId}/notes`,
    headers: session.headers,
    payload: { body },
  });
}

function remove(session: TestSession, personId: string, noteId: string) {
  return t.app.inject({
    method: 'DELETE',
    url: `/api/people/${personId}/notes/${noteId}`,
    headers: session.headers,
  });
}

async function notesOf(session: TestSession, personId: string) {
  const response = await t.app.inject({
    url: `/api/people/${personId}/timeline?limit=100`,
    headers: session.headers,
  });
  const items = response.json().items as { kind: string; body?: string; canDelete?: boolean }[];
  return items.filter((e) => e.kind === 'note');
}

describe('notes', () => {
  it('are written by coordinators about their own groups’ people and by organizers about anyone', async () => {
    const [ours, theirs] = org.memberIds;
    const written = await write(coordinator, ours, '  Ringde och pratade om valstugan.  ');
    expect(written.statusCode, written.body).toBe(201);
    expect(written.json()).toMatchObject({
      kind: 'note',
      body: 'Ringde och pratade om valstugan.',
      actor: { firstName: 'coordinator' },
      canDelete: true,
    });
    expect((await write(coordinator, theirs, 'Utanför min grupp')).statusCode).toBe(404);
    expect((await write(organizer, theirs, 'Organisatören når alla')).statusCode).toBe(201);
    expect((await write(activist, ours, 'Aktivister skriver inte')).statusCode).toBe(403);
  });

  it('are one to 5000 characters', async () => {
    const person = org.memberIds[0];
    const empty = await write(organizer, person, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0]).toMatchObject({ path: 'body.body', code: 'too_small' });
    expect((await write(organizer, person, 'x'.repeat(5001))).statusCode).toBe(400);
    expect((await write(organizer, person, 'x'.repeat(5000))).statusCode).toBe(201);
  });

  it('are deleted by their author or an admin, nobody else', async () => {
    const person = org.memberIds[0];
    const note = (await write(coordinator, person, 'Att ta bort')).json();
    const other = (await write(coordinator, person, 'Admin tar bort')).json();
    const byOrganizer = await notesOf(organizer, person);
    expect(byOrganizer.find((n) => n.body === 'Att ta bort')?.canDelete).toBe(false);
    expect((await remove(organizer, person, note.noteId)).statusCode).toBe(403);
    expect((await remove(coordinator, org.memberIds[1], note.noteId)).statusCode).toBe(404);
    expect((await remove(coordinator, person, note.noteId)).statusCode).toBe(200);
    expect((await remove(coordinator, person, note.noteId)).statusCode).toBe(404);
    expect((await notesOf(admin, person)).find((n) => n.body === 'Admin tar bort')?.canDelete).toBe(
      true,
    );
    expect((await remove(admin, person, other.noteId)).statusCode).toBe(200);
    const left = (await notesOf(organizer, person)).map((n) => n.body);
    expect(left).not.toContain('Att ta bort');
    expect(left).not.toContain('Admin tar bort');
  });

  it('are in the person’s own data download, and go when they are erased', async () => {
    const self = org.personIds.activist;
    await write(organizer, self, 'Vill ha fler pass i Flemingsberg.');
    const mine = await t.app.inject({ url: '/api/me/data', headers: activist.headers });
    expect(mine.json().notes).toMatchObject([{ body: 'Vill ha fler pass i Flemingsberg.' }]);
    expect(JSON.stringify(mine.json().notes)).not.toContain('organizer');
    const csv = await t.app.inject({ url: '/api/me/data/csv', headers: activist.headers });
    expect(csv.json().content).toContain('Vill ha fler pass i Flemingsberg.');

    const erased = await t.app.inject({
      method: 'POST',
      url: `/api/people/${self}/erase`,
      headers: admin.headers,
      payload: { confirm: true },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const left = await t.db
      .selectFrom('person_notes')
      .select('id')
      .where('person_id', '=', self)
      .execute();
    expect(left).toEqual([]);
  });
});
