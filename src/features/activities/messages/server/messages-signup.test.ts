import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildPerson } from '../../../people/register/people.factories.ts';
import { buildShift } from '../../schedule/activities.factories.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { activityJobKinds } from './messages.service.ts';
import { makeDue, parseEvent, takeOutbox } from './messages-testing.ts';

// What a sign-up sends: a confirmation with the shift's .ics (or word of the waiting list), a
// place freed up, a move and an organizer's removal — each once, and only if still true.

let world: ActivitiesWorld;
let activityId: string;
let shiftIds: [string, string];
const slug = 'anmalningsmejl';
const contactName = `coordinator ${slug}`;

beforeAll(async () => {
  world = await setUpActivities(slug);
  // Saturday 15 June 2030, 10:00 and 12:00 in Stockholm (summer time).
  const activity = await world.createActivity({
    title: 'Dörrknackning i Flemingsberg',
    place: 'Flemingsbergs centrum',
    visibility: 'public',
    contactPersonId: world.org.personIds.coordinator,
    startsAt: '2030-06-15T08:00:00.000Z',
    endsAt: '2030-06-15T12:00:00.000Z',
    signupCutoffMinutes: 120,
    shifts: [
      buildShift({ title: 'Förmiddag', startsAt: '2030-06-15T08:00:00.000Z', capacity: 1 }),
      buildShift({ title: 'Eftermiddag', startsAt: '2030-06-15T10:00:00.000Z', capacity: 5 }),
    ],
  });
  activityId = activity.id;
  shiftIds = [activity.shifts[0]!.id, activity.shifts[1]!.id];
});
afterAll(() => world.test.close());

const link = () => `http://localhost:3000/activities/${activityId}`;

it('confirms a sign-up with the shift as .ics, and tells the next one of the waiting list', async () => {
  expect(
    (await as(world, 'activist')('POST', `/api/shifts/${shiftIds[0]}/signup`)).statusCode,
  ).toBe(201);
  expect(
    (await as(world, 'coordinator')('POST', `/api/shifts/${shiftIds[0]}/signup`)).statusCode,
  ).toBe(201);
  expect(await world.app.jobs.runDue()).toBe(2);

  const [confirmed, waiting] = await takeOutbox(world);
  expect(confirmed).toMatchObject({
    to: world.org.emails.activist,
    subject: 'Du är anmäld: Dörrknackning i Flemingsberg, lördag 15 juni',
  });
  expect(confirmed!.text).toBe(
    [
      'Hej activist!',
      '',
      'Tack för att du ställer upp! Du är anmäld till:',
      '',
      '  Dörrknackning i Flemingsberg',
      '  Pass: Förmiddag',
      '  Tid: lördag 15 juni 2030 kl. 10:00–12:00',
      '  Plats: Flemingsbergs centrum',
      `  Kontaktperson: ${contactName}`,
      `  Läs mer: ${link()}`,
      '',
      'Kalenderfilen i bilagan lägger in passet i din kalender.',
      'Kan du inte komma? Avboka senast lördag 15 juni kl. 08:00 på aktivitetens sida, så kan någon annan ta platsen.',
      '',
      'Hälsningar',
      `Vänsterpartiet ${slug}`,
    ].join('\n'),
  );
  expect(confirmed!.attachments).toHaveLength(1);
  expect(confirmed!.attachments[0]).toMatchObject({ filename: 'aktivitet.ics' });
  expect(confirmed!.attachments[0]!.contentType).toMatch(/^text\/calendar/);
  expect(parseEvent(confirmed!.attachments[0]!.content)).toMatchObject({
    uid: `shift-${shiftIds[0]}@grasrot`,
    summary: 'Dörrknackning i Flemingsberg – Förmiddag',
    status: 'CONFIRMED',
    start: '2030-06-15T08:00:00.000Z',
    startHour: 10,
    zone: 'Europe/Stockholm',
  });

  expect(waiting).toMatchObject({
    to: world.org.emails.coordinator,
    subject: 'Väntelista: Dörrknackning i Flemingsberg, lördag 15 juni',
    attachments: [],
  });
  expect(waiting!.text).toContain('Passet är fullt just nu, så du står på väntelistan till:');
  expect(waiting!.text).toContain('Blir en plats ledig får du den automatiskt');

  // The confirmed one gets a reminder a day before; the one waiting none (yet).
  const reminders = await world.test.db
    .selectFrom('jobs')
    .select(['run_at', 'dedupe_key'])
    .where('kind', '=', activityJobKinds.reminder)
    .execute();
  expect(reminders).toHaveLength(1);
  expect(reminders[0]!.run_at.toISOString()).toBe('2030-06-14T08:00:00.000Z');
  expect(reminders[0]!.dedupe_key).toMatch(/^reminder:[0-9a-f-]{36}:2030-06-15T08:00:00.000Z$/);
});

it('a freed place tells the first one waiting, with the .ics; one’s own cancel sends nothing', async () => {
  expect(
    (await as(world, 'activist')('DELETE', `/api/shifts/${shiftIds[0]}/signup`)).statusCode,
  ).toBe(200);
  await world.app.jobs.runDue();
  const mails = await takeOutbox(world);
  expect(mails.map((mail) => [mail.to, mail.subject])).toEqual([
    [
      world.org.emails.coordinator,
      'Du har fått en plats: Dörrknackning i Flemingsberg, lördag 15 juni',
    ],
  ]);
  expect(mails[0]!.text).toContain('En plats har blivit ledig och den är din!');
  expect(parseEvent(mails[0]!.attachments[0]!.content).uid).toBe(`shift-${shiftIds[0]}@grasrot`);

  // The activist's reminder is still queued, and sends nothing now they have cancelled.
  await makeDue(world, activityJobKinds.reminder);
  expect(await world.app.jobs.runDue()).toBe(2);
  expect((await takeOutbox(world)).map((mail) => [mail.to, mail.subject])).toEqual([
    [
      world.org.emails.coordinator,
      'Påminnelse: Dörrknackning i Flemingsberg, lördag 15 juni kl. 10:00',
    ],
  ]);
});

it('a contact without an account, booked, moved and taken off, hears of each', async () => {
  const person = await world.test.db
    .insertInto('people')
    .values(
      buildPerson({
        organization_id: world.org.id,
        first_name: 'Rut',
        email: 'rut.bokad@anmalningsmejl.example.org',
      }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  const organizer = as(world, 'organizer');
  const booked = await organizer('POST', `/api/shifts/${shiftIds[1]}/bookings`, {
    personId: person.id,
  });
  expect(booked.statusCode).toBe(201);
  await world.app.jobs.runDue();
  const [confirmation] = await takeOutbox(world);
  expect(confirmation!.subject).toBe('Du är anmäld: Dörrknackning i Flemingsberg, lördag 15 juni');
  // No account: the public page, and the contact person to call off.
  expect(confirmation!.text).toContain(
    `Läs mer: http://localhost:3000/o/${slug}/activities/${activityId}`,
  );
  expect(confirmation!.text).toContain(
    `Kan du inte komma? Hör av dig till ${contactName}, så kan någon annan ta platsen.`,
  );

  const signupId = booked.json<{ id: string }>().id;
  expect(
    (await organizer('POST', `/api/signups/${signupId}/move`, { shiftId: shiftIds[0] })).statusCode,
  ).toBe(200);
  await world.app.jobs.runDue();
  const [moved] = await takeOutbox(world);
  expect(moved!.subject).toBe('Nytt pass: Dörrknackning i Flemingsberg, lördag 15 juni');
  // The morning shift is full (the coordinator has it): on its waiting list.
  expect(moved!.text).toContain('Du har flyttats till ett annat pass och står på väntelistan där:');
  expect(moved!.text).toContain('Pass: Förmiddag');

  expect((await organizer('DELETE', `/api/signups/${signupId}`)).statusCode).toBe(200);
  await world.app.jobs.runDue();
  const [removed] = await takeOutbox(world);
  expect(removed!.subject).toBe('Avanmäld: Dörrknackning i Flemingsberg, lördag 15 juni');
  expect(removed!.text).toContain('Du är inte längre anmäld till:');
});

it('sends nothing about a sign-up that was cancelled before its message went out', async () => {
  const activist = as(world, 'activist');
  await activist('POST', `/api/shifts/${shiftIds[1]}/signup`);
  await activist('DELETE', `/api/shifts/${shiftIds[1]}/signup`);
  await world.app.jobs.runDue();
  expect(await takeOutbox(world)).toEqual([]);
  const jobs = await world.test.db
    .selectFrom('jobs')
    .select('status')
    .where('status', '<>', 'done')
    .where('kind', '=', activityJobKinds.signupMessage)
    .execute();
  expect(jobs).toEqual([]);
});
