import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { PersonDataPart, PersonScope } from '../../../platform/server/person-data.ts';

/**
 * Removes a person's personal data for good, inside the caller's transaction: every module that
 * keeps data about people erases its part (the record is made anonymous and kept, so that counts
 * stay right; notes, tags, consents, committee seats and the account go). Returns when.
 */
export async function erasePerson(db: Kysely<DB>, parts: PersonDataPart[], scope: PersonScope) {
  const at = new Date();
  for (const part of parts) await part.erase?.(db, { ...scope, at });
  return at;
}
