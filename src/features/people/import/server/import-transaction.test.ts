import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, seedAssociation, type TestApp } from '../../../../server/testing.ts';
import type { TestAssociation } from '../../../../server/testing.ts';
import { importPeople, type ImportOptions } from './import.service.ts';

// The import is one transaction: a dry run leaves no trace, and a failure half-way through
// leaves nothing half-imported. Invented people only.

let t: TestApp;
let org: TestAssociation;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'transaktion');
});
afterAll(() => t.close());

const options = (overrides: Partial<ImportOptions> = {}): ImportOptions => ({
  organizationId: org.id,
  accountId: null,
  onMatch: 'update',
  isDryRun: false,
  ...overrides,
});

/** A UTF-8 file of `rows` invented people and, last, a row without a name. */
function file(rows: number, nameAt: (i: number) => string = (i) => `Person${i}`) {
  const lines = ['Förnamn;Efternamn;E-post;Medlemsnummer;Ort'];
  for (let i = 0; i < rows; i++) {
    lines.push(`${nameAt(i)};Testsson;person${i}@example.com;${9000 + i};Örebro`);
  }
  lines.push(';;utan.namn@example.com;;');
  return Buffer.from(lines.join('\n'), 'utf8');
}

const countPeople = async () =>
  (
    await t.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', org.id)
      .executeTakeFirstOrThrow()
  ).n;

const importAudits = () =>
  t.db
    .selectFrom('audit_log')
    .select(['account_id', 'details'])
    .where('organization_id', '=', org.id)
    .where('action', '=', 'people.import')
    .execute();

describe('a dry run', () => {
  it('reports what would happen and changes nothing', async () => {
    const before = await countPeople();
    const dry = await importPeople(t.db, file(30), 'a.csv', options({ isDryRun: true }));
    expect(dry).toMatchObject({ created: 30, updated: 0, skipped: 0, isDryRun: true });
    expect(dry.errors).toEqual([{ line: 32, reason: 'Raden saknar namn', code: 'missing_name' }]);
    expect(await countPeople()).toBe(before);
    expect(await importAudits()).toEqual([]);

    const real = await importPeople(t.db, file(30), 'a.csv', options());
    expect({ ...real, isDryRun: true, importId: null }).toEqual(dry);
    expect(await countPeople()).toBe(before + 30);
    expect(await importAudits()).toEqual([
      {
        account_id: null,
        details: {
          created: 30,
          updated: 0,
          skipped: 0,
          errors: 1,
          onMatch: 'update',
          newPeopleAre: 'contacts',
          importId: real.importId,
        },
      },
    ]);

    // The same file again: everyone is found, nothing is new.
    const again = await importPeople(t.db, file(30), 'a.csv', options({ isDryRun: true }));
    expect(again).toMatchObject({ created: 0, updated: 0, skipped: 30 });
  });
});

describe('a failure half-way through', () => {
  it('leaves nothing imported, not even the batches already written', async () => {
    // A rule the database enforces but the file reader cannot know: it lets the import get
    // thousands of rows in before one is refused.
    await sql`alter table people add constraint test_no_crash check (first_name <> 'Krasch')`.execute(
      t.db,
    );
    try {
      const before = await countPeople();
      const rows = 5000;
      const failing = file(rows, (i) => (i === rows - 10 ? 'Krasch' : `Ny${i}`));
      await expect(importPeople(t.db, failing, 'b.csv', options({ via: 'cli' }))).rejects.toThrow(
        /test_no_crash/,
      );
      expect(await countPeople()).toBe(before);
      expect(await importAudits()).toHaveLength(1);
      // The people updated by the failed import (person0… exist) kept their names too.
      const kept = await t.db
        .selectFrom('people')
        .select('first_name')
        .where('organization_id', '=', org.id)
        .where('email', '=', 'person0@example.com')
        .executeTakeFirstOrThrow();
      expect(kept.first_name).toBe('Person0');
    } finally {
      await sql`alter table people drop constraint test_no_crash`.execute(t.db);
    }
  });
});
