import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { enqueueJob, hasJob } from '../../../../platform/server/jobs/jobs.queries.ts';
import { activityMessageRoutes as routes } from '../messages.contract.ts';
import { getActivityRow } from '../../schedule/server/activities.queries.ts';
import { assertCanSeeSignups } from '../../schedule/server/activities.policy.ts';
import { listUnsubscribedPersonIds } from '../../../mail/server/mail-preferences.queries.ts';
import { listMessageSignups } from './messages.queries.ts';
import { activityJobKinds } from './messages.service.ts';

const REMIND_ALL_INTERVAL_MS = 10 * 60_000;

/** "Remind all": the contact person's reminder to everyone with a place, now. */
export function registerActivityMessages(app: FastifyInstance) {
  addRoute(app, routes.remindAll, async (request) => {
    const auth = getAuth(request);
    const activity = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanSeeSignups(auth, activity);
    if (activity.cancelled_at) {
      throw new AppError('conflict', 'The activity is cancelled', {
        errors: [{ path: 'params.id', code: 'activity_cancelled', message: 'Cancelled' }],
      });
    }
    return app.db.transaction().execute(async (trx) => {
      // Two presses at once queue one reminder: the second waits here and then sees the first.
      await trx
        .selectFrom('activities')
        .select('id')
        .where('id', '=', activity.id)
        .forUpdate()
        .execute();
      const prefix = `remind-all:${activity.id}:`;
      const isRecent = await hasJob(trx, {
        organizationId: auth.organizationId,
        dedupeKeyPrefix: prefix,
        withinMs: REMIND_ALL_INTERVAL_MS,
      });
      if (isRecent) {
        throw new AppError('too_many_requests', 'Everyone was reminded a moment ago', {
          errors: [{ path: 'params.id', code: 'recently_reminded', message: 'Just reminded' }],
        });
      }
      const now = Date.now();
      const rows = await listMessageSignups(trx, activity.id, ['confirmed']);
      const left = await listUnsubscribedPersonIds(
        trx,
        auth.organizationId,
        rows.map((row) => row.person_id),
        'activities',
      );
      const recipients = rows.filter(
        (row) =>
          row.email !== null && row.shift_starts_at.getTime() > now && !left.has(row.person_id),
      ).length;
      if (recipients > 0) {
        await enqueueJob(trx, {
          kind: activityJobKinds.remindAll,
          organizationId: auth.organizationId,
          payload: { activityId: activity.id },
          dedupeKey: `${prefix}${new Date(now).toISOString()}`,
        });
      }
      return { recipients };
    });
  });
}
