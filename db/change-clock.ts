import { forwardSavepoints, unwrap, withDriver } from './wrapped-driver.ts';
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  OperationNode,
  QueryResult,
  TransactionSettings,
} from 'kysely';

/**
 * Counts the writes this process makes, per table, so that in-process caches (sessions, "Min
 * sida") can tell whether what they hold may be out of date without asking the database.
 *
 * A cache notes `versionOf(tables)` before it reads and keeps the answer while the version is
 * unchanged. Every write statement moves the version of its table after it runs, and a
 * transaction that wrote moves it again after COMMIT, so an answer read while another
 * transaction was still open is never kept past that commit.
 *
 * It sees only this process's writes: where several processes share one PostgreSQL database,
 * caches must also expire by time (they do: see their TTLs).
 */
export class ChangeClock {
  private readonly counters = new Map<string, number>();
  /** Writes whose tables are unknown (raw SQL) move every version. */
  private unknown = 0;

  /** Records a write to these tables; `table` and `table:operation` keys alike. */
  tick(keys: readonly string[] | 'unknown') {
    if (keys === 'unknown') {
      this.unknown++;
      return;
    }
    for (const key of keys) this.counters.set(key, (this.counters.get(key) ?? 0) + 1);
  }

  /** A number that changes whenever any of these tables (or `table:insert|update|delete`) is written. */
  versionOf(keys: readonly string[]): number {
    let sum = this.unknown;
    for (const key of keys) sum += this.counters.get(key) ?? 0;
    return sum;
  }
}

// Statements that never change rows: transaction control, reads and session settings.
const READ_ONLY_RAW =
  /^\s*(select|show|begin|start|commit|end|rollback|savepoint|release|set|reset|explain|analyze|lock|values|fetch|declare|close|listen|unlisten|notify|discard)\b/i;

function tableOf(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.kind === 'TableNode') return (node as unknown as TableNodeShape).table.identifier.name;
  if (node.kind === 'AliasNode') return tableOf((node as unknown as { node: OperationNode }).node);
  return undefined;
}

interface TableNodeShape {
  table: { identifier: { name: string } };
}

/** The keys a statement writes, `[]` for a read, or 'unknown' when it cannot tell. */
export function writtenKeys(query: OperationNode, sqlText: string): string[] | 'unknown' {
  const node = query as OperationNode & Record<string, unknown>;
  const keys = (operation: string, tables: (string | undefined)[]) => {
    const names = tables.filter((name): name is string => name !== undefined);
    if (names.length === 0) return 'unknown' as const;
    return names.flatMap((name) => [name, `${name}:${operation}`]);
  };
  let own: string[] | 'unknown' = [];
  switch (node.kind) {
    case 'SelectQueryNode':
      break;
    case 'InsertQueryNode':
      own = keys('insert', [tableOf(node.into as OperationNode)]);
      break;
    case 'UpdateQueryNode':
      own = keys('update', [tableOf(node.table as OperationNode)]);
      break;
    case 'DeleteQueryNode':
      own = keys(
        'delete',
        ((node.from as { froms: OperationNode[] } | undefined)?.froms ?? []).map(tableOf),
      );
      break;
    case 'MergeQueryNode':
      own = keys('insert', [tableOf(node.into as OperationNode)]);
      if (own !== 'unknown')
        own = [...own, ...keys('update', [tableOf(node.into as OperationNode)])];
      break;
    case 'RawNode':
      return READ_ONLY_RAW.test(sqlText) ? [] : 'unknown';
    default:
      // Schema changes and anything else: assume everything moved.
      return 'unknown';
  }
  // A common table expression may write too (`with moved as (update …) select …`).
  const ctes = (node.with as { expressions: { expression: OperationNode }[] } | undefined)
    ?.expressions;
  for (const cte of ctes ?? []) {
    const inner = writtenKeys(cte.expression, '');
    if (inner === 'unknown' || own === 'unknown') return 'unknown';
    own = [...own, ...inner];
  }
  return own;
}

class WatchedConnection implements DatabaseConnection {
  inTransaction = false;
  private pending: string[] | 'unknown' | null = null;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly clock: ChangeClock,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const keys = writtenKeys(compiled.query, compiled.sql);
    try {
      return await this.inner.executeQuery<R>(compiled);
    } finally {
      if (keys === 'unknown' || keys.length > 0) {
        this.clock.tick(keys);
        if (this.inTransaction) this.remember(keys);
      }
    }
  }

  streamQuery<R>(
    compiled: CompiledQuery,
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiled, chunkSize);
  }

  private remember(keys: string[] | 'unknown') {
    if (keys === 'unknown' || this.pending === 'unknown') this.pending = 'unknown';
    else this.pending = [...(this.pending ?? []), ...keys];
  }

  /** After COMMIT or ROLLBACK: what the transaction wrote moves once more. */
  settle() {
    if (this.pending)
      this.clock.tick(this.pending === 'unknown' ? 'unknown' : [...new Set(this.pending)]);
    this.pending = null;
    this.inTransaction = false;
  }
}

class WatchedDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly clock: ChangeClock,
  ) {}

  init() {
    return this.inner.init();
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    return new WatchedConnection(await this.inner.acquireConnection(), this.clock);
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    await this.inner.beginTransaction(unwrap(connection), settings);
    (connection as WatchedConnection).inTransaction = true;
  }
  async commitTransaction(connection: DatabaseConnection) {
    try {
      await this.inner.commitTransaction(unwrap(connection));
    } finally {
      (connection as WatchedConnection).settle();
    }
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    try {
      await this.inner.rollbackTransaction(unwrap(connection));
    } finally {
      (connection as WatchedConnection).settle();
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

/** The same dialect, with every statement's writes counted on `clock`. */
export function watchChanges(dialect: Dialect, clock: ChangeClock): Dialect {
  return withDriver(dialect, (driver) => new WatchedDriver(driver, clock));
}
