import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../db/schema.ts';
import { createDemoAssociation } from '../../db/seed/demo.ts';
import { erasePerson } from '../features/privacy/server/erase.queries.ts';
import { mergePeople } from '../features/duplicates/server/merge.service.ts';
import { hashSecret } from '../platform/server/secrets.ts';
import type { PersonDataPart } from '../platform/server/person-data.ts';
import { createTestApp, type TestApp } from './testing.ts';

// Person-wide concerns are extension points: every module that keeps data about people gives
// its part of "my data", erasure and merging. This proves no table with a person reference is
// left out, on the demo association (plus the rows the demo does not make).

let t: TestApp;
let organizationId: string;
let parts: [string, PersonDataPart][];
let references: { table: string; column: string }[];

/** Every (table, column) with a foreign key to people(id), read from the database itself. */
async function listPersonReferences(db: Kysely<DB>) {
  const result = await sql<{ table: string; column: string }>`
    select kcu.table_name as table, kcu.column_name as column
      from information_schema.referential_constraints rc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = rc.unique_constraint_name
        and ccu.constraint_schema = rc.unique_constraint_schema
      where rc.constraint_schema = current_schema() and ccu.table_name = 'people'
        and ccu.column_name = 'id'
      order by 1, 2`.execute(db);
  return result.rows;
}

/** Every reference's rows pointing at the person, in one round trip: `table.column` → count. */
async function referencing(personId: string) {
  const counts = references.map(
    ({ table, column }) => sql`select ${`${table}.${column}`} as reference, count(*)::int as n
      from ${sql.table(table)} where ${sql.ref(column)} = ${personId}`,
  );
  const result = await sql<{ reference: string; n: number }>`${sql.join(
    counts,
    sql` union all `,
  )}`.execute(t.db);
  return Object.fromEntries(result.rows.map((row) => [row.reference, row.n]));
}

/** A person the column refers to in the demo association. */
async function someoneIn(table: string, column: string) {
  const result = await sql<{ id: string }>`select ${sql.ref(column)} as id from ${sql.table(table)}
    where organization_id = ${organizationId} and ${sql.ref(column)} in
      (select id from people where erased_at is null)
    order by 1 limit 1`.execute(t.db);
  return result.rows[0]?.id;
}

/**
 * Rows the demo does not make or a merge uses up (a decision that two records differ, a feed
 * address, consents, notes, an audit entry, an import's change), for people not yet erased or
 * merged away.
 */
async function fillGaps() {
  const people = await t.db
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('erased_at', 'is', null)
    .orderBy('id')
    .limit(2)
    .execute();
  const [first, second] = people.map((row) => row.id) as [string, string];
  const missing = async (table: string, column: string) => !(await someoneIn(table, column));
  const insert = (table: keyof DB, values: Record<string, unknown>) =>
    sql`insert into ${sql.table(table)} (${sql.join(Object.keys(values).map((key) => sql.ref(key)))})
      values (${sql.join(Object.values(values))})`.execute(t.db);
  const org = { organization_id: organizationId };
  if (await missing('distinct_people', 'first_id'))
    await insert('distinct_people', { ...org, first_id: first, second_id: second });
  if (await missing('calendar_feeds', 'person_id'))
    await insert('calendar_feeds', { ...org, person_id: first, token_hash: hashSecret(first) });
  if (await missing('consents', 'person_id'))
    await insert('consents', {
      ...org,
      person_id: second,
      purpose: 'newsletter',
      given_at: new Date(),
      source: 'formulär',
      wording: 'Jag vill få nyhetsbrevet.',
    });
  if (await missing('person_notes', 'person_id'))
    await insert('person_notes', { ...org, person_id: second, body: 'Ring efter valet.' });
  if (await missing('audit_log', 'person_id'))
    await insert('audit_log', { ...org, action: 'person.view', person_id: first });
  // A merge deletes the merged person's import changes, so the demo's few can be used up.
  if (await missing('people_import_changes', 'person_id')) {
    const batch = await t.db
      .insertInto('people_imports')
      .values({ ...org, created_count: 0, updated_count: 1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insert('people_import_changes', {
      ...org,
      import_id: batch.id,
      person_id: first,
      is_created: false,
    });
  }
}

beforeAll(async () => {
  t = await createTestApp();
  ({ organizationId } = await t.db.transaction().execute((trx) => createDemoAssociation(trx)));
  parts = [...t.app.personData.entries()];
  references = await listPersonReferences(t.db);
  await fillGaps();
});
afterAll(() => t.close());

describe('person data', () => {
  it('the fixture has rows behind every person reference', async () => {
    for (const { table, column } of references) {
      const isPopulated = Boolean(await someoneIn(table, column));
      expect({ table, column, isPopulated }).toEqual({ table, column, isPopulated: true });
    }
  });

  it('every table with a person reference belongs to exactly one module', () => {
    const owners = new Map<string, string[]>();
    for (const [module, part] of parts)
      for (const table of part.tables) owners.set(table, [...(owners.get(table) ?? []), module]);
    const tables = [...new Set(references.map((reference) => reference.table))];
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables)
      expect({ table, owners: owners.get(table) }).toMatchObject({
        table,
        owners: [expect.any(String)],
      });
  });

  it('every module says how it erases each of its tables, or why a table is kept', () => {
    for (const [module, part] of parts) {
      const unexplained = Object.keys(part.kept ?? {}).filter(
        (table) => !part.tables.includes(table),
      );
      expect({ module, unexplained }).toEqual({ module, unexplained: [] });
      if (!part.erase)
        expect({ module, kept: Object.keys(part.kept ?? {}).sort() }).toEqual({
          module,
          kept: [...part.tables].sort(),
        });
      expect({ module, hasMyData: Boolean(part.myData) || Boolean(part.notInMyData) }).toEqual({
        module,
        hasMyData: true,
      });
    }
  });

  it('"my data" has a section from every module that keeps rows about the person', async () => {
    for (const [module, part] of parts) {
      if (!part.myData) continue;
      // Someone behind each of the module's references (a contact person may have no sign-up):
      // at least one of them must find their rows in the module's sections.
      const own = references.filter((r) => part.tables.includes(r.table));
      const people = own.length
        ? await Promise.all(own.map((r) => someoneIn(r.table, r.column)))
        : [(await t.db.selectFrom('people').select('id').limit(1).executeTakeFirstOrThrow()).id];
      let filled = false;
      for (const personId of people) {
        const sections = await part.myData(t.db, { organizationId, personId: personId! });
        filled ||= Object.values(sections).some((value) =>
          Array.isArray(value) ? value.length > 0 : value !== null,
        );
      }
      expect({ module, filled }).toEqual({ module, filled: true });
    }
  });

  it('merging moves or settles every reference to the merged person', async () => {
    for (const { table, column } of references) {
      await fillGaps();
      const mergeId = await someoneIn(table, column);
      const keep = await t.db
        .insertInto('people')
        .values({ organization_id: organizationId, first_name: 'Kvar', last_name: table })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.transaction().execute((trx) =>
        mergePeople(
          trx,
          parts.map(([, part]) => part),
          { organizationId, keepId: keep.id, mergeId: mergeId!, take: [] },
          t.app.events,
        ),
      );
      const left = await referencing(mergeId!);
      expect(Object.entries(left).filter(([, n]) => n > 0)).toEqual([]);
    }
  }, 300_000); // one merge per reference, each about 2 s on PostgreSQL

  it('erasure leaves no reference to the person but in the tables kept on purpose', async () => {
    const kept = new Set(parts.flatMap(([, part]) => Object.keys(part.kept ?? {})));
    for (const { table, column } of references) {
      await fillGaps();
      const personId = await someoneIn(table, column);
      await t.db.transaction().execute((trx) =>
        erasePerson(
          trx,
          parts.map(([, part]) => part),
          { organizationId, personId: personId! },
          t.app.events,
        ),
      );
      if (!kept.has(table))
        expect({
          table,
          column,
          left: (await referencing(personId!))[`${table}.${column}`],
        }).toEqual({ table, column, left: 0 });
    }
  });
});
