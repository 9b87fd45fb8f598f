import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { type JobWorker } from '../../../../platform/server/jobs/job-worker.ts';
import { defineJob, type JobContext } from '../../../../platform/server/jobs/job-definition.ts';
import type { Mailer } from '../../../../platform/server/mail/mail.service.ts';
import { findUnsubscribeUrl } from '../../../mail/server/mail-preferences.queries.ts';
import { signupMessage, type MessageRecipient, type SignupMessageKind } from './messages-text.ts';
import {
  findActivityForNotice,
  findMessageSignup,
  listMessageSignups,
  type MessageSignup,
} from './messages.queries.ts';
import { activityJobKinds } from './messages.service.ts';

// The handlers of the activity message jobs. Each reads the state as it is now and sends only
// what still holds (a reminder for a shift that moved, a confirmation for a sign-up cancelled
// since, are dropped). Mail goes into the outbox in the job's transaction, so it is sent once.

export interface MessageDeps {
  mailer: Mailer;
  publicUrl: string;
}

const SignupMessagePayload = z.object({
  signupId: z.uuid(),
  message: z.enum(['confirmed', 'waiting', 'promoted', 'moved', 'removed']),
  shiftId: z.uuid().optional(),
});

const ReminderPayload = z.object({ signupId: z.uuid(), startsAt: z.iso.datetime() });

const NoticePayload = z.object({
  activityId: z.uuid(),
  message: z.enum(['changed', 'cancelled']),
  sequence: z.number().int().optional(),
});

const RemindAllPayload = z.object({ activityId: z.uuid() });

function hasEmail(row: MessageSignup): row is MessageRecipient {
  return row.email !== null;
}

/** Whether a message about one sign-up still says what is true. */
function stillHolds(
  payload: z.output<typeof SignupMessagePayload>,
  row: MessageSignup,
  now: Date,
): boolean {
  if (row.shift_ends_at.getTime() < now.getTime()) return false;
  if (payload.message === 'removed') return row.signup_status === 'cancelled';
  if (row.cancelled_at) return false;
  switch (payload.message) {
    case 'confirmed':
    case 'promoted':
      return row.signup_status === 'confirmed';
    case 'waiting':
      return row.signup_status === 'waiting';
    case 'moved':
      return row.signup_status !== 'cancelled' && row.shift_id === payload.shiftId;
  }
}

/**
 * Mail to many: reminders and notices of change go to everyone signed up, so each carries a
 * way to leave them (List-Unsubscribe, one click) and is not sent to whoever has. A message
 * about one's own sign-up (a confirmation, a move) always goes.
 */
const TO_MANY: SignupMessageKind[] = ['reminder', 'changed', 'cancelled'];

async function send(
  deps: MessageDeps,
  trx: Kysely<DB>,
  kind: SignupMessageKind,
  rows: MessageSignup[],
) {
  let sent = 0;
  for (const row of rows) {
    if (!hasEmail(row)) continue;
    const message = signupMessage(kind, row, deps.publicUrl);
    if (TO_MANY.includes(kind)) {
      const url = await findUnsubscribeUrl(trx, {
        organizationId: row.organization_id,
        personId: row.person_id,
        topic: 'activities',
        publicUrl: deps.publicUrl,
      });
      if (url === null) continue;
      message.listUnsubscribe = url;
      message.text += `\n\n--\nVill du inte längre få påminnelser och ändringar om aktiviteter från ${row.organization_name}? Avsluta här: ${url}`;
    }
    await deps.mailer.send(row.organization_id, message, trx);
    sent++;
  }
  return sent;
}

function logSent(context: JobContext, sent: number) {
  context.log.info({ sent }, sent > 0 ? 'activity message sent' : 'activity message not needed');
}

/** Registers the activity message jobs on the app's worker. */
export function registerActivityMessageJobs(worker: JobWorker, deps: MessageDeps) {
  const signupMessageJob = defineJob({
    kind: activityJobKinds.signupMessage,
    payload: SignupMessagePayload,
    async run(payload, context) {
      const row = await findMessageSignup(context.trx, payload.signupId);
      const rows = row && stillHolds(payload, row, new Date()) ? [row] : [];
      logSent(context, await send(deps, context.trx, payload.message, rows));
    },
  });

  const reminderJob = defineJob({
    kind: activityJobKinds.reminder,
    payload: ReminderPayload,
    async run(payload, context) {
      const row = await findMessageSignup(context.trx, payload.signupId);
      const isDue =
        row !== null &&
        row.signup_status === 'confirmed' &&
        !row.cancelled_at &&
        // A moved shift has its own reminder; this one was for the old time.
        row.shift_starts_at.toISOString() === payload.startsAt &&
        row.shift_starts_at.getTime() > Date.now();
      logSent(context, await send(deps, context.trx, 'reminder', isDue ? [row] : []));
    },
  });

  const noticeJob = defineJob({
    kind: activityJobKinds.notice,
    payload: NoticePayload,
    async run(payload, context) {
      const activity = await findActivityForNotice(context.trx, payload.activityId);
      const isCancelled = Boolean(activity?.cancelled_at);
      const applies =
        activity !== undefined &&
        activity.ends_at.getTime() > Date.now() &&
        (payload.message === 'cancelled'
          ? isCancelled
          : // A later change (or the cancellation) sends its own notice.
            !isCancelled && activity.sequence === payload.sequence);
      const rows = applies
        ? await listMessageSignups(context.trx, payload.activityId, ['confirmed', 'waiting'])
        : [];
      const upcoming = rows.filter((row) => row.shift_ends_at.getTime() > Date.now());
      logSent(context, await send(deps, context.trx, payload.message, upcoming));
    },
  });

  const remindAllJob = defineJob({
    kind: activityJobKinds.remindAll,
    payload: RemindAllPayload,
    async run(payload, context) {
      const rows = await listMessageSignups(context.trx, payload.activityId, ['confirmed']);
      const due = rows.filter(
        (row) => !row.cancelled_at && row.shift_starts_at.getTime() > Date.now(),
      );
      logSent(context, await send(deps, context.trx, 'reminder', due));
    },
  });

  worker.register(signupMessageJob);
  worker.register(reminderJob);
  worker.register(noticeJob);
  worker.register(remindAllJob);
}
