import { sql, type SqlBool } from 'kysely';
import { normalizePhone } from '../../../../platform/shared/phone.ts';
import type { Gender, MembershipStatus } from '../../../../platform/shared/db-values.generated.ts';
import { escapeLike, type PersonCondition } from '../../../../platform/server/person-condition.ts';

// Conditions on the person's own columns, for saved lists and whatever else picks people.

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

export type PersonTextField = keyof typeof textColumns;

/** A test on one text field; `value` is ignored by the emptiness tests. */
export interface TextMatch {
  field: PersonTextField;
  op: 'contains' | 'equals' | 'startsWith' | 'isEmpty' | 'isNotEmpty';
  value: string;
}

/** The text field passes the test, ignoring case; a missing value counts as empty. */
export function textMatches(c: TextMatch): PersonCondition {
  return (eb) => {
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
  };
}

export function isMember(member: boolean): PersonCondition {
  return (eb) => eb('p.is_member', '=', member);
}

/** `statuses` is never empty. */
export function hasMembershipStatus(statuses: MembershipStatus[]): PersonCondition {
  return (eb) => eb('p.membership_status', 'in', statuses);
}

/** `genders` is never empty. */
export function hasGender(genders: Gender[]): PersonCondition {
  return (eb) => eb('p.gender', 'in', genders);
}

/** In any of the local groups, or (with `includeNone`) in none; neither matches nobody. */
export function inLocalGroups(localGroupIds: string[], includeNone: boolean): PersonCondition {
  return (eb) =>
    eb.or([
      ...(localGroupIds.length ? [eb('p.local_group_id', 'in', localGroupIds)] : []),
      ...(includeNone ? [eb('p.local_group_id', 'is', null)] : []),
    ]);
}

/** A day of the person's within [from, to] (ISO dates), either end open. */
export interface DayRange {
  field: 'createdAt' | 'memberSince';
  from: string | null;
  to: string | null;
}

/** The day is known and within the range; with both ends open, everyone matches. */
export function dayWithin(c: DayRange): PersonCondition {
  return (eb) => {
    // Dates are days in Sweden: a person added at 00:30 on 1 March belongs to 1 March.
    const day =
      c.field === 'createdAt'
        ? sql<string>`(p.created_at at time zone 'Europe/Stockholm')::date`
        : sql<string>`p.member_since`;
    const parts = [
      ...(c.from ? [eb(day, '>=', sql<string>`${c.from}::date`)] : []),
      ...(c.to ? [eb(day, '<=', sql<string>`${c.to}::date`)] : []),
    ];
    return parts.length ? eb.and([eb(day, 'is not', null), ...parts]) : sql<SqlBool>`true`;
  };
}

/** The birth year is known and within [from, to], either end open. */
export function bornWithin(from: number | null, to: number | null): PersonCondition {
  return (eb) =>
    eb.and([
      ...(from !== null ? [eb('p.birth_year', '>=', from)] : []),
      ...(to !== null ? [eb('p.birth_year', '<=', to)] : []),
      eb('p.birth_year', 'is not', null),
    ]);
}
