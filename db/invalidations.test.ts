import { sql } from 'kysely';
import { EventEmitter } from 'node:events';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../src/server/testing.ts';
import { accountKey, invalidate, sessionKey } from '../src/platform/server/invalidation.ts';
import { connectDatabase, type Database } from './connect.ts';
import { INVALIDATION_CHANNEL, Invalidations, listenForInvalidations } from './invalidations.ts';

let database: Database;
const heard: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  database.invalidations.subscribe((key) => heard.push(key));
});
afterAll(() => database.close());

/**
 * What this process's caches were told of this file's keys (`account:a1`, …) while `action`
 * ran: on PostgreSQL, other test files' notices (keys with their own ids) arrive meanwhile.
 */
async function told(action: () => Promise<unknown>) {
  heard.length = 0;
  await action();
  // Another worker's file may send the same short keys: each counted once.
  return [...new Set(heard.filter((key) => /^[a-z]+:[a-z]\d+$/.test(key)))];
}

describe('invalidations published with a write', () => {
  it('reach this process at once outside a transaction', async () => {
    expect(await told(() => invalidate(database.db, sessionKey('s1'), accountKey('a1')))).toEqual([
      'session:s1',
      'account:a1',
    ]);
  });

  it('reach it after COMMIT, not before, and never after ROLLBACK', async () => {
    let during: string[] = [];
    const committed = await told(() =>
      database.db.transaction().execute(async (trx) => {
        await invalidate(trx, accountKey('a2'));
        during = [...heard];
      }),
    );
    expect(during).not.toContain('account:a2');
    // At once, without waiting for PostgreSQL to send it back to this process's LISTEN.
    expect(committed).toContain('account:a2');

    const rolledBack = await told(() =>
      database.db
        .transaction()
        .execute(async (trx) => {
          await invalidate(trx, accountKey('a3'));
          throw new Error('changed my mind');
        })
        .catch(() => new Promise((resolve) => setTimeout(resolve, 100))),
    );
    expect(rolledBack).not.toContain('account:a3');
  });

  it('are not told by other statements, raw SQL included', async () => {
    expect(
      await told(async () => {
        await sql`select pg_notify('another_channel', 'x')`.execute(database.db);
        await database.db.selectFrom('organizations').selectAll().execute();
      }),
    ).toEqual([]);
  });
});

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe.runIf(onPostgres)('invalidations between processes on PostgreSQL', () => {
  let other: Database;
  const otherHeard: string[] = [];
  beforeAll(async () => {
    // Another process's connection: the same server, its own pool and LISTEN connection.
    other = await connectDatabase({ databaseUrl: process.env.TEST_DATABASE_URL! });
    other.invalidations.subscribe((key) => otherHeard.push(key));
  });
  afterAll(() => other.close());

  const until = async (check: () => boolean) => {
    for (let waited = 0; !check(); waited += 10) {
      if (waited > 5000) throw new Error('not delivered within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('reach the other process once committed, and only then', async () => {
    otherHeard.length = 0;
    await database.db.transaction().execute(async (trx) => {
      await invalidate(trx, accountKey('p1'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Other test files on the same server send their own notices meanwhile; not this one.
      expect(otherHeard).not.toContain('account:p1');
    });
    await until(() => otherHeard.includes('account:p1'));
  });

  it('a sync has heard every invalidation committed before it was asked for', async () => {
    // Without the sync, the notice may still be on its way: a cached session would be served.
    for (let round = 0; round < 20; round++) {
      otherHeard.length = 0;
      await invalidate(database.db, accountKey(`a${round}`));
      await other.invalidations.sync();
      expect(otherHeard).toContain(`account:a${round}`);
    }
    // Concurrent callers share round trips, and every one of them is answered.
    await Promise.all(Array.from({ length: 50 }, () => other.invalidations.sync()));
  });
});

describe('the LISTEN connection', () => {
  /** Stands in for pg.Client: connects, listens, and can be made to drop. */
  class FakeClient extends EventEmitter {
    listened = false;
    async connect() {}
    async query(text: string) {
      this.listened = text === `listen ${INVALIDATION_CHANNEL}`;
    }
    async end() {}
    notify(payload: string) {
      this.emit('notification', { channel: INVALIDATION_CHANNEL, payload });
    }
  }

  it('delivers notices, and after losing the connection drops everything and listens again', async () => {
    vi.useFakeTimers();
    try {
      const invalidations = new Invalidations();
      const keys: string[] = [];
      invalidations.subscribe((key) => keys.push(key));
      const clients: FakeClient[] = [];
      const stop = await listenForInvalidations(() => {
        clients.push(new FakeClient());
        return clients.at(-1) as unknown as pg.Client;
      }, invalidations);
      expect(clients[0]!.listened).toBe(true);
      clients[0]!.notify('session:s account:a');
      expect(keys).toEqual(['session:s', 'account:a']);

      keys.length = 0;
      clients[0]!.emit('error', new Error('connection terminated'));
      expect(keys).toEqual(['*']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(clients).toHaveLength(2);
      expect(clients[1]!.listened).toBe(true);
      // Notices sent while it was away are lost: everything goes once more.
      expect(keys).toEqual(['*', '*']);
      clients[1]!.notify('person:p');
      expect(keys.at(-1)).toBe('person:p');
      // While not listening, a sync cannot vouch for the cache: it says so at once.
      clients[1]!.emit('error', new Error('connection terminated'));
      await expect(invalidations.sync()).rejects.toThrow('not listening');
      await stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
