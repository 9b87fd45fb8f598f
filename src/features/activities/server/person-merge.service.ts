import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { silentEvents } from '../../../platform/server/events.ts';
import { mergeSignups } from '../signups/server/signups-person-data.service.ts';

/**
 * The merge step as duplicates' merge.service.ts calls it today, until it calls every
 * module's `personData.merge` with the app's bus (activities.person-data.ts). It has no bus to
 * hand, so a place freed here tells nobody.
 */
export async function cancelSignupsTakenByMerge(
  trx: Kysely<DB>,
  organizationId: string,
  keepId: string,
  mergeId: string,
) {
  await mergeSignups(trx, { organizationId, keepId, mergeId }, silentEvents);
}
