import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import type { TestAssociation, TestSession } from '../../../../server/testing.ts';
import { buildPerson } from '../../register/people.factories.ts';
import { importOverHttp } from './import-jobs.fixtures.ts';

// Undoing the latest import: whom it created goes unless changed or used since; what it
// changed comes back unless changed again since. Invented people only.

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'angra');
  admin = await login(t.app, org.emails.admin);
  await t.db
    .insertInto('people')
    .values([
      buildPerson({
        organization_id: org.id,
        first_name: 'Göran',
        email: 'goran@example.org',
        city: 'Huddinge',
        is_member: true,
      }),
      buildPerson({
        organization_id: org.id,
        first_name: 'Lena',
        email: 'lena@example.org',
        city: 'Flemingsberg',
      }),
    ])
    .execute();
});
afterAll(() => t.close());

const file = (...lines: string[]) => ({
  filename: 'register.csv',
  contentBase64: Buffer.from(lines.join('\r\n') + '\r\n', 'utf8').toString('base64'),
});

const byEmail = (email: string) =>
  t.db
    .selectFrom('people')
    .select([
      'id',
      'city',
      'is_member',
      sql<string[]>`array(select t.name from person_tags pt join tags t on t.id = pt.tag_id
        where pt.person_id = people.id order by t.name)`.as('tags'),
    ])
    .where('organization_id', '=', org.id)
    .where('email', '=', email)
    .executeTakeFirst();

const undo = (id: string, session = admin) =>
  t.app.inject({
    method: 'POST',
    url: `/api/people/imports/${id}/undo`,
    headers: session.headers,
  });

describe('undoing an import', () => {
  it('removes whom it created unless used since, and sets back what it changed', async () => {
    const job = await importOverHttp(
      t.app,
      admin,
      file(
        'Namn;E-post;Ort;Taggar',
        'Göran Ek;goran@example.org;Tumba;Valstuga',
        'Nina Ny;nina@example.org;Tumba;',
        'Olle Ny;olle@example.org;Tumba;',
      ),
    );
    expect(job.summary).toMatchObject({ created: 2, updated: 1 });
    const importId = job.summary!.importId!;
    expect(await byEmail('goran@example.org')).toMatchObject({ city: 'Tumba', tags: ['Valstuga'] });
    // Olle has been given a note since: he is in use and stays.
    const olle = (await byEmail('olle@example.org'))!;
    await t.db
      .insertInto('person_notes')
      .values({ organization_id: org.id, person_id: olle.id, body: 'Vill dela flygblad.' })
      .execute();

    const organizer = await login(t.app, org.emails.organizer);
    expect((await undo(importId, organizer)).statusCode).toBe(403);
    const response = await undo(importId);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ removed: 1, keptCreated: 1, restored: 1, keptChanged: 0 });
    expect(await byEmail('nina@example.org')).toBeUndefined();
    expect(await byEmail('olle@example.org')).toBeDefined();
    expect(await byEmail('goran@example.org')).toMatchObject({ city: 'Huddinge', tags: [] });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'people.import_undo')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ importId, removed: 1, restored: 1 });
    // Once is enough, and nothing of the old values is kept after.
    expect((await undo(importId)).statusCode).toBe(409);
    const kept = await t.db
      .selectFrom('people_import_changes')
      .select('person_id')
      .where('import_id', '=', importId)
      .execute();
    expect(kept).toEqual([]);
  });

  it('leaves a value changed again since the import, and undoes only the latest import', async () => {
    const first = await importOverHttp(
      t.app,
      admin,
      file('Förnamn;E-post;Ort', 'Lena;lena@example.org;Tumba'),
    );
    const second = await importOverHttp(
      t.app,
      admin,
      file('Förnamn;E-post;Ort', 'Lena;lena@example.org;Visättra'),
    );
    expect((await undo(first.summary!.importId!)).statusCode).toBe(409);
    await t.db
      .updateTable('people')
      .set({ city: 'Stuvsta', updated_at: new Date() })
      .where('email', '=', 'lena@example.org')
      .execute();
    const response = await undo(second.summary!.importId!);
    expect(response.json()).toMatchObject({ restored: 0, keptChanged: 1 });
    expect(await byEmail('lena@example.org')).toMatchObject({ city: 'Stuvsta' });
  });

  it('is refused after a week', async () => {
    const job = await importOverHttp(t.app, admin, file('Namn;E-post', 'Pia Ny;pia@example.org'));
    await sql`update people_imports set created_at = now() - interval '8 days'
      where id = ${job.summary!.importId!}`.execute(t.db);
    expect((await undo(job.summary!.importId!)).statusCode).toBe(409);
    expect(await byEmail('pia@example.org')).toBeDefined();
  });
});

describe('an import without a membership column', () => {
  it('leaves members as they are, makes new people contacts unless told, and says so', async () => {
    const csv = file('Namn;E-post', 'Göran Ek;goran@example.org', 'Rut Ny;rut@example.org');
    const job = await importOverHttp(t.app, admin, { ...csv, isDryRun: true });
    expect(job.summary).toMatchObject({
      hasMembershipColumn: false,
      membershipDefaulted: 1,
      newPeopleAre: 'contacts',
      importId: null,
    });
    await importOverHttp(t.app, admin, { ...csv, newPeopleAre: 'members' });
    expect(await byEmail('goran@example.org')).toMatchObject({ is_member: true });
    expect(await byEmail('rut@example.org')).toMatchObject({ is_member: true });
  });
});
