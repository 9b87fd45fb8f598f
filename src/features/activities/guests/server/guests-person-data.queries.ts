import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { PersonScope } from '../../../../platform/server/person-data.ts';

// The guests capability's part in "my data" and erasure. A request not yet confirmed belongs to
// no one: it is the person's if it was made with one of their e-mail addresses.

type Db = Kysely<DB>;

/** The person's addresses (record and account), lower-cased, as a subquery. */
function addressesOf(personId: string) {
  return sql`(select lower(email) from people where id = ${personId} and email is not null
    union select lower(email) from accounts where person_id = ${personId})`;
}

function guestRequests(db: Db, organizationId: string) {
  return db
    .selectFrom('guest_signups as g')
    .innerJoin('shifts as sh', 'sh.id', 'g.shift_id')
    .innerJoin('activities as a', 'a.id', 'sh.activity_id')
    .select(['a.title as activity', 'sh.starts_at', 'g.created_at'])
    .where('g.organization_id', '=', organizationId);
}

/** What is kept of the person's confirmed guest sign-ups, and their pending requests. */
export async function listGuestSignupsOf(db: Db, { organizationId, personId }: PersonScope) {
  const confirmed = await guestRequests(db, organizationId)
    .innerJoin('signups as su', 'su.id', 'g.signup_id')
    .select(['g.confirmed_at', 'g.consent_wording'])
    .where('su.person_id', '=', personId)
    .where('g.confirmed_at', 'is not', null)
    .$narrowType<{ confirmed_at: Date }>()
    .orderBy('g.created_at', 'desc')
    .execute();
  const pending = await guestRequests(db, organizationId)
    .select(['g.expires_at', 'g.first_name', 'g.last_name', 'g.email', 'g.phone'])
    .where('g.confirmed_at', 'is', null)
    .where('g.expires_at', '>', new Date())
    .where(sql`lower(g.email)`, 'in', addressesOf(personId))
    .$narrowType<{ first_name: string; last_name: string; email: string }>()
    .orderBy('g.created_at', 'desc')
    .execute();
  return {
    guestSignups: confirmed.map((row) => ({
      activity: row.activity,
      shiftStartsAt: row.starts_at.toISOString(),
      requestedAt: row.created_at.toISOString(),
      confirmedAt: row.confirmed_at.toISOString(),
      consentWording: row.consent_wording,
    })),
    pendingGuestSignups: pending.map((row) => ({
      activity: row.activity,
      shiftStartsAt: row.starts_at.toISOString(),
      requestedAt: row.created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
    })),
  };
}

/**
 * Erasure: requests made with the person's addresses go (they hold a name, an address, a phone
 * number), and so does the record of the consent given when a request was confirmed — the
 * sign-up it made stays, as the anonymous record's. Reads the addresses, so it runs before the
 * person's record and account are cleared.
 */
export async function eraseGuestSignups(trx: Db, { organizationId, personId }: PersonScope) {
  await trx
    .deleteFrom('guest_signups')
    .where('organization_id', '=', organizationId)
    .where('confirmed_at', 'is', null)
    .where(sql`lower(email)`, 'in', addressesOf(personId))
    .execute();
  await trx
    .deleteFrom('guest_signups')
    .where('organization_id', '=', organizationId)
    .where('signup_id', 'in', (eb) =>
      eb.selectFrom('signups').select('id').where('person_id', '=', personId),
    )
    .execute();
}
