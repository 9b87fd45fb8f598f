import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildShift } from '../../schedule/activities.factories.ts';
import { defineServerModule } from '../../../../platform/server/module.ts';
import { loadServerModules } from '../../../../server/modules.ts';
import type { SignupChange } from '../../schedule/server/activities.events.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';

let world: ActivitiesWorld;
const changes: SignupChange[] = [];
beforeAll(async () => {
  // Records what the messages capability is told on the app's bus, to check every change
  // reaches it.
  const recorder = defineServerModule({
    name: 'recorder',
    handles: () => ({
      'activities.signupChanged': async (_trx, _organizationId, change) => {
        changes.push(change);
      },
    }),
  });
  world = await setUpActivities('anmalan', { modules: [...(await loadServerModules()), recorder] });
});
afterAll(async () => {
  await world.test.close();
});

const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inHours = (hours: number) => new Date(base + hours * 3_600_000).toISOString();

/** An activity with one shift of `capacity` places, `hours` from now. */
async function activityWithShift(capacity: number, hours = 48, cutoffMinutes = 0) {
  const startsAt = inHours(hours);
  return world.createActivity({
    startsAt,
    endsAt: inHours(hours + 2),
    signupCutoffMinutes: cutoffMinutes,
    contactPersonId: world.org.personIds.activist,
    shifts: [
      buildShift({ startsAt, capacity }),
      buildShift({ startsAt: inHours(hours + 1), capacity: 5 }),
    ],
  });
}

describe('signing up and cancelling', () => {
  it('signs an activist up in one request and cancels in one, waiting list promoted', async () => {
    const activity = await activityWithShift(1);
    const shift = activity.shifts[0]!;
    const coordinator = as(world, 'coordinator');
    const activist = as(world, 'activist');
    const first = await coordinator('POST', `/api/shifts/${shift.id}/signup`);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      signup: { status: 'confirmed', waitingPosition: null },
      shift: { confirmed: 1, waiting: 0 },
    });
    const second = await activist('POST', `/api/shifts/${shift.id}/signup`);
    expect(second.json()).toMatchObject({
      signup: { status: 'waiting', waitingPosition: 1 },
      shift: { confirmed: 1, waiting: 1 },
    });
    changes.length = 0;
    const cancelled = await coordinator('DELETE', `/api/shifts/${shift.id}/signup`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().shift).toMatchObject({ confirmed: 1, waiting: 0, mySignup: null });
    expect(changes.map((change) => change.kind)).toEqual(['cancelled', 'promoted']);
    const mine = await activist('GET', `/api/activities/${activity.id}`);
    expect(mine.json().shifts[0].mySignup).toMatchObject({ status: 'confirmed' });
    // Nothing to cancel twice.
    expect((await coordinator('DELETE', `/api/shifts/${shift.id}/signup`)).statusCode).toBe(404);
  });

  it('refuses an activist’s own cancel and sign-up after the organizer’s cutoff', async () => {
    const activity = await activityWithShift(5, 3, 24 * 60);
    const shift = activity.shifts[0]!;
    const late = await as(world, 'activist')('POST', `/api/shifts/${shift.id}/signup`);
    expect(late.statusCode).toBe(409);
    expect(late.json().errors[0].code).toBe('cutoff_passed');
    // The organizer may still book, and the activist may then not cancel themselves.
    const booked = await as(world, 'organizer')('POST', `/api/shifts/${shift.id}/bookings`, {
      personId: world.org.personIds.activist,
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json()).toMatchObject({ status: 'confirmed', source: 'booked' });
    const cancel = await as(world, 'activist')('DELETE', `/api/shifts/${shift.id}/signup`);
    expect(cancel.statusCode).toBe(409);
    expect(cancel.json().errors[0].code).toBe('cutoff_passed');
  });
});

describe('organizers book, move and remove', () => {
  it('books, refuses a double booking, moves between shifts and removes', async () => {
    const activity = await activityWithShift(1);
    const [morning, noon] = activity.shifts;
    const organizer = as(world, 'organizer');
    const [member] = world.org.memberIds;
    const booked = await organizer('POST', `/api/shifts/${morning!.id}/bookings`, {
      personId: member,
    });
    expect(booked.json()).toMatchObject({ status: 'confirmed', person: { id: member } });
    const twice = await organizer('POST', `/api/shifts/${morning!.id}/bookings`, {
      personId: member,
    });
    expect(twice.statusCode).toBe(409);
    const waiting = await as(world, 'activist')('POST', `/api/shifts/${morning!.id}/signup`);
    expect(waiting.json().signup.status).toBe('waiting');

    const moved = await organizer('POST', `/api/signups/${booked.json().id}/move`, {
      shiftId: noon!.id,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ shiftId: noon!.id, status: 'confirmed' });
    // The freed place went to the one waiting.
    const list = await organizer('GET', `/api/activities/${activity.id}/signups`);
    expect(
      list.json().items.map((s: { shiftId: string; status: string }) => [s.shiftId, s.status]),
    ).toEqual([
      [morning!.id, 'confirmed'],
      [noon!.id, 'confirmed'],
    ]);
    const removed = await organizer('DELETE', `/api/signups/${booked.json().id}`);
    expect(removed.statusCode).toBe(200);
    const after = await organizer('GET', `/api/activities/${activity.id}/signups`);
    expect(after.json().items).toHaveLength(1);
  });

  it('keeps a coordinator to their own group’s people and activities', async () => {
    const activity = await activityWithShift(3);
    const coordinator = as(world, 'coordinator');
    // The activity belongs to the whole association: not theirs to book onto.
    const refused = await coordinator('POST', `/api/shifts/${activity.shifts[0]!.id}/bookings`, {
      personId: world.org.memberIds[0],
    });
    expect(refused.statusCode).toBe(403);
    const own = await world.createActivity({ localGroupId: world.org.groupIds[0] });
    const outsider = await coordinator('POST', `/api/shifts/${own.shifts[0]!.id}/bookings`, {
      personId: world.org.memberIds[1],
    });
    expect(outsider.statusCode).toBe(400);
    const insider = await coordinator('POST', `/api/shifts/${own.shifts[0]!.id}/bookings`, {
      personId: world.org.memberIds[0],
    });
    expect(insider.statusCode).toBe(201);
  });

  it('a larger capacity promotes from the waiting list', async () => {
    const activity = await activityWithShift(1);
    const shift = activity.shifts[0]!;
    await as(world, 'organizer')('POST', `/api/shifts/${shift.id}/signup`);
    await as(world, 'activist')('POST', `/api/shifts/${shift.id}/signup`);
    const bigger = await as(world, 'organizer')('PATCH', `/api/shifts/${shift.id}`, {
      capacity: 2,
    });
    expect(bigger.json()).toMatchObject({ capacity: 2, confirmed: 2, waiting: 0 });
  });
});

describe('merging two records of one person', () => {
  it('keeps one sign-up per shift, and the freed place goes to the waiting list', async () => {
    const activity = await activityWithShift(2);
    const shift = activity.shifts[0]!;
    const organizer = as(world, 'organizer');
    const [keep, duplicate] = world.org.memberIds;
    for (const personId of [keep, duplicate]) {
      await organizer('POST', `/api/shifts/${shift.id}/bookings`, { personId });
    }
    await as(world, 'activist')('POST', `/api/shifts/${shift.id}/signup`);
    const merged = await organizer('POST', '/api/people/merge', {
      keepId: keep,
      mergeId: duplicate,
    });
    expect(merged.statusCode).toBe(200);
    const list = await organizer('GET', `/api/activities/${activity.id}/signups`);
    const onShift = list.json().items.filter((s: { shiftId: string }) => s.shiftId === shift.id);
    expect(
      onShift.map((s: { person: { id: string }; status: string }) => [s.person.id, s.status]),
    ).toEqual([
      [keep, 'confirmed'],
      [world.org.personIds.activist, 'confirmed'],
    ]);
  });
});

describe('attendance, report and my page', () => {
  it('lets the contact person see sign-ups, mark attendance and report', async () => {
    const activity = await activityWithShift(5);
    const booked = await as(world, 'organizer')(
      'POST',
      `/api/shifts/${activity.shifts[0]!.id}/bookings`,
      {
        personId: world.org.memberIds[0],
      },
    );
    // The activist is the contact person here.
    const contact = as(world, 'activist');
    const list = await contact('GET', `/api/activities/${activity.id}/signups`);
    expect(list.statusCode).toBe(200);
    const marked = await contact('PATCH', `/api/signups/${booked.json().id}`, { attended: false });
    expect(marked.json()).toMatchObject({ attended: false });
    const report = await contact('PUT', `/api/activities/${activity.id}/report`, {
      leaflets: 400,
      conversations: 35,
      note: 'Bra stämning vid stationen.',
    });
    expect(report.statusCode).toBe(200);
    expect(report.json()).toMatchObject({
      leaflets: 400,
      doorsKnocked: null,
      conversations: 35,
      note: 'Bra stämning vid stationen.',
      reportedBy: 'activist anmalan',
    });
    const replaced = await contact('PUT', `/api/activities/${activity.id}/report`, {
      leaflets: 450,
    });
    expect(replaced.json()).toMatchObject({ leaflets: 450, conversations: null });
    // Someone who is neither manager nor contact person is refused.
    const other = await world.createActivity();
    expect((await contact('PUT', `/api/activities/${other.id}/report`, {})).statusCode).toBe(403);
  });

  it('shows my upcoming sign-ups and my group’s activities on Min sida', async () => {
    const activity = await activityWithShift(1, 20);
    await as(world, 'organizer')('POST', `/api/shifts/${activity.shifts[0]!.id}/signup`);
    await as(world, 'activist')('POST', `/api/shifts/${activity.shifts[0]!.id}/signup`);
    // Min sida shows the next few: these start sooner than anything the other tests made.
    const soon = new Date(Date.now() + 30 * 60_000).toISOString();
    const groupActivity = await world.createActivity({
      localGroupId: world.org.groupIds[0],
      startsAt: soon,
    });
    const otherGroup = await world.createActivity({
      localGroupId: world.org.groupIds[1],
      startsAt: soon,
    });
    const mine = await as(world, 'activist')('GET', '/api/me/activities');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().groupActivities.length).toBeLessThanOrEqual(5);
    const signup = mine
      .json()
      .signups.find((s: { activity: { id: string } }) => s.activity.id === activity.id);
    expect(signup).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    const ids = mine.json().groupActivities.map((a: { id: string }) => a.id);
    expect(ids).toContain(groupActivity.id);
    expect(ids).not.toContain(otherGroup.id);
  });
});
