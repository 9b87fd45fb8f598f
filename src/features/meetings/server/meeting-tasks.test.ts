import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpMeetings, type MeetingsWorld } from './meetings-testing.ts';

// Decisions become tasks followed up at the next meeting; board roles; the plan's numbers.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-uppgifter');
});
afterAll(() => w.test.close());

const chair = () => w.call('organizer');
const DAY = 24 * 3_600_000;

async function meetingOn(
  daysFromNow: number,
  localGroupId: string | null = null,
  kind = 'member_meeting',
) {
  const startsAt = new Date(Math.ceil((Date.now() + daysFromNow * DAY) / 3_600_000) * 3_600_000);
  const activity = await w.createActivity({
    typeId: w.types.member_meeting!,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    localGroupId,
  });
  const meeting = (
    await chair()('POST', '/api/meetings', { activityId: activity.id, kind })
  ).json();
  const item = (
    await chair()('POST', `/api/meetings/${meeting.id}/agenda`, {
      title: 'Kampanj',
      kind: 'decision',
    })
  ).json();
  return { id: meeting.id as string, itemId: item.id as string };
}

describe('tasks from decisions', () => {
  it('are made from a decision, followed up at the next meeting and reported by their person', async () => {
    const held = await meetingOn(-20, w.org.groupIds[0]);
    const next = await meetingOn(10, w.org.groupIds[0]);
    const elsewhere = await meetingOn(11, w.org.groupIds[1]);
    const wholeAssociation = await meetingOn(12);
    const board = await meetingOn(13, w.org.groupIds[0], 'board_meeting');
    const ada = await w.member('Ada', 'woman');
    const decision = (
      await chair()('POST', `/api/agenda-items/${held.itemId}/decisions`, {
        text: 'att dela ut flygblad i Vårby',
        outcome: 'approved',
      })
    ).json();
    const created = await chair()('POST', `/api/meeting-decisions/${decision.id}/tasks`, {
      title: 'Boka flygblad',
      responsiblePersonId: ada.personId,
      dueOn: '2020-01-31',
      planMeans: 'Delmål 2: dörrknackning och flygblad',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      title: 'Boka flygblad',
      responsible: { id: ada.personId, name: 'Ada Testsson' },
      decisionText: 'att dela ut flygblad i Vårby',
      status: 'open',
      isOverdue: true,
    });
    const taskId = created.json().id as string;

    const followUp = (await chair()('GET', `/api/meetings/${next.id}/follow-up`)).json();
    expect(followUp.items.map((t: { id: string }) => t.id)).toEqual([taskId]);
    // Only the next meeting of the same kind in the same local group follows the task up.
    for (const other of [elsewhere, wholeAssociation, board]) {
      const items = (await chair()('GET', `/api/meetings/${other.id}/follow-up`)).json().items;
      expect(items, other.id).toEqual([]);
    }
    const mine = (await ada.call('GET', '/api/meeting-tasks?mine=true')).json();
    expect(mine.items.map((t: { id: string }) => t.id)).toEqual([taskId]);

    expect(
      (await ada.call('PATCH', `/api/meeting-tasks/${taskId}`, { title: 'Annat' })).statusCode,
    ).toBe(403);
    const done = await ada.call('PATCH', `/api/meeting-tasks/${taskId}`, {
      status: 'done',
      followUpNote: '2 000 flygblad bokade',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', isOverdue: false });
    expect(done.json().completedAt).not.toBeNull();
    const after = (await chair()('GET', `/api/meetings/${next.id}/follow-up`)).json();
    expect(after.items[0]).toMatchObject({ id: taskId, status: 'done' });
    const meeting = (await chair()('GET', `/api/meetings/${held.id}`)).json();
    expect(meeting.agenda[0].decisions[0].taskCount).toBe(1);
  });
});

describe('board roles', () => {
  it('name who answers for what; organizers change them, members read them', async () => {
    const ada = await w.member('Ada', 'woman');
    const body = { title: 'Intern antirasism', personId: ada.personId, position: 1 };
    expect((await w.call('activist')('POST', '/api/board-roles', body)).statusCode).toBe(403);
    const created = await chair()('POST', '/api/board-roles', body);
    expect(created.statusCode, created.body).toBe(201);
    expect((await chair()('POST', '/api/board-roles', body)).statusCode).toBe(409);
    await chair()('POST', '/api/board-roles', { title: 'Internfeministiskt arbete', position: 2 });
    const list = (await w.call('activist')('GET', '/api/board-roles')).json().items;
    expect(list).toEqual([
      expect.objectContaining({
        title: 'Intern antirasism',
        person: { id: ada.personId, name: 'Ada Testsson' },
      }),
      expect.objectContaining({ title: 'Internfeministiskt arbete', person: null }),
    ]);
    const id = created.json().id as string;
    const moved = await chair()('PATCH', `/api/board-roles/${id}`, { personId: null });
    expect(moved.json().person).toBeNull();
    expect((await chair()('DELETE', `/api/board-roles/${id}`)).statusCode).toBe(200);
  });
});

describe('numbers for the plan', () => {
  it('count meetings held, attendance, topics taken up and speaking time by gender', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
    const before = (await chair()('GET', `/api/meeting-numbers?from=${from}&to=${today}`)).json();
    const held = await meetingOn(-3, w.org.groupIds[1]);
    await meetingOn(5);
    const ada = await w.member('Ada', 'woman');
    await chair()('POST', `/api/meetings/${held.id}/attendance`, { personId: ada.personId });
    const proposal = (
      await ada.call('POST', `/api/meetings/${held.id}/proposals`, { title: 'Skolor' })
    ).json();
    await chair()('POST', `/api/topic-proposals/${proposal.id}/take`, {});
    await ada.call('POST', `/api/meetings/${held.id}/proposals`, { title: 'Parker' });
    await chair()('POST', `/api/meetings/${held.id}/open`);
    await chair()('PUT', `/api/meetings/${held.id}/current-item`, { itemId: held.itemId });
    await ada.call('POST', `/api/meetings/${held.id}/speakers`, {});
    await chair()('POST', `/api/meetings/${held.id}/speakers/next`);
    await chair()('POST', `/api/meetings/${held.id}/close`);
    await w.test.db
      .updateTable('meeting_speakers')
      .set({
        started_at: new Date(Date.now() - 3 * DAY),
        ended_at: new Date(Date.now() - 3 * DAY + 75_000),
      })
      .where('meeting_id', '=', held.id)
      .execute();

    const numbers = await chair()('GET', `/api/meeting-numbers?from=${from}&to=${today}`);
    expect(numbers.statusCode, numbers.body).toBe(200);
    const n = numbers.json();
    expect(n.held - before.held).toBe(1);
    expect(n.attendance - before.attendance).toBe(1);
    expect(n.topicsProposed - before.topicsProposed).toBe(2);
    expect(n.topicsTakenUp - before.topicsTakenUp).toBe(1);
    expect(n.speakingByGender.woman.seconds - (before.speakingByGender.woman?.seconds ?? 0)).toBe(
      75,
    );
    expect(n.localGroups).toBeGreaterThanOrEqual(1);
    expect(
      (await w.call('activist')('GET', `/api/meeting-numbers?from=${from}&to=${today}`)).statusCode,
    ).toBe(403);
    const bad = await chair()('GET', `/api/meeting-numbers?from=${today}&to=${from}`);
    expect(bad.statusCode).toBe(400);
  });
});
