import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { encodeWindows1252 } from '../features/people/import/server/parse/csv-files.fixtures.ts';
import { parsePeopleFile } from '../features/people/import/server/parse/parse-people-file.ts';
import { createCustomField } from '../features/custom-fields/server/custom-fields.queries.ts';
import { seedAssociation } from '../server/testing.ts';
import {
  createCliDatabase,
  createTempDir,
  runGrasrot,
  type CliDatabase,
  type CliRun,
} from './cli-testing.ts';

// `grasrot people import` and `people export` as an operator runs them: child processes on a
// fresh database (PGlite, or a PostgreSQL schema with TEST_DATABASE_URL). The cases share the
// database and run in order. Every person is invented.

let database: CliDatabase;
let temp: ReturnType<typeof createTempDir>;
let orgId = '';
const slug = 'cli-import';

beforeAll(async () => {
  database = await createCliDatabase('people');
  temp = createTempDir('people');
  const opened = await connectDatabase(database.connectOptions);
  try {
    await migrate(opened.db);
    const org = await seedAssociation(opened.db, slug);
    orgId = org.id;
    await opened.db.updateTable('people').set({ phone: null }).execute();
  } finally {
    await opened.close();
  }
  writeFileSync(
    join(temp.dir, 'medlemmar.csv'),
    encodeWindows1252(
      [
        'Förnamn;Efternamn;E-post;Mobil;Postnr;Ort;Medlemsnr;Lokalgrupp',
        'Åsa;Öberg;Asa.Oberg@Example.com;070-174 06 70;123 45;Västerås;00117;Norra',
        'Örjan;Ärlemark;orjan@example.com;0701740671;12346;Göteborg;00118;Södra',
        ';;utan.namn@example.com;;;;;',
        'Åsa;Öberg;ASA.OBERG@EXAMPLE.COM;;;;;',
        'Émile;Ståhl;emile@example.org;;;Luleå;00120;Okänd grupp',
      ].join('\r\n') + '\r\n',
    ),
  );
}, 60_000);
afterAll(async () => {
  temp?.remove();
  await database?.remove();
});

const grasrot = (...args: string[]) => runGrasrot(args, database.env);
const file = (name: string) => join(temp.dir, name);
const repositoryRoot = resolve(import.meta.dirname, '../..');

function parseJson(run: CliRun) {
  expect(run.stderr, 'nothing on stderr').toBe('');
  expect(run.code, run.stderr).toBe(0);
  const lines = run.stdout.trimEnd().split('\n');
  expect(lines, 'one JSON document on one line').toHaveLength(1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

async function countPeople() {
  const opened = await connectDatabase(database.connectOptions);
  try {
    const people = await opened.db
      .selectFrom('people')
      .select(['first_name', 'email'])
      .where('organization_id', '=', orgId)
      .execute();
    const audit = await opened.db
      .selectFrom('audit_log')
      .select(['action', 'account_id', 'details'])
      .where('organization_id', '=', orgId)
      .orderBy('created_at')
      .execute();
    return { people, audit };
  } finally {
    await opened.close();
  }
}

const expected = {
  created: 2,
  updated: 0,
  // Åsa's second row, her e-mail in capitals: the same person, nothing new.
  skipped: 1,
  errors: [
    { line: 4, reason: 'Raden saknar namn' },
    { line: 6, reason: 'Lokalgruppen "Okänd grupp" finns inte i föreningen' },
  ],
};

// Everyone new in medlemmar.csv has a member number, so is a member.
const noDefaults = { membershipDefaulted: 0, newPeopleAre: 'contacts' };

describe('grasrot people import', () => {
  it('a dry run prints the summary and saves nothing', async () => {
    const before = await countPeople();
    const summary = parseJson(
      await grasrot(
        'people',
        'import',
        file('medlemmar.csv'),
        '--org',
        slug,
        '--dry-run',
        '--json',
      ),
    );
    expect(summary).toEqual({ ...expected, ...noDefaults, importId: null });
    expect(await countPeople()).toEqual(before);
  }, 30_000);

  it('imports a Windows-1252 semicolon file; bad rows are reported by line', async () => {
    const before = await countPeople();
    const summary = parseJson(
      await grasrot('people', 'import', file('medlemmar.csv'), '--org', slug, '--json'),
    );
    expect(summary).toEqual({ ...expected, ...noDefaults, importId: expect.any(String) });
    const after = await countPeople();
    expect(after.people.length).toBe(before.people.length + 2);
    expect(after.people).toContainEqual({ first_name: 'Åsa', email: 'asa.oberg@example.com' });
    expect(after.people).toContainEqual({ first_name: 'Örjan', email: 'orjan@example.com' });
    expect(after.audit.at(-1)).toEqual({
      action: 'people.import',
      account_id: null,
      details: {
        created: 2,
        updated: 0,
        skipped: 1,
        errors: 2,
        onMatch: 'update',
        newPeopleAre: 'contacts',
        importId: summary.importId,
        via: 'cli',
      },
    });
  }, 30_000);

  it('prints a short summary with the errors by line, and finds everyone the second time', async () => {
    const run = await grasrot('people', 'import', file('medlemmar.csv'), '--org', slug);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('0 nya / created');
    expect(run.stdout).toContain('3 överhoppade / skipped');
    expect(run.stdout).toContain('rad 4: Raden saknar namn');
  }, 30_000);

  it('fills a custom field from the column named as it', async () => {
    const opened = await connectDatabase(database.connectOptions);
    let fieldId = '';
    try {
      const field = await createCustomField(opened.db, orgId, {
        label: 'Vill ha sms',
        kind: 'yes_no',
        options: [],
      });
      fieldId = field.id;
    } finally {
      await opened.close();
    }
    writeFileSync(
      file('sms.csv'),
      'Namn;E-post;Vill ha SMS\nLina Nordgren;lina@example.com;ja\nElif Kaya;elif@example.com;kanske\n',
    );
    const summary = parseJson(
      await grasrot('people', 'import', file('sms.csv'), '--org', slug, '--json'),
    );
    expect(summary).toEqual({
      created: 1,
      updated: 0,
      skipped: 0,
      errors: [{ line: 3, reason: 'Vill ha sms: Värdet "kanske" är varken ja eller nej' }],
      // Lina: the file does not say whether she is a member.
      membershipDefaulted: 1,
      newPeopleAre: 'contacts',
      importId: expect.any(String),
    });
    const reopened = await connectDatabase(database.connectOptions);
    try {
      const lina = await reopened.db
        .selectFrom('people')
        .select('custom')
        .where('email', '=', 'lina@example.com')
        .executeTakeFirstOrThrow();
      expect(lina.custom).toEqual({ [fieldId]: true });
    } finally {
      await reopened.close();
    }
  }, 30_000);

  it('refuses an unknown association, a missing file and a bad option in one line', async () => {
    for (const args of [
      ['people', 'import', file('medlemmar.csv'), '--org', 'finns-inte'],
      ['people', 'import', file('saknas.csv'), '--org', slug],
      ['people', 'import', file('medlemmar.csv'), '--org', slug, '--on-match', 'merge'],
    ]) {
      const run = await grasrot(...args);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^grasrot: /);
    }
  }, 60_000);
});

describe('grasrot people export', () => {
  it('writes a CSV only its owner can read, with a BOM and Swedish letters intact', async () => {
    const out = file('ut.csv');
    const result = parseJson(
      await grasrot('people', 'export', '--org', slug, '--format', 'csv', '--out', out, '--json'),
    );
    const { people } = await countPeople();
    expect(result).toEqual({ file: out, count: people.length });
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.split('\r\n')[0]).toMatch(
      /^Förnamn;Efternamn;E-post;Telefon;Adress;Postnummer;Ort;Medlemsnummer;Medlem sedan;Medlem;.*;Taggar;Anteckningar;Tillagd/,
    );
    // The member number as a spreadsheet keeps it as text; our import reads it back.
    expect(text).toContain(
      'Åsa;Öberg;asa.oberg@example.com;070-174 06 70;;123 45;Västerås;="00117";',
    );
    const parsed = await parsePeopleFile(bytes, 'ut.csv');
    expect(parsed.rows.map((row) => row.values[7])).toContain('00117');
    const { audit } = await countPeople();
    expect(audit.at(-1)).toMatchObject({
      action: 'people.export',
      account_id: null,
      details: { via: 'cli', count: people.length, format: 'csv' },
    });
  }, 30_000);

  it('writes XLSX that reads back', async () => {
    const out = file('ut.xlsx');
    const run = await grasrot('people', 'export', '--org', slug, '--format', 'xlsx', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const parsed = await parsePeopleFile(readFileSync(out), 'ut.xlsx');
    expect(parsed.headers[0]).toBe('Förnamn');
    expect(parsed.rows.map((row) => row.values[0])).toContain('Örjan');
  }, 30_000);

  it('writes to standard output with --out -, the summary on stderr', async () => {
    const run = await grasrot('people', 'export', '--org', slug, '--out', '-');
    expect(run.code, run.stderr).toBe(0);
    const { people } = await countPeople();
    expect(run.stderr).toBe(`wrote ${people.length} people to standard output\n`);
    expect(run.stdout.startsWith('\uFEFFFörnamn;Efternamn;')).toBe(true);
    expect(run.stdout).toContain('Örjan;Ärlemark');
    expect(existsSync(join(repositoryRoot, '-')), 'no file named -').toBe(false);
  }, 30_000);
});
