import { setImmediate as nextTurn } from 'node:timers/promises';
import ICAL from 'ical.js';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '../../../../../db/connect.ts';
import { createTestDatabase, seedAssociation } from '../../../../server/testing.ts';
import { buildCalendar } from '../../../../platform/server/ical.ts';
import { PreparedWriter, prepareResponse } from '../../../../platform/server/response-cache.ts';
import { CALENDAR_CONTENT_TYPE } from '../feeds.contract.ts';
import { activityEvent } from './activity-events.ts';
import { FEED_BATCH, listPublicFeedActivities } from './feeds.queries.ts';
import { DTSTAMP, writePublicFeed } from './public-feed.ts';

// A public feed of thousands of events is made in slices, letting the event loop turn between
// them, and comes out as the feed made in one go would.

const EVENTS = FEED_BATCH * 2 + 50;
let database: Database;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const org = await seedAssociation(database.db, 'skivor');
  organizationId = org.id;
  const type = await database.db
    .insertInto('activity_types')
    .values({ organization_id: org.id, key: 'leafleting', name: 'Flygblad' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    insert into activities (organization_id, title, type_id, place, starts_at, ends_at,
      description, visibility)
    select ${org.id}, 'Flygblad ' || i, ${type.id}, 'Sjödalstorget', now() + i * interval '1 hour',
      now() + i * interval '1 hour' + interval '2 hours', 'Ta med varma kläder!', 'public'
    from generate_series(1, ${EVENTS}) i`.execute(database.db);
});
afterAll(async () => {
  await database.close();
});

const spec = () => ({
  organizationId,
  name: 'Skivor',
  activityUrl: (id: string) => `https://example.org/o/skivor/activities/${id}`,
});

it('lets the event loop turn between slices while it is made', async () => {
  let turns = 0;
  let isMaking = true;
  const count = async () => {
    while (isMaking) {
      await nextTurn();
      turns++;
    }
  };
  // Which turn of the loop each piece of the feed was written in.
  const writtenIn: number[] = [];
  const write = PreparedWriter.prototype.write;
  vi.spyOn(PreparedWriter.prototype, 'write').mockImplementation(function (
    this: PreparedWriter,
    text: string,
  ) {
    writtenIn.push(turns);
    write.call(this, text);
  });
  const counting = count();
  await writePublicFeed(database.db, spec());
  isMaking = false;
  await counting;
  vi.restoreAllMocks();
  // Header, five slices of events, end: each slice in a turn of its own, and the loop turned
  // between the three batches of rows read before (made in one go, all in one turn).
  expect(writtenIn).toHaveLength(7);
  const slices = writtenIn.slice(1, 6);
  expect(new Set(slices).size).toBe(5);
  expect(writtenIn[0]).toBeGreaterThanOrEqual(3);
});

it('holds every event in order, with the ETag of the same feed made in one go', async () => {
  const feed = await writePublicFeed(database.db, spec());
  const text = feed.body.toString();
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(EVENTS);
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual(
    Array.from({ length: EVENTS }, (_, i) => `Flygblad ${i + 1}`),
  );
  const activities = await listPublicFeedActivities(database.db, organizationId);
  const inOneGo = await prepareResponse(
    buildCalendar({
      name: 'Skivor',
      events: activities.map((a) => activityEvent(a, spec().activityUrl(a.id))),
    }),
    CALENDAR_CONTENT_TYPE,
    DTSTAMP,
  );
  expect(feed.etag).toBe(inOneGo.etag);
  expect(feed.gzipEtag).toBe(inOneGo.gzipEtag);
  expect(feed.etag.startsWith('W/')).toBe(true);
});
