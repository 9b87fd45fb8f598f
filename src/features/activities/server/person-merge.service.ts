import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { cancelSignup } from './signup.service.ts';

/**
 * Before two records of one person are merged (their sign-ups then move to the kept one),
 * cancels the merged record's sign-ups on shifts the kept record is already signed up for:
 * one person holds one place per shift, and a place freed goes to the waiting list.
 */
export async function cancelSignupsTakenByMerge(
  trx: Kysely<DB>,
  organizationId: string,
  keepId: string,
  mergeId: string,
) {
  const doubles = await trx
    .selectFrom('signups as m')
    .innerJoin('signups as k', (join) =>
      join.onRef('k.shift_id', '=', 'm.shift_id').on('k.person_id', '=', keepId),
    )
    .select('m.id')
    .where('m.organization_id', '=', organizationId)
    .where('m.person_id', '=', mergeId)
    .where('m.status', '<>', 'cancelled')
    .where('k.status', '<>', 'cancelled')
    .execute();
  for (const { id } of doubles) {
    await cancelSignup(trx, { organizationId, signupId: id, by: 'organizer' });
  }
}
