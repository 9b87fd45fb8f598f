import { sql, type Expression, type SqlBool } from 'kysely';
import type { PersonExpressions } from '../../../platform/server/person-condition.ts';
import type { Condition, FilterGroup } from '../lists.contract.ts';
import { isFlaggedForRetention, targetableFor } from '../../privacy/server/targeting.queries.ts';
import { taggedWith } from '../../tags/server/tag-conditions.queries.ts';
import { customFieldMatches } from '../../custom-fields/server/custom-conditions.queries.ts';
import { participated } from '../../activities/signups/server/participation.queries.ts';
import {
  bornWithin,
  dayWithin,
  hasGender,
  hasMembershipStatus,
  inLocalGroups,
  isMember,
  textMatches,
} from '../../people/register/server/person-conditions.queries.ts';

// Lists only composes: each condition's SQL lives with the feature that owns its tables.

const TRUE = sql<SqlBool>`true`;
const FALSE = sql<SqlBool>`false`;

function condition(eb: PersonExpressions, c: Condition): Expression<SqlBool> {
  switch (c.type) {
    case 'text':
      return textMatches(c)(eb);
    case 'membership':
      return isMember(c.isMember)(eb);
    case 'membershipStatus':
      return hasMembershipStatus(c.statuses)(eb);
    case 'gender':
      return hasGender(c.genders)(eb);
    case 'localGroup':
      return inLocalGroups(c.localGroupIds, c.includeNone)(eb);
    case 'tag':
      return taggedWith(c)(eb);
    case 'date':
      return dayWithin(c)(eb);
    case 'custom':
      return customFieldMatches(c)(eb);
    case 'birthYear':
      return bornWithin(c.from, c.to)(eb);
    case 'consent':
      return targetableFor(c.purpose, 'p');
    case 'retention':
      return c.flagged ? isFlaggedForRetention('p') : eb.not(isFlaggedForRetention('p'));
    case 'participation':
      return participated(c)(eb);
  }
}

/** Compiles a filter to one SQL condition on `people as p`; values are always parameters. */
export function compileFilter(eb: PersonExpressions, group: FilterGroup): Expression<SqlBool> {
  const parts = group.conditions.map((part) =>
    part.type === 'group' ? compileFilter(eb, part) : condition(eb, part),
  );
  const combined =
    parts.length === 0
      ? group.op === 'and'
        ? TRUE
        : FALSE
      : group.op === 'and'
        ? eb.and(parts)
        : eb.or(parts);
  return group.not ? eb.not(combined) : combined;
}
