import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { RateLimit } from '../../../../platform/server/rate-limit.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { GuestSignupInput } from '../../guests/guests.contract.ts';
import { requestGuestSignup } from '../../guests/server/guest-signup.service.ts';
import { getPublicActivity } from './public-activities.queries.ts';

// A guest's sign-up request, whether it came from the JSON API or the public page's own form:
// the same limits, the same checks, the same mail.

/** Guest sign-up requests one client may make in an hour. */
export const GUEST_REQUESTS_PER_CLIENT = 10;

// One budget per app, shared by both ways in.
const limits = new WeakMap<FastifyInstance, RateLimit>();

/** Takes one request of the client's hourly budget, checks the activity and shift, mails the link. */
export async function submitGuestRequest(
  app: FastifyInstance,
  client: string,
  activityId: string,
  body: z.output<typeof GuestSignupInput>,
) {
  let limit = limits.get(app);
  if (!limit) {
    limit = new RateLimit(GUEST_REQUESTS_PER_CLIENT, 60 * 60_000);
    limits.set(app, limit);
  }
  // A public form that sends mail: a few requests per client, whatever the addresses.
  limit.take(client, 'Too many sign-up requests from here; try again later');
  const found = await app.db
    .selectFrom('activities')
    .select(['organization_id'])
    .where('id', '=', activityId)
    .executeTakeFirst();
  if (!found) throw new AppError('not_found', 'No such activity');
  const activity = await getPublicActivity(app.db, found.organization_id, activityId);
  if (activity.cancelledAt) {
    throw new AppError('conflict', 'The activity is cancelled', {
      errors: [{ path: 'shift', code: 'activity_cancelled', message: 'Cancelled' }],
    });
  }
  const { shiftId } = body;
  const shift = shiftId
    ? activity.shifts.find((candidate) => candidate.id === shiftId)
    : activity.shifts.length === 1
      ? activity.shifts[0]
      : undefined;
  if (!shift) {
    throw new AppError('validation', 'Choose a shift', {
      errors: [{ path: 'body.shiftId', code: 'choose_shift', message: 'Choose a shift' }],
    });
  }
  return requestGuestSignup(app.db, app.mailer, app.config.publicUrl, {
    ...body,
    organizationId: found.organization_id,
    activityId: activity.id,
    shiftId: shift.id,
  });
}
