import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';

// Capacity is exact. Every change to who holds a place on a shift runs in one transaction that
// first locks the shift's row (SELECT … FOR UPDATE): sign-ups on one shift queue behind each
// other, so the count of confirmed places read under the lock is the truth. On PostgreSQL the
// lock serializes concurrent requests from the pool; PGlite has one connection and serializes
// whole transactions anyway. The places of a shift are the shift's own business (a larger
// capacity fills them here); who takes and leaves them is the signups capability's.

type Db = Kysely<DB>;

/** Runs `work` in the caller's transaction, or in a new one. */
export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

/** The shift's row, locked until the transaction ends. */
export async function lockShift(trx: Db, organizationId: string, shiftId: string) {
  const shift = await trx
    .selectFrom('shifts')
    .select(['id', 'activity_id', 'capacity', 'starts_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', shiftId)
    .forUpdate()
    .executeTakeFirst();
  if (!shift) throw new AppError('not_found', 'No such shift');
  return shift;
}

export async function countConfirmed(trx: Db, shiftId: string) {
  const row = await trx
    .selectFrom('signups')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('shift_id', '=', shiftId)
    .where('status', '=', 'confirmed')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function hasRoom(capacity: number | null, confirmed: number) {
  return capacity === null || confirmed < capacity;
}

/** Moves people up from the waiting list, first come first served, while there is room. */
export async function fillFromWaitingList(
  trx: Db,
  events: EventBus,
  organizationId: string,
  shift: { id: string; capacity: number | null },
) {
  const free =
    shift.capacity === null ? null : shift.capacity - (await countConfirmed(trx, shift.id));
  if (free !== null && free <= 0) return [];
  let query = trx
    .selectFrom('signups')
    .select('id')
    .where('shift_id', '=', shift.id)
    .where('status', '=', 'waiting')
    .orderBy('waiting_since')
    .orderBy('id');
  if (free !== null) query = query.limit(free);
  const promoted = (await query.execute()).map((row) => row.id);
  if (promoted.length === 0) return [];
  await trx
    .updateTable('signups')
    .set({ status: 'confirmed', waiting_since: null, updated_at: new Date() })
    .where('id', 'in', promoted)
    .execute();
  for (const signupId of promoted) {
    await events.emit(trx, organizationId, 'activities.signupChanged', {
      kind: 'promoted',
      signupId,
    });
  }
  return promoted;
}

/** Changes a shift's capacity under its lock; a larger one promotes from the waiting list. */
export async function setShiftCapacity(
  trx: Db,
  events: EventBus,
  organizationId: string,
  shiftId: string,
  capacity: number | null,
) {
  const shift = await lockShift(trx, organizationId, shiftId);
  await trx
    .updateTable('shifts')
    .set({ capacity, updated_at: new Date() })
    .where('id', '=', shift.id)
    .execute();
  // A smaller capacity keeps everyone confirmed; only new sign-ups wait.
  return fillFromWaitingList(trx, events, organizationId, { id: shift.id, capacity });
}
