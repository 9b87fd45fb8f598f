import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/**
 * Every (table, column) whose foreign key points at people.id, read from the database: what a
 * merge moves, and what an undone import looks for before it removes someone it created.
 */
export async function listPersonReferences(db: Kysely<DB>) {
  const result = await sql<{ table_name: string; column_name: string }>`
    select kcu.table_name, kcu.column_name
      from information_schema.referential_constraints rc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = rc.constraint_name and kcu.constraint_schema = rc.constraint_schema
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = rc.unique_constraint_name
        and ccu.constraint_schema = rc.unique_constraint_schema
      where rc.constraint_schema = current_schema() and ccu.table_name = 'people'
        and ccu.column_name = 'id'`.execute(db);
  return result.rows;
}
