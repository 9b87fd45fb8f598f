import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { ConsentPurpose } from '../../../platform/shared/db-values.generated.ts';

/*
 * Conditions on a row of `people` (by its alias in the caller's query, `p` unless told) that
 * any query can use in `.where(...)`: saved lists, and later mailings, call lists, canvassing.
 */

const column = (person: string, name: string) => sql.ref(`${person}.${name}`);

/**
 * May be contacted for `purpose`: a member (art. 9(2)(d) covers them), or a non-member with a
 * consent for it that is given and not withdrawn. Erased people never are.
 */
export function targetableFor(purpose: ConsentPurpose, person = 'p'): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${column(person, 'erased_at')} is null and (${column(person, 'is_member')}
    or exists (select 1 from consents given_consent
      where given_consent.person_id = ${column(person, 'id')}
        and given_consent.purpose = ${purpose}
        and given_consent.withdrawn_at is null
        and given_consent.given_at <= now())))`;
}

/** Has any consent (whatever its purpose) that is given and not withdrawn. */
function hasActiveConsent(person: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`exists (select 1 from consents active_consent
    where active_consent.person_id = ${column(person, 'id')}
      and active_consent.withdrawn_at is null)`;
}

/**
 * What counts as something a person did, each the latest time or null. Their last activity is
 * the latest of these and when they were added. Organizers' work on the record (edits, tags,
 * notes) does not count: it is not the person keeping in touch. A sign-up does, a booking too
 * (an organizer books someone who said they would come).
 */
export const retentionActivitySources: ((person: string) => RawBuilder<Date | null>)[] = [
  // Giving a consent, even one withdrawn since; withdrawing does not extend the time.
  (person) =>
    sql`(select max(c.given_at) from consents c where c.person_id = ${column(person, 'id')})`,
  // Logging in to Gräsrot (a contact may have an account, e.g. an activist not yet a member).
  (person) => sql`(select max(greatest(a.created_at, a.last_login_at)) from accounts a
    where a.person_id = ${column(person, 'id')})`,
  // Signing up for an activity (any sign-up, cancelled since or not).
  (person) => sql`(select max(s.created_at) from signups s
    where s.organization_id = ${column(person, 'organization_id')}
      and s.person_id = ${column(person, 'id')})`,
  // Taking part: the end of the latest shift they were marked as there.
  (person) => sql`(select max(sh.ends_at) from signups s
      join shifts sh on sh.id = s.shift_id
    where s.organization_id = ${column(person, 'organization_id')}
      and s.person_id = ${column(person, 'id')} and s.attended)`,
];

/** The latest of when the person was added and everything in `retentionActivitySources`. */
export function lastActivityAt(person = 'p'): RawBuilder<Date> {
  // greatest() skips nulls, so a source with nothing to say changes nothing.
  const parts = [
    column(person, 'created_at'),
    ...retentionActivitySources.map((source) => source(person)),
  ];
  return sql<Date>`greatest(${sql.join(parts)})`;
}

/**
 * The retention rule: a non-member, not erased, with no consent in force and no activity for
 * their association's `retention_months` (0 turns the rule off).
 */
export function isFlaggedForRetention(person = 'p'): RawBuilder<SqlBool> {
  const months = sql`(select o.retention_months from organizations o
    where o.id = ${column(person, 'organization_id')})`;
  return sql<SqlBool>`(${column(person, 'erased_at')} is null
    and not ${column(person, 'is_member')}
    and ${months} > 0
    and not ${hasActiveConsent(person)}
    and ${lastActivityAt(person)} < now() - ${months} * interval '1 month')`;
}
