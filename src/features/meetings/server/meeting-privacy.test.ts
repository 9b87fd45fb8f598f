import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpMeetings, type Member, type MeetingsWorld } from './meetings-testing.ts';

// What the speaking statistics and the chair's list may tell: each person's seconds only to the
// chair and organizers while the meeting is open; to members after it, no group with fewer than
// three speakers and no item split by gender, since the speakers' names are public.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-integritet');
});
afterAll(() => w.test.close());

const organizer = () => w.call('organizer');

async function meetingWithTurns() {
  const { id, itemId } = await w.createMeeting();
  const [ada, bea, cia, dan, planner, chairPerson] = [
    await w.member('Ada', 'woman'),
    await w.member('Bea', 'woman'),
    await w.member('Cia', 'woman'),
    await w.member('Dan', 'man'),
    await w.member('Planera', null),
    await w.member('Ordf', null),
  ];
  await organizer()('PUT', `/api/meetings/${id}/planning-group`, {
    personIds: [planner.personId],
    committeeId: null,
  });
  await organizer()('PATCH', `/api/meetings/${id}`, { chairPersonId: chairPerson.personId });
  await organizer()('POST', `/api/meetings/${id}/open`);
  await organizer()('PUT', `/api/meetings/${id}/current-item`, { itemId });
  for (const m of [ada, bea, cia, dan]) {
    await organizer()('POST', `/api/meetings/${id}/attendance`, { personId: m.personId });
    await m.call('POST', `/api/meetings/${id}/speakers`, {});
    await organizer()('POST', `/api/meetings/${id}/speakers/next`);
  }
  return { id, ada, dan, planner, chairPerson };
}

const finishedFor = async (call: Member['call'], id: string) =>
  (await call('GET', `/api/meetings/${id}/live`)).json().chair?.finished;

describe('who sees what of the speaking', () => {
  it('gives each person’s seconds to the chair and organizers only, while the meeting is open', async () => {
    const { id, planner, chairPerson } = await meetingWithTurns();
    expect(await finishedFor(organizer(), id)).toHaveLength(3);
    expect(await finishedFor(chairPerson.call, id)).toHaveLength(3);
    // A planner manages the meeting (the check-in code) but not the seconds of each person.
    const planners = (await planner.call('GET', `/api/meetings/${id}/live`)).json();
    expect(planners.chair.checkInCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(planners.chair.finished).toBeNull();
    await organizer()('POST', `/api/meetings/${id}/close`);
    expect(await finishedFor(organizer(), id)).toBeNull();
    expect(await finishedFor(chairPerson.call, id)).toBeNull();
  });

  it('shows members no group of fewer than three speakers and no item by gender', async () => {
    const { id, ada } = await meetingWithTurns();
    await organizer()('POST', `/api/meetings/${id}/close`);
    const full = (await organizer()('GET', `/api/meetings/${id}/statistics`)).json();
    expect(full.byGender.man).toMatchObject({ turns: 1, speakers: 1 });
    expect(full.items[0].byGender.woman).toMatchObject({ turns: 3, speakers: 3 });

    const members = (await ada.call('GET', `/api/meetings/${id}/statistics`)).json();
    expect(members.total).toMatchObject({ turns: 4, speakers: 4 });
    expect(members.byGender.woman).toMatchObject({ turns: 3, speakers: 3 });
    expect(members.byGender.man).toBeNull();
    expect(members.byGender.other).toMatchObject({ turns: 0, speakers: 0 });
    expect(members.byFirstTime.firstTime).toMatchObject({ turns: 4, speakers: 4 });
    expect(members.byKind.reply).toMatchObject({ turns: 0 });
    expect(members.items[0].byGender).toBeNull();
    expect(members.items[0].total).toMatchObject({ turns: 4 });
  });
});

describe('finding people to check in or elect', () => {
  it('searches the register for coordinators and up, the meeting’s own circle for other planners', async () => {
    const { id, planner } = await meetingWithTurns();
    const outsider = await w.member('Utomstående', 'other');
    const find = async (call: Member['call'], q: string) =>
      (await call('GET', `/api/meetings/${id}/people?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((p: { name: string }) => p.name);
    expect(await find(organizer(), 'utomstående')).toEqual(['Utomstående Testsson']);
    expect(await find(planner.call, 'utomstående')).toEqual([]);
    // Those checked in at the meeting are in its circle.
    expect(await find(planner.call, 'ada')).toEqual(['Ada Testsson']);
    await organizer()('POST', `/api/meetings/${id}/attendance`, { personId: outsider.personId });
    expect(await find(planner.call, 'utomstående')).toEqual(['Utomstående Testsson']);
  });
});
