import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';
import { BODY_LIMIT } from '../../../../server/app.ts';
import { encodeWindows1252, largeCsv } from './parse/csv-files.fixtures.ts';
import { parsePeopleFile } from './parse/parse-people-file.ts';
import { applyMapping } from './parse/apply-mapping.ts';
import { importOverHttp } from './import-jobs.fixtures.ts';
import { createCustomField } from '../../../custom-fields/server/custom-fields.queries.ts';

// Import and export over HTTP as the web app will call them: the export reads back what was
// imported. Invented people only.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'transfer');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

const swedishFile = encodeWindows1252(
  [
    'Förnamn;Efternamn;E-post;Mobil;Ort;Medlemsnr;Lokalgrupp',
    'Åsa;Öberg;Asa.Oberg@Example.com;070-174 06 50;Västerås;00117;Norra',
    'Örjan;Ärlemark;orjan@example.com;0701740651;Göteborg;00118;södra',
    ';;ingen@example.com;;;;',
    'Märta;Lindqvist-Åkesson;ASA.OBERG@example.com;;Västerås;;',
  ].join('\r\n') + '\r\n',
);

const post = (url: string, payload: object, session = organizer) =>
  t.app.inject({ method: 'POST', url, headers: session.headers, payload });

const upload = (bytes: Buffer, extra: object = {}) => ({
  filename: 'medlemmar.csv',
  contentBase64: bytes.toString('base64'),
  ...extra,
});

describe('import over HTTP', () => {
  it('previews a Windows-1252 semicolon file', async () => {
    const response = await post('/api/people/import/preview', upload(swedishFile));
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ encoding: 'windows-1252', delimiter: ';', totalRows: 4 });
    expect(preview.headers[0]).toBe('Förnamn');
    expect(preview.rows[2]).toMatchObject({
      line: 4,
      person: null,
      errors: [{ code: 'missing_name' }],
    });
  });

  it('imports it: a dry run first, then for real, with an audit entry of counts', async () => {
    const dry = await importOverHttp(t.app, organizer, upload(swedishFile, { isDryRun: true }));
    expect(dry).toMatchObject({ status: 'done', isDryRun: true });
    const real = await importOverHttp(t.app, organizer, upload(swedishFile));
    expect(real).toMatchObject({ status: 'done', isDryRun: false });
    expect(real.summary).toEqual({
      ...dry.summary,
      isDryRun: false,
      importId: expect.any(String),
    });
    // Märta's e-mail is Åsa's in other case: merged into Åsa, not a third person.
    expect(real.summary).toMatchObject({
      created: 2,
      updated: 1,
      skipped: 0,
      errors: [{ line: 4, reason: 'Raden saknar namn', code: 'missing_name' }],
    });
    const people = await t.db
      .selectFrom('people')
      .select(['first_name', 'last_name', 'email', 'local_group_id'])
      .where('organization_id', '=', org.id)
      .where('member_number', 'in', ['00117', '00118'])
      .orderBy('member_number')
      .execute();
    expect(people).toEqual([
      {
        first_name: 'Märta',
        last_name: 'Lindqvist-Åkesson',
        email: 'asa.oberg@example.com',
        local_group_id: org.groupIds[0],
      },
      {
        first_name: 'Örjan',
        last_name: 'Ärlemark',
        email: 'orjan@example.com',
        local_group_id: org.groupIds[1],
      },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['account_id', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'people.import')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toEqual({
      created: 2,
      updated: 1,
      skipped: 0,
      errors: 1,
      onMatch: 'update',
      newPeopleAre: 'contacts',
      importId: real.summary!.importId,
    });
  });

  it('accepts a file larger than the server-wide body limit', async () => {
    const big = Buffer.from(largeCsv(12_000), 'utf8');
    expect(big.length * (4 / 3)).toBeGreaterThan(BODY_LIMIT);
    const job = await importOverHttp(t.app, organizer, upload(big, { isDryRun: true }));
    expect(job.status, JSON.stringify(job.error)).toBe('done');
    // The fixture's phone numbers repeat (there are only 95 for fiction), so rows merge by phone.
    const summary = job.summary!;
    expect(summary.errors).toEqual([]);
    expect(summary.created + summary.updated + summary.skipped).toBe(12_000);
    // Only the import routes take more than the default.
    const other = await post('/api/people/export', { filler: 'x'.repeat(BODY_LIMIT) });
    expect(other.statusCode).toBe(413);
  });

  it('maps a column named as a custom field to it, and imports its values', async () => {
    const field = await createCustomField(t.db, org.id, {
      label: 'Tröjstorlek',
      kind: 'choice',
      options: ['S', 'M', 'L'],
    });
    const file = Buffer.from('Namn;E-post;Tröjstorlek\nKarin Fjällström;karin@example.com;m\n');
    const preview = await post('/api/people/import/preview', upload(file));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      suggestedMapping: { targets: ['fullName', 'email', `custom:${field.id}`] },
      customFields: [{ id: field.id, label: 'Tröjstorlek', kind: 'choice' }],
      rows: [{ person: { firstName: 'Karin', custom: { [field.id]: 'M' } }, errors: [] }],
    });
    const job = await importOverHttp(t.app, organizer, upload(file));
    expect(job.summary).toMatchObject({ created: 1, errors: [] });
    const saved = await t.db
      .selectFrom('people')
      .select('custom')
      .where('email', '=', 'karin@example.com')
      .executeTakeFirstOrThrow();
    expect(saved.custom).toEqual({ [field.id]: 'M' });
  });

  it('refuses a file it cannot read as a user error', async () => {
    const response = await post('/api/people/import', {
      filename: 'gammal.xls',
      contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).toString('base64'),
    });
    expect(response.statusCode).toBe(415);
  });
});

describe('export over HTTP', () => {
  it('writes CSV in UTF-8 with a BOM, Swedish headers and letters intact', async () => {
    // A filter is a list's: lists export it with people's writer.
    const response = await post('/api/lists/export', {
      format: 'csv',
      columns: ['firstName', 'lastName', 'email', 'phone', 'city', 'localGroup'],
      filter: {
        type: 'group',
        op: 'and',
        conditions: [{ type: 'text', field: 'memberNumber', op: 'startsWith', value: '0011' }],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ count: 2, contentType: 'text/csv; charset=utf-8' });
    expect(body.filename).toMatch(/^medlemsregister-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = Buffer.from(body.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.split('\r\n')).toEqual([
      'Förnamn;Efternamn;E-post;Telefon;Ort;Lokalgrupp',
      // Swedish order: Ä after Z.
      'Märta;Lindqvist-Åkesson;asa.oberg@example.com;070-174 06 50;Västerås;Norra',
      'Örjan;Ärlemark;orjan@example.com;070-174 06 51;Göteborg;Södra',
      '',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['account_id', 'details'])
      .where('organization_id', '=', org.id)
      .where('action', '=', 'people.export')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ format: 'csv', count: 2, listId: null });
    // The filter's shape is kept, the words searched for are not.
    expect(JSON.stringify(audit.details)).not.toContain('0011');
  });

  it('writes XLSX of a saved list that reads back as the same people', async () => {
    const list = await post('/api/lists', {
      name: 'Västerås',
      filter: {
        type: 'group',
        op: 'and',
        conditions: [{ type: 'text', field: 'city', op: 'equals', value: 'Västerås' }],
      },
    });
    expect(list.statusCode, list.body).toBe(201);
    const listId = list.json().id as string;
    const response = await post('/api/lists/export', { listId, format: 'xlsx' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.filename).toMatch(/\.xlsx$/);
    const file = await parsePeopleFile(Buffer.from(body.contentBase64, 'base64'), body.filename);
    const { people, errors } = applyMapping(file, file.suggestedMapping.targets);
    expect(errors).toEqual([]);
    expect(people.map(({ person }) => person)).toEqual([
      expect.objectContaining({
        firstName: 'Märta',
        lastName: 'Lindqvist-Åkesson',
        phone: '+46701740650',
        memberNumber: '00117',
        isMember: true,
        localGroupName: 'Norra',
      }),
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['account_id', 'details'])
      .where('action', '=', 'people.export')
      .where('organization_id', '=', org.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ listId, count: 1, format: 'xlsx' });
    expect(audit.account_id).not.toBeNull();
  });
});

describe('export of the register', () => {
  it("exports the people the register's search shows, and logs no word searched for", async () => {
    const response = await post('/api/people/export', {
      format: 'csv',
      columns: ['firstName', 'lastName'],
      q: 'märta',
    });
    expect(response.statusCode, response.body).toBe(200);
    const text = Buffer.from(response.json().contentBase64, 'base64').toString('utf8');
    expect(text.replace('\uFEFF', '').split('\r\n')).toEqual([
      'Förnamn;Efternamn',
      'Märta;Lindqvist-Åkesson',
      '',
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('organization_id', '=', org.id)
      .where('action', '=', 'people.export')
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ count: 1, search: { q: '…' } });
    expect(JSON.stringify(audit.details).toLowerCase()).not.toContain('märta');
  });
});

describe('who may import and export', () => {
  it('refuses coordinators and activists', async () => {
    for (const role of ['coordinator', 'activist'] as const) {
      const session = await login(t.app, org.emails[role]);
      for (const url of ['/api/people/import', '/api/people/import/preview']) {
        expect((await post(url, upload(swedishFile), session)).statusCode).toBe(403);
      }
      expect((await post('/api/people/export', { format: 'csv' }, session)).statusCode).toBe(403);
    }
  });
});
