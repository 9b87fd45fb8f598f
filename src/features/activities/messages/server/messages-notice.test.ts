import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildShift } from '../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { activityJobKinds } from './messages.service.ts';
import { makeDue, parseEvent, takeOutbox } from './messages-testing.ts';

// Everyone signed up hears of a change (once, with the activity as it ends up) and of a
// cancellation with its reason; reminders follow a moved time; the contact person can remind
// everyone at once.

let world: ActivitiesWorld;
const slug = 'andringsmejl';

beforeAll(async () => {
  world = await setUpActivities(slug);
});
afterAll(() => world.test.close());

/** An activity on Saturday 15 June 2030, 10–12 in Stockholm, with two places: two confirmed, one waiting. */
async function activityWithPeople(title: string) {
  const activity = await world.createActivity({
    title,
    place: 'Huddinge centrum',
    contactPersonId: world.org.personIds.activist,
    startsAt: '2030-06-15T08:00:00.000Z',
    endsAt: '2030-06-15T10:00:00.000Z',
    shifts: [buildShift({ startsAt: '2030-06-15T08:00:00.000Z', capacity: 2 })],
  });
  const shiftId = activity.shifts[0]!.id;
  for (const role of ['activist', 'coordinator', 'organizer'] as const) {
    expect((await as(world, role)('POST', `/api/shifts/${shiftId}/signup`)).statusCode).toBe(201);
  }
  await world.app.jobs.runDue();
  await takeOutbox(world);
  return { id: activity.id, shiftId };
}

async function remindersOf(shiftId: string) {
  const signups = await world.test.db
    .selectFrom('signups')
    .select('id')
    .where('shift_id', '=', shiftId)
    .execute();
  return world.test.db
    .selectFrom('jobs')
    .select(['run_at', 'status'])
    .where('kind', '=', activityJobKinds.reminder)
    .where(
      sql<string>`payload->>'signupId'`,
      'in',
      signups.map((signup) => signup.id),
    )
    .orderBy('run_at')
    .execute();
}

it('tells everyone signed up of changes, once, and moves their reminders', async () => {
  const activity = await activityWithPeople('Bokbord på torget');
  const organizer = as(world, 'organizer');
  // An hour later, and somewhere else; then a new title a moment after.
  const moved = await organizer('PATCH', `/api/activities/${activity.id}`, {
    startsAt: '2030-06-15T09:00:00.000Z',
    endsAt: '2030-06-15T11:00:00.000Z',
    place: 'Stuvsta torg',
  });
  expect(moved.statusCode).toBe(200);
  const renamed = await organizer('PATCH', `/api/activities/${activity.id}`, {
    title: 'Bokbord på Stuvsta torg',
  });
  expect(renamed.statusCode).toBe(200);
  const sequence = renamed.json<{ sequence: number }>().sequence;

  // Held back a moment, so a few edits make one message.
  await world.app.jobs.runDue();
  expect(await takeOutbox(world)).toEqual([]);
  await makeDue(world, activityJobKinds.notice, activity.id);
  await world.app.jobs.runDue();
  const notices = await takeOutbox(world);
  expect(notices.map((mail) => mail.to).sort()).toEqual(
    [world.org.emails.activist, world.org.emails.coordinator, world.org.emails.organizer].sort(),
  );
  for (const notice of notices) {
    expect(notice.subject).toBe('Ändrat: Bokbord på Stuvsta torg, lördag 15 juni');
    expect(notice.text).toContain(
      'Aktiviteten du är anmäld till har ändrats. Så här ser den ut nu:',
    );
    expect(notice.text).toContain('Tid: lördag 15 juni 2030 kl. 11:00–13:00');
    expect(notice.text).toContain('Plats: Stuvsta torg');
    const event = parseEvent(notice.attachments[0]!.content);
    expect(event).toMatchObject({
      sequence,
      startHour: 11,
      uid: `shift-${activity.shiftId}@grasrot`,
    });
  }

  // The two with a place get one reminder each, at the new time; the old ones send nothing.
  const reminders = await remindersOf(activity.shiftId);
  expect(reminders.map((job) => job.run_at.toISOString())).toEqual([
    '2030-06-14T08:00:00.000Z',
    '2030-06-14T08:00:00.000Z',
    '2030-06-14T09:00:00.000Z',
    '2030-06-14T09:00:00.000Z',
  ]);
  await makeDue(world, activityJobKinds.reminder, activity.id);
  await world.app.jobs.runDue();
  const sent = await takeOutbox(world);
  expect(sent.map((mail) => mail.subject)).toEqual([
    'Påminnelse: Bokbord på Stuvsta torg, lördag 15 juni kl. 11:00',
    'Påminnelse: Bokbord på Stuvsta torg, lördag 15 juni kl. 11:00',
  ]);
  expect(sent.map((mail) => mail.to).sort()).toEqual(
    [world.org.emails.activist, world.org.emails.coordinator].sort(),
  );
});

it('tells nobody of a minor edit, but a minor edit does not swallow a notice on its way', async () => {
  const activity = await activityWithPeople('Dörrknackning i Vårby');
  const organizer = as(world, 'organizer');
  // The description and the contact person are read on the page; nobody is mailed.
  const edited = await organizer('PATCH', `/api/activities/${activity.id}`, {
    description: 'Vi ses vid **fontänen**.',
    contactPersonId: world.org.personIds.coordinator,
  });
  expect(edited.statusCode).toBe(200);
  await makeDue(world, activityJobKinds.notice, activity.id);
  await world.app.jobs.runDue();
  expect(await takeOutbox(world)).toEqual([]);

  // A new place, then a minor edit before the notice went: the notice still goes, once.
  await organizer('PATCH', `/api/activities/${activity.id}`, { place: 'Vårby gård' });
  await organizer('PATCH', `/api/activities/${activity.id}`, { description: 'Ta med vatten.' });
  await makeDue(world, activityJobKinds.notice, activity.id);
  await world.app.jobs.runDue();
  const notices = await takeOutbox(world);
  expect(notices).toHaveLength(3);
  for (const notice of notices) expect(notice.text).toContain('Plats: Vårby gård');
});

it('moves a waiting reminder when the reminder offset changes', async () => {
  const activity = await activityWithPeople('Studiecirkel');
  const changed = await as(world, 'organizer')('PATCH', `/api/activities/${activity.id}`, {
    reminderOffsetMinutes: 120,
  });
  expect(changed.statusCode).toBe(200);
  const reminders = await remindersOf(activity.shiftId);
  expect(reminders.map((job) => job.run_at.toISOString())).toEqual([
    '2030-06-15T06:00:00.000Z',
    '2030-06-15T06:00:00.000Z',
  ]);
});

it('tells everyone of a cancellation with the reason, and reminds nobody after', async () => {
  const activity = await activityWithPeople('Flygbladsutdelning i Vårby');
  const organizer = as(world, 'organizer');
  // A change still held back when the activity is cancelled is not sent.
  await organizer('PATCH', `/api/activities/${activity.id}`, { place: 'Vårby gård' });
  const cancelled = await organizer('POST', `/api/activities/${activity.id}/cancel`, {
    reason: 'Stormvarning, vi tar det en annan dag.',
  });
  expect(cancelled.statusCode).toBe(200);
  await makeDue(world, activityJobKinds.notice, activity.id);
  await makeDue(world, activityJobKinds.reminder, activity.id);
  await world.app.jobs.runDue();
  const mails = await takeOutbox(world);
  expect(mails).toHaveLength(3);
  for (const mail of mails) {
    expect(mail.subject).toBe('Inställt: Flygbladsutdelning i Vårby, lördag 15 juni');
    expect(mail.text).toContain('Tyvärr är aktiviteten du var anmäld till inställd:');
    expect(mail.text).toContain('Anledning: Stormvarning, vi tar det en annan dag.');
    expect(parseEvent(mail.attachments[0]!.content).status).toBe('CANCELLED');
  }
  // Cancelling again tells nobody twice.
  await organizer('POST', `/api/activities/${activity.id}/cancel`, { reason: 'Inställt.' });
  await world.app.jobs.runDue();
  expect(await takeOutbox(world)).toEqual([]);
});

it('lets the contact person remind everyone with a place, once per ten minutes', async () => {
  const activity = await activityWithPeople('Dörrknackning i Segeltorp');
  const url = `/api/activities/${activity.id}/remind-all`;
  // The coordinator manages only their own group's activities; this one is the association's.
  const coordinator = await as(world, 'coordinator')('POST', url);
  expect(coordinator.statusCode).toBe(403);

  const contact = await as(world, 'activist')('POST', url);
  expect(contact.statusCode).toBe(202);
  expect(contact.json()).toEqual({ recipients: 2 });
  const again = await as(world, 'organizer')('POST', url);
  expect(again.statusCode).toBe(429);
  expect(again.json().errors[0].code).toBe('recently_reminded');

  await world.app.jobs.runDue();
  const mails = await takeOutbox(world);
  expect(mails.map((mail) => mail.subject)).toEqual([
    'Påminnelse: Dörrknackning i Segeltorp, lördag 15 juni kl. 10:00',
    'Påminnelse: Dörrknackning i Segeltorp, lördag 15 juni kl. 10:00',
  ]);
  expect(mails[0]!.text).toContain('Snart är det dags! En påminnelse om ditt pass:');
});
