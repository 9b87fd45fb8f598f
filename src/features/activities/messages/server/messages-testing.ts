import ICAL from 'ical.js';
import { sql } from 'kysely';
import type { ActivitiesWorld } from '../../schedule/server/activities-testing.ts';

/** Test helpers for the activity messages: the outbox as sent, and time moved forward. */

export interface SentMail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** The messages in the outbox, oldest first, removed so the next look sees only new ones. */
export async function takeOutbox(world: ActivitiesWorld): Promise<SentMail[]> {
  const rows = await world.test.db
    .selectFrom('outbox')
    .select(['to_address', 'subject', 'body_text', 'attachments'])
    .orderBy('created_at')
    .orderBy('to_address')
    .execute();
  await world.test.db.deleteFrom('outbox').execute();
  return rows.map((row) => ({
    to: row.to_address,
    subject: row.subject,
    text: row.body_text,
    attachments: row.attachments,
  }));
}

/** Makes queued jobs of a kind (about one activity, if given) due now, as if their time had come. */
export async function makeDue(world: ActivitiesWorld, kind: string, activityId?: string) {
  await world.test.db
    .updateTable('jobs')
    .set({ run_at: sql<Date>`now()` })
    .where('kind', '=', kind)
    .where('status', '=', 'queued')
    .$if(activityId !== undefined, (qb) =>
      qb.where(
        sql<boolean>`(payload->>'activityId' = ${activityId} or payload->>'signupId' in (
          select su.id::text from signups su join shifts s on s.id = su.shift_id
          where s.activity_id = ${activityId}))`,
      ),
    )
    .execute();
}

/** The one event of an .ics, read by a real iCalendar parser. */
export function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length !== 1) throw new Error(`expected one event, found ${events.length}`);
  const event = new ICAL.Event(events[0]!);
  return {
    uid: event.uid,
    summary: event.summary,
    sequence: event.sequence,
    status: events[0]!.getFirstPropertyValue('status'),
    start: event.startDate.toJSDate().toISOString(),
    startHour: event.startDate.hour,
    zone: event.startDate.zone?.tzid,
  };
}
