import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import {
  countConfirmed,
  fillFromWaitingList,
  hasRoom,
  inTransaction,
  lockShift,
} from '../../schedule/server/shift-places.service.ts';
import type { SignupSource } from '../../../../platform/shared/db-values.generated.ts';

// Who takes and leaves a place, under the shift's lock (see shift-places.service.ts for why
// capacity is exact). The partial unique index (one live sign-up per person and shift) backs
// the "already signed up" check. Every change is told on `events` inside its transaction.

type Db = Kysely<DB>;

/** Refuses an activist's own change once the organizer's cutoff before the shift has passed. */
export function assertBeforeCutoff(startsAt: Date, cutoffMinutes: number, now = new Date()) {
  if (now.getTime() > startsAt.getTime() - cutoffMinutes * 60_000) {
    throw new AppError('conflict', 'Too late to change this sign-up yourself; ask the organizer', {
      errors: [{ path: 'shift', code: 'cutoff_passed', message: 'The cutoff has passed' }],
    });
  }
}

export interface NewSignup {
  organizationId: string;
  shiftId: string;
  personId: string;
  source: SignupSource;
  bookedBy?: string | null;
  /** Where the change is told (the app's bus; `silentEvents` to tell no one). */
  events: EventBus;
}

/**
 * Signs a person up: confirmed while there is room, else on the waiting list. A person already
 * signed up keeps the sign-up they have (`isNew` false).
 */
export async function signUp(db: Db, input: NewSignup) {
  return inTransaction(db, async (trx) => {
    const shift = await lockShift(trx, input.organizationId, input.shiftId);
    const existing = await trx
      .selectFrom('signups')
      .select(['id', 'status'])
      .where('shift_id', '=', shift.id)
      .where('person_id', '=', input.personId)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst();
    if (existing) return { id: existing.id, status: existing.status, isNew: false };
    const status = hasRoom(shift.capacity, await countConfirmed(trx, shift.id))
      ? ('confirmed' as const)
      : ('waiting' as const);
    const row = await trx
      .insertInto('signups')
      .values({
        organization_id: input.organizationId,
        shift_id: shift.id,
        person_id: input.personId,
        status,
        // The moment the lock was held, not the transaction's start: the queue's true order.
        waiting_since: status === 'waiting' ? sql<Date>`clock_timestamp()` : null,
        source: input.source,
        booked_by: input.bookedBy ?? null,
      })
      .returning(['id', 'status'])
      .executeTakeFirstOrThrow();
    await input.events.emit(trx, input.organizationId, 'activities.signupChanged', {
      kind: 'created',
      signupId: row.id,
      status,
    });
    return { id: row.id, status, isNew: true };
  });
}

/** The live sign-up, re-read under its shift's lock. */
async function lockSignup(trx: Db, organizationId: string, signupId: string) {
  const found = await trx
    .selectFrom('signups')
    .select('shift_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', signupId)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'No such sign-up');
  const shift = await lockShift(trx, organizationId, found.shift_id);
  const signup = await trx
    .selectFrom('signups')
    .select(['id', 'status', 'person_id', 'shift_id'])
    .where('id', '=', signupId)
    .executeTakeFirstOrThrow();
  // Moved elsewhere between the two reads: the caller may try again.
  if (signup.shift_id !== shift.id) throw new AppError('conflict', 'The sign-up just moved');
  if (signup.status === 'cancelled') throw new AppError('not_found', 'No such sign-up');
  return { signup, shift };
}

/**
 * Cancels a sign-up. A confirmed place that frees up goes to the first on the waiting list.
 * `by: 'self'` is held to the cutoff (the caller checks it against the activity's setting).
 */
export async function cancelSignup(
  db: Db,
  input: {
    organizationId: string;
    signupId: string;
    by: 'self' | 'organizer';
    events: EventBus;
  },
) {
  return inTransaction(db, async (trx) => {
    const { signup, shift } = await lockSignup(trx, input.organizationId, input.signupId);
    const now = new Date();
    await trx
      .updateTable('signups')
      .set({ status: 'cancelled', waiting_since: null, cancelled_at: now, updated_at: now })
      .where('id', '=', signup.id)
      .execute();
    await input.events.emit(trx, input.organizationId, 'activities.signupChanged', {
      kind: 'cancelled',
      signupId: signup.id,
      by: input.by,
    });
    const promoted =
      signup.status === 'confirmed'
        ? await fillFromWaitingList(trx, input.events, input.organizationId, shift)
        : [];
    return { shiftId: shift.id, activityId: shift.activity_id, promoted };
  });
}

/** The person's live sign-up on a shift, or null. */
export async function findLiveSignup(db: Db, shiftId: string, personId: string) {
  return (
    (await db
      .selectFrom('signups')
      .select(['id', 'status'])
      .where('shift_id', '=', shiftId)
      .where('person_id', '=', personId)
      .where('status', '<>', 'cancelled')
      .executeTakeFirst()) ?? null
  );
}

/**
 * Moves a sign-up to another shift of the same activity: confirmed there if there is room,
 * else last on its waiting list; the place it leaves goes to the old shift's waiting list.
 */
export async function moveSignup(
  db: Db,
  input: { organizationId: string; signupId: string; toShiftId: string; events: EventBus },
) {
  return inTransaction(db, async (trx) => {
    const found = await trx
      .selectFrom('signups')
      .select('shift_id')
      .where('organization_id', '=', input.organizationId)
      .where('id', '=', input.signupId)
      .executeTakeFirst();
    if (!found) throw new AppError('not_found', 'No such sign-up');
    if (found.shift_id === input.toShiftId) {
      throw new AppError('conflict', 'The sign-up is already on that shift');
    }
    // Both shifts locked in one order, so two moves in opposite directions cannot deadlock.
    const [first, second] = [found.shift_id, input.toShiftId].sort();
    const locked = [
      await lockShift(trx, input.organizationId, first!),
      await lockShift(trx, input.organizationId, second!),
    ];
    const from = locked.find((shift) => shift.id === found.shift_id)!;
    const to = locked.find((shift) => shift.id === input.toShiftId)!;
    if (from.activity_id !== to.activity_id) {
      throw new AppError('validation', 'Move only between shifts of the same activity', {
        errors: [{ path: 'body.shiftId', code: 'other_activity', message: 'Another activity' }],
      });
    }
    const signup = await trx
      .selectFrom('signups')
      .select(['id', 'status', 'person_id', 'shift_id'])
      .where('id', '=', input.signupId)
      .executeTakeFirstOrThrow();
    if (signup.status === 'cancelled' || signup.shift_id !== from.id) {
      throw new AppError('not_found', 'No such sign-up');
    }
    if (await findLiveSignup(trx, to.id, signup.person_id)) {
      throw new AppError('conflict', 'The person is already signed up for that shift');
    }
    const status = hasRoom(to.capacity, await countConfirmed(trx, to.id))
      ? ('confirmed' as const)
      : ('waiting' as const);
    await trx
      .updateTable('signups')
      .set({
        shift_id: to.id,
        status,
        waiting_since: status === 'waiting' ? sql<Date>`clock_timestamp()` : null,
        updated_at: new Date(),
      })
      .where('id', '=', signup.id)
      .execute();
    await input.events.emit(trx, input.organizationId, 'activities.signupChanged', {
      kind: 'moved',
      signupId: signup.id,
      fromShiftId: from.id,
      status,
    });
    if (signup.status === 'confirmed') {
      await fillFromWaitingList(trx, input.events, input.organizationId, from);
    }
    return { id: signup.id, status };
  });
}
