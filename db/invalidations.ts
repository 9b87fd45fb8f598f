import { forwardSavepoints, unwrap, withDriver } from './wrapped-driver.ts';
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';

/**
 * Cache invalidations that travel with the writes that cause them. A key (`session:<id>`,
 * `activities:<organization id>` …) is published with `pg_notify('grasrot_invalidate', keys)`
 * inside the writing transaction, by the code (`invalidate()`) or by a trigger (migration 0013);
 * PostgreSQL hands the notice to every listening process when, and only if, the transaction
 * commits. Every process listens (connect.ts); on PostgreSQL the driver below also hands the keys
 * that code publishes to this process's caches right after COMMIT, without waiting for the notice
 * to come back, and `sync()` waits for the rest. PGlite is one process on one connection: its
 * notices come back with the statement that commits them.
 */
export const INVALIDATION_CHANNEL = 'grasrot_invalidate';
/** The statement a publisher runs; parameters: the channel, then the keys joined by spaces. */
export const NOTIFY_SQL = 'select pg_notify($1, $2)';
/** Delivered when notices may have been missed (the LISTEN connection was lost): drop everything. */
export const EVERYTHING = '*';

export type InvalidationListener = (key: string) => void;

/** A key that only marks a point in the stream of notices (see `sync`); no cache hears it. */
const SYNC_PREFIX = 'sync:';

/** The keys published by committed writes, handed to every subscribed cache of this process. */
export class Invalidations {
  private readonly listeners = new Set<InvalidationListener>();
  private readonly marks = new Map<string, () => void>();
  /** Undefined: one process (PGlite), nothing to wait for; null: listening is down. */
  private sendMark: ((mark: string) => Promise<void>) | null | undefined;
  private inFlight: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  /** Returns the unsubscribe function. */
  subscribe(listener: InvalidationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Delivers a notice's payload: keys separated by spaces. */
  deliver(payload: string) {
    for (const key of payload.split(' ')) {
      if (key.startsWith(SYNC_PREFIX)) this.marks.get(key)?.();
      else if (key) for (const listener of this.listeners) listener(key);
    }
  }

  /**
   * Resolves once this process has heard every invalidation committed (by any process) before
   * the call: it sends a notice of its own and waits for it to come back, since PostgreSQL hands
   * a listener the notices in the order their transactions committed. Concurrent callers share
   * one round trip. At once with one process (PGlite); rejects when not listening, and then the
   * caller must not trust its cache.
   */
  sync(): Promise<void> {
    if (this.sendMark === undefined) return Promise.resolve();
    // A round already under way may have sent its mark before this call: wait for the next.
    if (!this.inFlight) return this.startRound();
    this.queued ??= this.inFlight
      .catch(() => {})
      .then(() => {
        this.queued = null;
        return this.startRound();
      });
    return this.queued;
  }

  /**
   * True when `sync()` has nothing to wait for: one process (PGlite), whose notices come back
   * with the statement that commits them. A caller may then skip the promise.
   */
  get isAlwaysSynced(): boolean {
    return this.sendMark === undefined;
  }

  /** Set by the listener: how to send a mark on the listening connection, or null when down. */
  setMarkSender(send: ((mark: string) => Promise<void>) | null) {
    this.sendMark = send;
  }

  private startRound(): Promise<void> {
    const send = this.sendMark;
    const round = (async () => {
      if (!send) throw new Error('not listening for invalidations');
      const mark = `${SYNC_PREFIX}${randomUUID()}`;
      const heard = new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer to a sync mark')), 2000);
        this.marks.set(mark, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      try {
        await send(mark);
        await heard;
      } finally {
        this.marks.delete(mark);
      }
    })();
    this.inFlight = round;
    void round.then(
      () => this.inFlight === round && (this.inFlight = null),
      () => this.inFlight === round && (this.inFlight = null),
    );
    return round;
  }
}

/** The payload when `compiled` publishes invalidations, otherwise undefined. */
function publishedPayload(compiled: CompiledQuery): string | undefined {
  if (compiled.sql !== NOTIFY_SQL || compiled.parameters[0] !== INVALIDATION_CHANNEL) return;
  return String(compiled.parameters[1]);
}

class WatchedConnection implements DatabaseConnection {
  inTransaction = false;
  private pending: string[] = [];

  constructor(
    readonly inner: DatabaseConnection,
    private readonly invalidations: Invalidations,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.inner.executeQuery<R>(compiled);
    const payload = publishedPayload(compiled);
    if (payload !== undefined) {
      if (this.inTransaction) this.pending.push(payload);
      else this.invalidations.deliver(payload);
    }
    return result;
  }

  streamQuery<R>(
    compiled: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiled, chunkSize);
  }

  /**
   * After COMMIT: deliver what the transaction published; after ROLLBACK: forget it. (A rollback
   * to a savepoint keeps it: dropping an entry that was still right costs one read, no more.)
   */
  settle(committed: boolean) {
    const pending = this.pending;
    this.pending = [];
    this.inTransaction = false;
    if (committed) for (const payload of pending) this.invalidations.deliver(payload);
  }
}

class WatchedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly invalidations: Invalidations,
  ) {}

  init() {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new WatchedConnection(await this.inner.acquireConnection(), this.invalidations);
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await this.inner.beginTransaction(unwrap(connection), settings);
    (connection as WatchedConnection).inTransaction = true;
  }
  async commitTransaction(connection: DatabaseConnection) {
    let committed = false;
    try {
      await this.inner.commitTransaction(unwrap(connection));
      committed = true;
    } finally {
      (connection as WatchedConnection).settle(committed);
    }
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    try {
      await this.inner.rollbackTransaction(unwrap(connection));
    } finally {
      (connection as WatchedConnection).settle(false);
    }
  }
  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(unwrap(connection));
  }
  destroy() {
    return this.inner.destroy();
  }
}

forwardSavepoints(WatchedDriver);

/** The same dialect, delivering published invalidations to `invalidations` once committed. */
export function watchInvalidations(dialect: Dialect, invalidations: Invalidations): Dialect {
  return withDriver(dialect, (driver) => new WatchedDriver(driver, invalidations));
}

/**
 * Keeps one dedicated PostgreSQL connection listening for other processes' invalidations. When it
 * is lost, it reconnects (after a second, then at most every 30 s) and delivers EVERYTHING once
 * listening again, since notices sent meanwhile are gone. Returns the function that stops it.
 */
export async function listenForInvalidations(
  connect: () => pg.Client,
  invalidations: Invalidations,
): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryMs = 1000;
  let timer: NodeJS.Timeout | undefined;

  const start = async (afterLoss: boolean) => {
    const next = connect();
    next.on('notification', (message) => {
      if (message.channel === INVALIDATION_CHANNEL) invalidations.deliver(message.payload ?? '');
    });
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    client = next;
    await next.connect();
    await next.query(`listen ${INVALIDATION_CHANNEL}`);
    // Marks go out on this very connection, which hears its own notices in commit order too.
    invalidations.setMarkSender(async (mark) => {
      await next.query(NOTIFY_SQL, [INVALIDATION_CHANNEL, mark]);
    });
    retryMs = 1000;
    if (afterLoss) invalidations.deliver(EVERYTHING);
  };
  const lost = (which: pg.Client) => {
    if (stopped || client !== which || timer) return;
    client = undefined;
    invalidations.setMarkSender(null);
    which.end().catch(() => {});
    // Until listening again, this process cannot hear others' writes: drop what it holds.
    invalidations.deliver(EVERYTHING);
    timer = setTimeout(() => {
      timer = undefined;
      start(true).catch(() => {
        retryMs = Math.min(retryMs * 2, 30_000);
        if (client) lost(client);
      });
    }, retryMs);
    timer.unref();
  };

  await start(false);
  return async () => {
    stopped = true;
    invalidations.setMarkSender(null);
    clearTimeout(timer);
    await client?.end().catch(() => {});
  };
}
