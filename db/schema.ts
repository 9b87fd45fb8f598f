/**
 * The database's types, for Kysely, and its lists of allowed values: `DB`, one interface per
 * table, and e.g. `roleNames` with its union `RoleName`. All generated from the migrated
 * database into schema.generated.ts by `npm run db:types`; import them from here.
 */
export * from './schema.generated.ts';
