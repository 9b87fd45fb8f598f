import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import {
  CALENDAR_END,
  calendarEvent,
  calendarHeader,
  calendarStamp,
} from '../../../../platform/server/ical.ts';
import {
  PreparedWriter,
  type PreparedResponse,
} from '../../../../platform/server/response-cache.ts';
import { CALENDAR_CONTENT_TYPE } from '../feeds.contract.ts';
import { activityEvent } from './activity-events.ts';
import { listPublicFeedActivities } from './feeds.queries.ts';

// A public feed holds thousands of events (1.9 MB for 3,000). Made in one go, its query (on
// PGlite, in this thread), writing and hashing held the event loop for 300–600 ms under load,
// and every answer due meanwhile (the feed's stale copy too) waited. It is made in slices
// instead, the loop let go between them; gzip runs off the loop.

/** DTSTAMP changes every second; the ETag ignores it so an unchanged feed keeps its tag. */
export const DTSTAMP = /^DTSTAMP:.*$/gm;

/** Events written between two turns of the event loop (a few milliseconds' work). */
const EVENTS_PER_SLICE = 100;

export interface PublicFeedSpec {
  organizationId: string;
  name: string;
  description?: string;
  localGroupId?: string;
  /** An activity's public page. */
  activityUrl: (id: string) => string;
}

/** A public feed of published public activities, prepared (gzip, ETag) in slices. */
export async function writePublicFeed(
  db: Kysely<DB>,
  spec: PublicFeedSpec,
): Promise<PreparedResponse> {
  const activities = await listPublicFeedActivities(db, spec.organizationId, {
    localGroupId: spec.localGroupId,
    pause: () => nextTurn(),
  });
  await nextTurn();
  const writer = new PreparedWriter(CALENDAR_CONTENT_TYPE, DTSTAMP);
  writer.write(calendarHeader({ name: spec.name, description: spec.description }));
  const stamp = calendarStamp();
  for (let start = 0; start < activities.length; start += EVENTS_PER_SLICE) {
    let slice = '';
    for (const activity of activities.slice(start, start + EVENTS_PER_SLICE)) {
      slice += calendarEvent(activityEvent(activity, spec.activityUrl(activity.id)), stamp);
    }
    writer.write(slice);
    await nextTurn();
  }
  writer.write(CALENDAR_END);
  return writer.finish();
}
