import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';

let t: TestApp;
let org: TestAssociation;
let activist: TestSession;
let typeId: string;
const HOUR = 3_600_000;
const inDays = (days: number, hour = 0) => new Date(Date.now() + days * 86_400_000 + hour * HOUR);

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

async function addActivity(values: {
  title: string;
  visibility: 'draft' | 'members' | 'public';
  startsAt?: Date;
  localGroupId?: string | null;
  publishAt?: Date | null;
}) {
  const startsAt = values.startsAt ?? inDays(7);
  const activity = await t.db
    .insertInto('activities')
    .values({
      organization_id: org.id,
      title: values.title,
      type_id: typeId,
      local_group_id: values.localGroupId ?? null,
      place: 'Huddinge centrum, Sjödalstorget',
      latitude: 59.2367,
      longitude: 17.9818,
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * HOUR),
      description: 'Vi delar ut **flygblad** om välfärden.',
      visibility: values.visibility,
      publish_at: values.publishAt ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const shift = await t.db
    .insertInto('shifts')
    .values({
      organization_id: org.id,
      activity_id: activity.id,
      title: 'Första passet',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + HOUR),
      capacity: 5,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: activity.id, shiftId: shift.id };
}

let open: { id: string; shiftId: string };
let groupOnly: { id: string; shiftId: string };
let membersOnly: { id: string; shiftId: string };

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'kalender');
  activist = await login(t.app, org.emails.activist);
  const type = await t.db
    .insertInto('activity_types')
    .values({ organization_id: org.id, key: 'leafleting', name: 'Flygbladsutdelning' })
    .returning('id')
    .executeTakeFirstOrThrow();
  typeId = type.id;
  open = await addActivity({ title: 'Flygblad, Huddinge C', visibility: 'public' });
  groupOnly = await addActivity({
    title: 'Bokbord i Norra',
    visibility: 'public',
    localGroupId: org.groupIds[0],
    startsAt: inDays(10),
  });
  membersOnly = await addActivity({ title: 'Medlemsmöte', visibility: 'members' });
  await addActivity({ title: 'Utkast', visibility: 'draft' });
  await addActivity({ title: 'Schemalagd', visibility: 'public', publishAt: inDays(3) });
});
afterAll(() => t.close());

describe('public feeds', () => {
  it("serve an association's published public activities as a calendar a parser reads", async () => {
    const response = await t.app.inject(`/o/kalender/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = parse(response.body);
    expect(events.map((event) => event.summary).sort()).toEqual([
      'Bokbord i Norra',
      'Flygblad, Huddinge C',
    ]);
    const event = events.find((e) => e.summary === 'Flygblad, Huddinge C')!;
    expect(event.uid).toBe(`activity-${open.id}@grasrot`);
    expect(event.location).toBe('Huddinge centrum, Sjödalstorget');
    expect(event.startDate.zone?.tzid).toBe('Europe/Stockholm');
    expect(event.description).toContain(`/o/kalender/activities/${open.id}`);
    // No personal data in a public feed.
    expect(response.body).not.toMatch(/@kalender\.example\.org/);
  });

  it('answer 304 when the calendar app already has the current feed', async () => {
    const first = await t.app.inject(`/o/kalender/calendar.ics`);
    const again = await t.app.inject({
      url: `/o/kalender/calendar.ics`,
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('tag the gzip and the plain feed apart, and answer 304 only for the copy held', async () => {
    const gzip = { 'accept-encoding': 'gzip' };
    const plain = await t.app.inject(`/o/kalender/calendar.ics`);
    const zipped = await t.app.inject({ url: `/o/kalender/calendar.ics`, headers: gzip });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const ask = (headers: Record<string, string>) =>
      t.app.inject({ url: `/o/kalender/calendar.ics`, headers });
    const held = String(zipped.headers.etag);
    expect((await ask({ ...gzip, 'if-none-match': held })).statusCode).toBe(304);
    const unzipped = await ask({ 'if-none-match': held });
    expect(unzipped.statusCode).toBe(200);
    expect(unzipped.headers['content-encoding']).toBeUndefined();
  });

  it("serve a local group's own feed", async () => {
    const response = await t.app.inject(`/o/kalender/groups/${org.groupIds[0]}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(parse(response.body).map((event) => event.summary)).toEqual(['Bokbord i Norra']);
  });

  it('raise SEQUENCE and mark STATUS:CANCELLED when an activity is cancelled', async () => {
    await t.db
      .updateTable('activities')
      .set((eb) => ({
        cancelled_at: new Date(),
        cancel_reason: 'Storm',
        sequence: eb('sequence', '+', 1),
      }))
      .where('id', '=', groupOnly.id)
      .execute();
    const response = await t.app.inject(`/o/kalender/activities/${groupOnly.id}.ics`);
    const [event] = parse(response.body);
    expect(event?.sequence).toBe(1);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.description).toContain('INSTÄLLD: Storm');
  });

  it('never show drafts, members-only or not-yet-published activities, nor other associations', async () => {
    expect((await t.app.inject(`/o/kalender/activities/${membersOnly.id}.ics`)).statusCode).toBe(
      404,
    );
    expect((await t.app.inject(`/o/okand/calendar.ics`)).statusCode).toBe(404);
    const other = await seedAssociation(t.db, 'annan');
    expect((await t.app.inject(`/o/annan/activities/${open.id}.ics`)).statusCode).toBe(404);
    expect((await t.app.inject(`/o/annan/groups/${org.groupIds[0]}/calendar.ics`)).statusCode).toBe(
      404,
    );
    expect(other.slug).toBe('annan');
  });
});

describe('one activity for members', () => {
  it('is readable by a member when published to members, and 404 for drafts', async () => {
    const response = await t.app.inject({
      url: `/api/activities/${membersOnly.id}/calendar.ics`,
      headers: { cookie: activist.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(parse(response.body)[0]?.summary).toBe('Medlemsmöte');
    expect((await t.app.inject(`/api/activities/${membersOnly.id}/calendar.ics`)).statusCode).toBe(
      401,
    );
  });
});

describe('personal feed', () => {
  it('shows my sign-ups at a secret address, and stops when I make a new one', async () => {
    await t.db
      .insertInto('signups')
      .values([
        {
          organization_id: org.id,
          shift_id: open.shiftId,
          person_id: org.personIds.activist,
          status: 'confirmed',
          source: 'self',
        },
        {
          organization_id: org.id,
          shift_id: membersOnly.shiftId,
          person_id: org.personIds.activist,
          status: 'waiting',
          waiting_since: new Date(),
          source: 'self',
        },
      ])
      .execute();
    const status = await t.app.inject({
      url: '/api/me/calendar-feed',
      headers: { cookie: activist.cookie },
    });
    expect(status.json()).toMatchObject({ isActive: false });

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feed',
      headers: activist.headers,
    });
    expect(created.statusCode).toBe(201);
    const { url, webcalUrl } = created.json() as { url: string; webcalUrl: string };
    expect(webcalUrl.startsWith('webcal:')).toBe(true);
    const path = new URL(url).pathname;
    const feed = await t.app.inject(path);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['cache-control']).toContain('private');
    const events = parse(feed.body);
    expect(events.map((event) => event.summary).sort()).toEqual([
      'Flygblad, Huddinge C – Första passet',
      'Medlemsmöte – Första passet (väntelista)',
    ]);
    expect(events.find((e) => e.summary.startsWith('Medlemsmöte'))?.uid).toBe(
      `shift-${membersOnly.shiftId}@grasrot`,
    );

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feed',
      headers: activist.headers,
    });
    expect((await t.app.inject(path)).statusCode).toBe(404);
    const newPath = new URL((again.json() as { url: string }).url).pathname;
    expect((await t.app.inject(newPath)).statusCode).toBe(200);

    await t.app.inject({
      method: 'DELETE',
      url: '/api/me/calendar-feed',
      headers: activist.headers,
    });
    expect((await t.app.inject(newPath)).statusCode).toBe(404);
  });

  it('answers 404 to a made-up address', async () => {
    expect((await t.app.inject(`/calendar/${'a'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await t.app.inject(`/calendar/short.ics`)).statusCode).toBe(400);
  });
});
