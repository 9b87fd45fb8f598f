import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import {
  enqueueJob,
  hasJob,
  rescheduleQueuedJob,
} from '../../../../platform/server/jobs/jobs.queries.ts';
import {
  findActivityForNotice,
  findMessageSignup,
  listConfirmedSignupIds,
} from './messages.queries.ts';
import type { EventHandlers } from '../../../../platform/server/events.ts';
import type { ActivityChange, SignupChange } from '../../schedule/server/activities.events.ts';

// What each change to a sign-up or an activity sends, as durable jobs enqueued in the change's
// own transaction. The jobs carry ids only; their handlers (messages.jobs.ts) read the current
// state when they run and send nothing if it no longer applies.

type Db = Kysely<DB>;

export const activityJobKinds = {
  /** One message to one person about their sign-up. */
  signupMessage: 'activity.signup-message',
  /** The automatic reminder, `reminder_offset_minutes` before the shift. */
  reminder: 'activity.reminder',
  /** A notice of change or cancellation to everyone signed up. */
  notice: 'activity.notice',
  /** The contact person's "remind everyone now". */
  remindAll: 'activity.remind-all',
} as const;

/** Changes made within this time go out as one notice, with the activity as it is then. */
export const CHANGE_NOTICE_DELAY_MS = 2 * 60_000;

/** The reminder's key: a moved shift has another start, so it gets a new reminder. */
export function reminderKey(signupId: string, startsAt: Date) {
  return `reminder:${signupId}:${startsAt.toISOString()}`;
}

/**
 * Schedules (or moves) the reminder of a confirmed sign-up. None when the activity's offset is
 * 0 or its time has already passed: the confirmation just sent says it all.
 */
export async function scheduleReminder(trx: Db, signupId: string, now = new Date()) {
  const row = await findMessageSignup(trx, signupId);
  if (!row || row.signup_status !== 'confirmed' || row.cancelled_at) return;
  if (row.reminder_offset_minutes === 0) return;
  const runAt = new Date(row.shift_starts_at.getTime() - row.reminder_offset_minutes * 60_000);
  if (runAt.getTime() <= now.getTime()) return;
  const dedupeKey = reminderKey(signupId, row.shift_starts_at);
  const job = await enqueueJob(trx, {
    kind: activityJobKinds.reminder,
    organizationId: row.organization_id,
    payload: { signupId, startsAt: row.shift_starts_at.toISOString() },
    runAt,
    dedupeKey,
  });
  // Already there: the offset may have changed.
  if (!job) await rescheduleQueuedJob(trx, dedupeKey, runAt);
}

async function enqueueSignupMessage(
  trx: Db,
  organizationId: string,
  payload: { signupId: string; message: string; shiftId?: string },
) {
  await enqueueJob(trx, { kind: activityJobKinds.signupMessage, organizationId, payload });
}

async function signupChanged(trx: Db, organizationId: string, change: SignupChange) {
  const { signupId } = change;
  switch (change.kind) {
    case 'created':
      await enqueueSignupMessage(trx, organizationId, { signupId, message: change.status });
      break;
    case 'promoted':
      await enqueueSignupMessage(trx, organizationId, { signupId, message: 'promoted' });
      break;
    case 'moved': {
      const row = await findMessageSignup(trx, signupId);
      if (row) {
        await enqueueSignupMessage(trx, organizationId, {
          signupId,
          message: 'moved',
          shiftId: row.shift_id,
        });
      }
      break;
    }
    case 'cancelled':
      // One's own cancellation is seen on the page; being taken off by an organizer is told.
      if (change.by === 'organizer') {
        await enqueueSignupMessage(trx, organizationId, { signupId, message: 'removed' });
      }
      return;
  }
  await scheduleReminder(trx, signupId);
}

async function activityChanged(trx: Db, organizationId: string, change: ActivityChange) {
  const activity = await findActivityForNotice(trx, change.activityId);
  if (!activity || !activity.has_signups || activity.ends_at.getTime() < Date.now()) return;
  if (change.kind === 'cancelled') {
    await enqueueJob(trx, {
      kind: activityJobKinds.notice,
      organizationId,
      payload: { activityId: activity.id, message: 'cancelled' },
      // Cancelling again (this and following) keeps the first time, so tells nobody twice.
      dedupeKey: `cancelled:${activity.id}:${activity.cancelled_at?.toISOString()}`,
    });
    return;
  }
  if (activity.cancelled_at) return;
  // A notice waiting to go names the sequence it was for; a later minor edit raises the
  // sequence, so the notice is made again for the new one rather than lost.
  const isNoticePending =
    !change.isNoticeWorthy &&
    (await hasJob(trx, {
      organizationId,
      dedupeKeyPrefix: `changed:${activity.id}:`,
      isQueued: true,
    }));
  if (change.isNoticeWorthy || isNoticePending) {
    await enqueueJob(trx, {
      kind: activityJobKinds.notice,
      organizationId,
      payload: { activityId: activity.id, message: 'changed', sequence: change.sequence },
      runAt: new Date(Date.now() + CHANGE_NOTICE_DELAY_MS),
      dedupeKey: `changed:${activity.id}:${change.sequence}`,
    });
  }
  // The time or the reminder offset may have changed.
  for (const signupId of await listConfirmedSignupIds(trx, activity.id)) {
    await scheduleReminder(trx, signupId);
  }
}

/** What messages does on activities' events: the module's `handles`. */
export const activityMessageHandlers: EventHandlers = {
  'activities.signupChanged': signupChanged,
  'activities.changed': activityChanged,
};
