import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import type { Database } from './connect.ts';

let database: Database;
let organizationId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  const org = await database.db
    .insertInto('organizations')
    .values({ kind: 'association', slug: 'klocka', name: 'Klockföreningen' })
    .returning('id')
    .executeTakeFirstOrThrow();
  organizationId = org.id;
});
afterAll(() => database.close());

/** Runs `action` and says which of these keys' versions it moved. */
async function moved(keys: string[], action: () => Promise<unknown>) {
  const before = keys.map((key) => database.changes.versionOf([key]));
  await action();
  return keys.filter((key, index) => database.changes.versionOf([key]) !== before[index]);
}

describe('the change clock', () => {
  const keys = ['local_groups', 'local_groups:insert', 'local_groups:update', 'tags', 'sessions'];

  it('moves the tables a statement writes, by operation, and nothing for reads', async () => {
    const { db } = database;
    let groupId = '';
    expect(
      await moved(keys, async () => {
        const row = await db
          .insertInto('local_groups')
          .values({ organization_id: organizationId, name: 'Grupp' })
          .returning('id')
          .executeTakeFirstOrThrow();
        groupId = row.id;
      }),
    ).toEqual(['local_groups', 'local_groups:insert']);
    expect(
      await moved(keys, () =>
        db
          .updateTable('local_groups as g')
          .set({ name: 'Ny' })
          .where('g.id', '=', groupId)
          .execute(),
      ),
    ).toEqual(['local_groups', 'local_groups:update']);
    expect(
      await moved([...keys, 'local_groups:delete'], () =>
        db.deleteFrom('local_groups').where('id', '=', groupId).execute(),
      ),
    ).toEqual(['local_groups', 'local_groups:delete']);
    expect(await moved(keys, () => db.selectFrom('local_groups').selectAll().execute())).toEqual(
      [],
    );
    expect(await moved(keys, () => sql`select 1`.execute(db))).toEqual([]);
  });

  it('moves every table for raw SQL that may write', async () => {
    expect(
      await moved(keys, () =>
        sql`update local_groups set name = name where false`.execute(database.db),
      ),
    ).toEqual(keys);
  });

  it('moves again when a transaction that wrote commits, and when it rolls back', async () => {
    const { db } = database;
    let duringTransaction = 0;
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('local_groups')
        .values({ organization_id: organizationId, name: 'I transaktion' })
        .execute();
      duringTransaction = database.changes.versionOf(['local_groups']);
    });
    expect(database.changes.versionOf(['local_groups'])).toBeGreaterThan(duringTransaction);

    await expect(
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('local_groups')
          .values({ organization_id: organizationId, name: 'Ångrad' })
          .execute();
        duringTransaction = database.changes.versionOf(['local_groups']);
        throw new Error('ångra');
      }),
    ).rejects.toThrow('ångra');
    expect(database.changes.versionOf(['local_groups'])).toBeGreaterThan(duringTransaction);
    // A read-only transaction moves nothing.
    expect(
      await moved(keys, () =>
        db.transaction().execute((trx) => trx.selectFrom('tags').selectAll().execute()),
      ),
    ).toEqual([]);
  });

  it('sees writes made in a common table expression', async () => {
    const { db } = database;
    expect(
      await moved(keys, () =>
        db
          .with('renamed', (q) =>
            q
              .updateTable('local_groups')
              .set({ name: 'CTE' })
              .where('name', '=', 'Ingen')
              .returning('id'),
          )
          .selectFrom('renamed')
          .selectAll()
          .execute(),
      ),
    ).toEqual(['local_groups', 'local_groups:update']);
  });
});
