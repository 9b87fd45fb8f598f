import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { activityRoutes as routes } from '../activities.contract.ts';
import { getActivityRow } from './activities.queries.ts';
import { assertCanManage } from './activities.policy.ts';
import { setShiftCapacity } from './shift-places.service.ts';
import { findShift, getShiftSummary, insertShifts } from './shifts.queries.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { EventBus } from '../../../../platform/server/events.ts';

/**
 * A change to a shift is a change to its activity: its SEQUENCE rises, and when a shift's time
 * changed or one was removed, people signed up are told.
 */
async function touchActivity(
  trx: Kysely<DB>,
  events: EventBus,
  organizationId: string,
  activityId: string,
  isNoticeWorthy: boolean,
) {
  const row = await trx
    .updateTable('activities')
    .set({ sequence: sql<number>`sequence + 1`, updated_at: new Date() })
    .where('id', '=', activityId)
    .returning('sequence')
    .executeTakeFirstOrThrow();
  await events.emit(trx, organizationId, 'activities.changed', {
    kind: 'changed',
    activityId,
    sequence: row.sequence,
    isTimeChanged: isNoticeWorthy,
    isNoticeWorthy,
  });
}

function invalid(path: string, code: string, message: string) {
  return new AppError('validation', message, { errors: [{ path, code, message }] });
}

export function registerShiftRoutes(app: FastifyInstance) {
  const managedShift = async (auth: ReturnType<typeof getAuth>, shiftId: string) => {
    const shift = await findShift(app.db, auth.organizationId, shiftId);
    if (!shift) throw new AppError('not_found', 'No such shift');
    assertCanManage(auth, shift);
    return shift;
  };

  addRoute(app, routes.addShift, async (request) => {
    const auth = getAuth(request);
    const activity = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanManage(auth, activity);
    const [row] = await app.db.transaction().execute(async (trx) => {
      const inserted = await insertShifts(trx, auth.organizationId, activity.id, [request.body]);
      // A new shift changes nothing for those already signed up.
      await touchActivity(trx, app.events, auth.organizationId, activity.id, false);
      return inserted;
    });
    return getShiftSummary(app.db, { id: row!.id, activity_id: activity.id }, auth.personId);
  });

  addRoute(app, routes.updateShift, async (request) => {
    const auth = getAuth(request);
    const shift = await managedShift(auth, request.params.id);
    const patch = request.body;
    const startsAt = patch.startsAt ? new Date(patch.startsAt) : shift.starts_at;
    const endsAt = patch.endsAt ? new Date(patch.endsAt) : shift.ends_at;
    if (endsAt <= startsAt) throw invalid('body.endsAt', 'before_start', 'Ends before it starts');
    const capacity = patch.capacity !== undefined ? patch.capacity : shift.capacity;
    const wanted = patch.wanted !== undefined ? patch.wanted : shift.wanted;
    if (capacity !== null && wanted !== null && wanted > capacity) {
      throw invalid('body.wanted', 'above_capacity', 'More wanted than there is room for');
    }
    await app.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('shifts')
        .set({
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          starts_at: startsAt,
          ends_at: endsAt,
          wanted,
          updated_at: new Date(),
        })
        .where('id', '=', shift.id)
        .execute();
      if (patch.capacity !== undefined) {
        await setShiftCapacity(trx, app.events, auth.organizationId, shift.id, capacity);
      }
      const isTimeChanged =
        startsAt.getTime() !== shift.starts_at.getTime() ||
        endsAt.getTime() !== shift.ends_at.getTime();
      await touchActivity(trx, app.events, auth.organizationId, shift.activity_id, isTimeChanged);
    });
    return getShiftSummary(app.db, shift, auth.personId);
  });

  addRoute(app, routes.deleteShift, async (request) => {
    const auth = getAuth(request);
    const shift = await managedShift(auth, request.params.id);
    await app.db.transaction().execute(async (trx) => {
      // Under the shift's lock no one can sign up between the check and the delete.
      await trx.selectFrom('shifts').select('id').where('id', '=', shift.id).forUpdate().execute();
      const live = await trx
        .selectFrom('signups')
        .select('id')
        .where('shift_id', '=', shift.id)
        .where('status', '<>', 'cancelled')
        .limit(1)
        .executeTakeFirst();
      if (live) {
        throw new AppError('conflict', 'People are signed up; move them first', {
          errors: [{ path: 'params.id', code: 'has_signups', message: 'People are signed up' }],
        });
      }
      const others = await trx
        .selectFrom('shifts')
        .select('id')
        .where('activity_id', '=', shift.activity_id)
        .where('id', '<>', shift.id)
        .limit(1)
        .executeTakeFirst();
      if (!others) {
        throw new AppError('conflict', 'An activity keeps at least one shift', {
          errors: [{ path: 'params.id', code: 'last_shift', message: 'The last shift' }],
        });
      }
      await trx.deleteFrom('shifts').where('id', '=', shift.id).execute();
      await touchActivity(trx, app.events, auth.organizationId, shift.activity_id, true);
    });
    return { ok: true as const };
  });
}
