import { sql, type SqlBool } from 'kysely';
import { escapeLike, type PersonCondition } from '../../../platform/server/person-condition.ts';

/** A test on one custom field's value in `people.custom`. */
export interface CustomFieldMatch {
  fieldId: string;
  /** `includes`: a multiple-choice value has this choice (or a choice value is it). */
  op: 'equals' | 'contains' | 'includes' | 'lt' | 'gt' | 'isEmpty' | 'isNotEmpty';
  value: string | number | boolean | null;
}

/** The person's value for the custom field passes the test. */
export function customFieldMatches(c: CustomFieldMatch): PersonCondition {
  return (eb) => {
    const value = sql`(p.custom -> ${c.fieldId}::text)`;
    const has = sql<SqlBool>`(p.custom ? ${c.fieldId}::text)`;
    if (c.op === 'isEmpty') return eb.not(has);
    if (c.op === 'isNotEmpty' || c.value === null) return has;
    const json = sql`${JSON.stringify(c.value)}::jsonb`;
    switch (c.op) {
      case 'equals':
        return eb(value, '=', json);
      case 'includes':
        return sql<SqlBool>`coalesce(${value} ? ${String(c.value)}, false)`;
      case 'contains':
        return eb(
          sql`lower(p.custom ->> ${c.fieldId}::text)`,
          'like',
          `%${escapeLike(String(c.value).toLowerCase())}%`,
        );
      // jsonb orders numbers as numbers and ISO dates as text: both compare as people expect.
      case 'lt':
        return eb.and([has, eb(value, '<', json)]);
      case 'gt':
        return eb.and([has, eb(value, '>', json)]);
    }
  };
}
