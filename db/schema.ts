/**
 * The database's types, for Kysely: `DB`, one interface per table, and `tableColumns`. All
 * generated from the migrated database into schema.generated.ts by `npm run db:types`; import
 * them from here. Its lists of allowed values (e.g. `roleNames` with its union `RoleName`) are
 * generated into src/platform/shared/db-values.generated.ts, which web code may import too.
 */
export * from './schema.generated.ts';
