import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { normalizePhone } from '../../../platform/shared/phone.ts';
import type { Condition, FilterGroup } from '../lists.contract.ts';
import { isFlaggedForRetention, targetableFor } from '../../privacy/server/targeting.queries.ts';

/** An expression builder over `people as p`, the only table a filter speaks of. */
export type PeopleExpressions = ExpressionBuilder<{ p: DB['people'] }, 'p'>;

const textColumns = {
  firstName: 'p.first_name',
  lastName: 'p.last_name',
  email: 'p.email',
  phone: 'p.phone',
  address: 'p.address',
  postcode: 'p.postcode',
  city: 'p.city',
  memberNumber: 'p.member_number',
  notes: 'p.notes',
} as const;

const TRUE = sql<SqlBool>`true`;
const FALSE = sql<SqlBool>`false`;

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function textCondition(eb: PeopleExpressions, c: Extract<Condition, { type: 'text' }>) {
  const column = textColumns[c.field];
  const lowered = sql<string>`lower(coalesce(${sql.ref(column)}, ''))`;
  if (c.op === 'isEmpty') return eb(lowered, '=', '');
  if (c.op === 'isNotEmpty') return eb(lowered, '!=', '');
  // A phone number matches however it is written: compare the stored E.164 form.
  const phone = c.field === 'phone' ? normalizePhone(c.value) : null;
  if (phone && c.op !== 'startsWith') {
    return c.op === 'equals'
      ? eb(column, '=', phone)
      : eb(column, 'like', `%${escapeLike(phone)}%`);
  }
  const value = escapeLike(c.value.trim().toLowerCase());
  if (c.op === 'equals') return eb(lowered, '=', c.value.trim().toLowerCase());
  if (c.op === 'startsWith') return eb(lowered, 'like', `${value}%`);
  return eb(lowered, 'like', `%${value}%`);
}

function dateCondition(eb: PeopleExpressions, c: Extract<Condition, { type: 'date' }>) {
  // Dates are days in Sweden: a person added at 00:30 on 1 March belongs to 1 March.
  const day =
    c.field === 'createdAt'
      ? sql<string>`(p.created_at at time zone 'Europe/Stockholm')::date`
      : sql<string>`p.member_since`;
  const parts = [
    ...(c.from ? [eb(day, '>=', sql<string>`${c.from}::date`)] : []),
    ...(c.to ? [eb(day, '<=', sql<string>`${c.to}::date`)] : []),
  ];
  return parts.length ? eb.and([eb(day, 'is not', null), ...parts]) : TRUE;
}

function participationCondition(c: Extract<Condition, { type: 'participation' }>) {
  // The shift's day in Sweden, as the date conditions count days.
  const day = sql`(sh.starts_at at time zone 'Europe/Stockholm')::date`;
  const parts = [
    sql`su.status in ('confirmed', 'waiting')`,
    ...(c.what === 'attended' ? [sql`su.attended = true`] : []),
    ...(c.what === 'noShow' ? [sql`su.attended = false`] : []),
    ...(c.activityTypeIds.length ? [sql`a.type_id in (${sql.join(c.activityTypeIds)})`] : []),
    ...(c.campaignId ? [sql`a.campaign_id = ${c.campaignId}`] : []),
    ...(c.from ? [sql`${day} >= ${c.from}::date`] : []),
    ...(c.to ? [sql`${day} <= ${c.to}::date`] : []),
  ];
  // Tied to the person's own association on every table, so no other association's rows count.
  return sql<SqlBool>`exists (select 1 from signups su
    join shifts sh on sh.id = su.shift_id and sh.organization_id = p.organization_id
    join activities a on a.id = sh.activity_id and a.organization_id = p.organization_id
    where su.person_id = p.id and su.organization_id = p.organization_id
      and ${sql.join(parts, sql` and `)})`;
}

function customCondition(eb: PeopleExpressions, c: Extract<Condition, { type: 'custom' }>) {
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
}

function condition(eb: PeopleExpressions, c: Condition): Expression<SqlBool> {
  switch (c.type) {
    case 'text':
      return textCondition(eb, c);
    case 'membership':
      return eb('p.is_member', '=', c.isMember);
    case 'membershipStatus':
      return eb('p.membership_status', 'in', c.statuses);
    case 'gender':
      return eb('p.gender', 'in', c.genders);
    case 'localGroup':
      return eb.or([
        ...(c.localGroupIds.length ? [eb('p.local_group_id', 'in', c.localGroupIds)] : []),
        ...(c.includeNone ? [eb('p.local_group_id', 'is', null)] : []),
      ]);
    case 'tag': {
      if (c.match === 'any') {
        // EXISTS lets the planner use a semi-join over person_tags instead of a count per person.
        return sql<SqlBool>`exists (select 1 from person_tags pt
          where pt.person_id = p.id and pt.tag_id in (${sql.join(c.tagIds)}))`;
      }
      const tagged = sql`(select count(distinct pt.tag_id) from person_tags pt
        where pt.person_id = p.id and pt.tag_id in (${sql.join(c.tagIds)}))`;
      return eb(tagged, '=', new Set(c.tagIds).size);
    }
    case 'date':
      return dateCondition(eb, c);
    case 'custom':
      return customCondition(eb, c);
    case 'birthYear':
      return eb.and([
        ...(c.from !== null ? [eb('p.birth_year', '>=', c.from)] : []),
        ...(c.to !== null ? [eb('p.birth_year', '<=', c.to)] : []),
        eb('p.birth_year', 'is not', null),
      ]);
    case 'consent':
      return targetableFor(c.purpose, 'p');
    case 'retention':
      return c.flagged ? isFlaggedForRetention('p') : eb.not(isFlaggedForRetention('p'));
    case 'participation':
      return participationCondition(c);
  }
}

/** Compiles a filter to one SQL condition on `people as p`; values are always parameters. */
export function compileFilter(eb: PeopleExpressions, group: FilterGroup): Expression<SqlBool> {
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
