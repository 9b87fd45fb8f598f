import { sql, type SqlBool } from 'kysely';
import type { PersonCondition } from '../../../platform/server/person-condition.ts';

/** Which tags a person must carry: any one of them, or all of them. */
export interface TagMatch {
  tagIds: string[];
  match: 'any' | 'all';
}

/** Tagged with any (or all) of the tags; `tagIds` is never empty. */
export function taggedWith({ tagIds, match }: TagMatch): PersonCondition {
  return (eb) => {
    if (match === 'any') {
      // EXISTS lets the planner use a semi-join over person_tags instead of a count per person.
      return sql<SqlBool>`exists (select 1 from person_tags pt
        where pt.person_id = p.id and pt.tag_id in (${sql.join(tagIds)}))`;
    }
    const tagged = sql`(select count(distinct pt.tag_id) from person_tags pt
      where pt.person_id = p.id and pt.tag_id in (${sql.join(tagIds)}))`;
    return eb(tagged, '=', new Set(tagIds).size);
  };
}
