import { sql, type Kysely } from 'kysely';

/** A column as the catalog of the migrated database describes it. */
export interface CatalogColumn {
  table: string;
  name: string;
  /** As `format_type` writes it: `text`, `timestamp with time zone`, `integer[]` … */
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** A generated column, or an identity `generated always`: the database alone writes it. */
  generatedAlways: boolean;
  comment: string | null;
  /** The values a PostgreSQL enum type or a `check (col in (...))` allows, in their order. */
  values: string[] | null;
}

/**
 * A check constraint on one column that allows a list of values, as PostgreSQL prints
 * `check (kind in ('a', 'b'))`: `CHECK ((kind = ANY (ARRAY['a'::text, 'b'::text])))`.
 */
const valueListCheck =
  /^CHECK \(\(([a-z_][a-z0-9_]*) = ANY \(\(?ARRAY\[(.*)\]\)?(::[a-z ]+\[\])?\)\)\)$/;
const listedValue = /'((?:[^']|'')*)'::[a-z ]+(, |$)/y;

/** The values of a check constraint if it is a value list on its own column, else null. */
export function parseValueList(definition: string, column: string): string[] | null {
  const match = valueListCheck.exec(definition);
  if (!match || match[1] !== column) return null;
  const items = match[2]!;
  const values: string[] = [];
  listedValue.lastIndex = 0;
  while (listedValue.lastIndex < items.length) {
    const value = listedValue.exec(items);
    if (!value) return null;
    values.push(value[1]!.replace(/''/g, "'"));
  }
  return values;
}

/** The tables of the current schema (schema_migrations aside), columns in their order. */
export async function readCatalog<T>(db: Kysely<T>): Promise<CatalogColumn[]> {
  const columns = await sql<{
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    has_default: boolean;
    generated_always: boolean;
    comment: string | null;
    enum_values: string[] | null;
  }>`
    select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
      a.attnotnull as not_null, a.atthasdef or a.attidentity <> '' as has_default,
      a.attgenerated <> '' or a.attidentity = 'a' as generated_always,
      col_description(c.oid, a.attnum) as comment,
      (select array_agg(e.enumlabel::text order by e.enumsortorder)
        from pg_enum e where e.enumtypid = a.atttypid) as enum_values
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = current_schema() and c.relkind in ('r', 'p')
      and c.relname <> 'schema_migrations'
    order by c.relname, a.attnum`.execute(db);
  const checks = await sql<{ table: string; column: string; definition: string }>`
    select c.relname as table, a.attname as column, pg_get_constraintdef(k.oid) as definition
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.conkey[1]
    where n.nspname = current_schema() and k.contype = 'c' and cardinality(k.conkey) = 1`.execute(
    db,
  );
  const lists = new Map<string, string[]>();
  for (const check of checks.rows) {
    const values = parseValueList(check.definition, check.column);
    if (values) lists.set(`${check.table}.${check.column}`, values);
  }
  return columns.rows.map((row) => ({
    table: row.table,
    name: row.name,
    type: row.type,
    notNull: row.not_null,
    hasDefault: row.has_default,
    generatedAlways: row.generated_always,
    comment: row.comment,
    values: row.enum_values ?? lists.get(`${row.table}.${row.name}`) ?? null,
  }));
}
