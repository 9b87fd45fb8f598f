import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { DB } from '../../../db/schema.ts';

// Conditions on a person as an extension point: each feature builds the conditions on its own
// tables (tags, sign-ups, custom fields, the person's own columns) and a consumer such as a
// saved list composes them without knowing those tables.

/** An expression builder over `people as p`, the one table every condition speaks of. */
export type PersonExpressions = ExpressionBuilder<{ p: DB['people'] }, 'p'>;

/** A condition on `people as p`, for a query's `.where(...)`. */
export type PersonCondition = (eb: PersonExpressions) => Expression<SqlBool>;

/** Escapes LIKE's wildcards (and its escape character) so words are matched as written. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
