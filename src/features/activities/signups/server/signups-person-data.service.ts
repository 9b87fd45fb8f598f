import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import type { MergeScope, PersonScope } from '../../../../platform/server/person-data.ts';
import { cancelSignup } from './signup.service.ts';

// The signups capability's part in "my data", erasure and merging (activities.person-data.ts
// puts the capabilities' parts together).

type Db = Kysely<DB>;

/** Every sign-up of the person, cancelled ones too, latest first. */
export async function listSignupsOf(db: Db, { organizationId, personId }: PersonScope) {
  const rows = await db
    .selectFrom('signups as su')
    .innerJoin('shifts as sh', 'sh.id', 'su.shift_id')
    .innerJoin('activities as a', 'a.id', 'sh.activity_id')
    .select([
      'a.title as activity',
      'sh.title as shift',
      'sh.starts_at',
      'sh.ends_at',
      'su.status',
      'su.source',
      'su.attended',
      'su.created_at',
      'su.cancelled_at',
    ])
    .where('su.organization_id', '=', organizationId)
    .where('su.person_id', '=', personId)
    .orderBy('su.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    activity: row.activity,
    shift: row.shift,
    shiftStartsAt: row.starts_at.toISOString(),
    shiftEndsAt: row.ends_at.toISOString(),
    status: row.status,
    source: row.source,
    attended: row.attended,
    signedUpAt: row.created_at.toISOString(),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  }));
}

/**
 * Erasure: the person's sign-ups stay as the anonymous record's history (fill and attendance
 * counts stay right), but a place held on a shift still ahead is given up, so it goes to the
 * waiting list; nobody is told of their own erasure. Bookings and reports made from the
 * person's account no longer name it.
 */
export async function eraseSignups(trx: Db, scope: PersonScope, events: EventBus) {
  const { organizationId, personId } = scope;
  const ahead = await trx
    .selectFrom('signups as su')
    .innerJoin('shifts as sh', 'sh.id', 'su.shift_id')
    .select('su.id')
    .where('su.organization_id', '=', organizationId)
    .where('su.person_id', '=', personId)
    .where('su.status', '<>', 'cancelled')
    .where('sh.starts_at', '>', new Date())
    .orderBy('sh.starts_at')
    .execute();
  for (const { id } of ahead) {
    await cancelSignup(trx, { organizationId, signupId: id, by: 'self', events });
  }
  const accounts = trx.selectFrom('accounts').select('id').where('person_id', '=', personId);
  await trx
    .updateTable('signups')
    .set({ booked_by: null })
    .where('organization_id', '=', organizationId)
    .where('booked_by', 'in', accounts)
    .execute();
  await trx
    .updateTable('activity_reports')
    .set({ reported_by: null })
    .where('organization_id', '=', organizationId)
    .where('reported_by', 'in', accounts)
    .execute();
}

/**
 * Before two records of one person are merged (their sign-ups then move to the kept one),
 * cancels the merged record's sign-ups on shifts the kept record is already signed up for:
 * one person holds one place per shift, and a place freed goes to the waiting list.
 */
export async function mergeSignups(trx: Db, scope: MergeScope, events: EventBus) {
  const { organizationId, keepId, mergeId } = scope;
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
    await cancelSignup(trx, { organizationId, signupId: id, by: 'organizer', events });
  }
}
