import type { DatabaseConnection, Dialect, Driver, Kysely } from 'kysely';

// What a wrapper of Kysely's driver forwards unchanged (the invalidation channel's, invalidations.ts,
// watches statements this way).

/** A connection that wraps another; the wrapped one is what the inner driver knows. */
export interface WrappedConnection extends DatabaseConnection {
  readonly inner: DatabaseConnection;
}

/** The inner driver's own connection, for the calls forwarded to it. */
export const unwrap = (connection: DatabaseConnection) => (connection as WrappedConnection).inner;

/** Forwards savepoints to the wrapped driver (`inner`), when it has them. */
export function forwardSavepoints(driverClass: { prototype: object }) {
  for (const name of ['savepoint', 'rollbackToSavepoint', 'releaseSavepoint'] as const) {
    Object.defineProperty(driverClass.prototype, name, {
      value(this: { inner: Driver }, connection: DatabaseConnection, ...rest: unknown[]) {
        const method = this.inner[name] as ((...args: unknown[]) => Promise<void>) | undefined;
        if (!method) throw new Error(`the database driver has no ${name}`);
        return method.call(this.inner, unwrap(connection), ...rest);
      },
    });
  }
}

/** The same dialect with its driver wrapped by `wrap`. */
export function withDriver(dialect: Dialect, wrap: (driver: Driver) => Driver): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => wrap(dialect.createDriver()),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
