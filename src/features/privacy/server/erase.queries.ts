import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { invalidate, personKey } from '../../../platform/server/invalidation.ts';

/**
 * Removes a person's personal data for good: name, contact details, notes (the record's and
 * the timeline's), custom values, tags, consents, committee seats and their account. The row itself stays, anonymous, with
 * membership and local group, so that counts (members per group, attendance) stay right.
 * Run inside a transaction.
 */
export async function erasePerson(db: Kysely<DB>, organizationId: string, personId: string) {
  const erasedAt = new Date();
  await db
    .updateTable('people')
    .set({
      first_name: 'Borttagen',
      last_name: 'person',
      email: null,
      phone: null,
      address: null,
      postcode: null,
      city: null,
      gender: null,
      birth_year: null,
      member_number: null,
      member_since: null,
      notes: '',
      custom: '{}',
      erased_at: erasedAt,
      updated_at: erasedAt,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .execute();
  const byPerson = { organization_id: organizationId, person_id: personId };
  const tables = [
    'person_tags',
    'consents',
    'person_notes',
    'committee_members',
    'accounts',
  ] as const;
  for (const table of tables) {
    await db
      .deleteFrom(table)
      .where('organization_id', '=', byPerson.organization_id)
      .where('person_id', '=', byPerson.person_id)
      .execute();
  }
  await db
    .updateTable('local_groups')
    .set({ coordinator_id: null })
    .where('organization_id', '=', organizationId)
    .where('coordinator_id', '=', personId)
    .execute();
  await invalidate(db, personKey(personId));
  return erasedAt;
}
