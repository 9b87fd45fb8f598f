import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { EventBus } from '../../../platform/server/events.ts';
import type { PersonDataPart, PersonScope } from '../../../platform/server/person-data.ts';

/**
 * Removes a person's personal data for good, inside the caller's transaction: every module that
 * keeps data about people erases its part (the record is made anonymous and kept, so that counts
 * stay right; notes, tags, consents, committee seats and the account go). Higher layers go
 * first: their part may still need what a lower one clears (activities finds guest requests by
 * the person's e-mail before the record loses it). Returns when.
 */
export async function erasePerson(
  db: Kysely<DB>,
  parts: PersonDataPart[],
  scope: PersonScope,
  events: EventBus,
) {
  const at = new Date();
  for (const part of [...parts].reverse()) await part.erase?.(db, { ...scope, at }, events);
  return at;
}
