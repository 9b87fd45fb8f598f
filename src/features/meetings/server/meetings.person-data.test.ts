import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePerson } from '../../privacy/server/erase.queries.ts';
import { setUpMeetings, type Member, type MeetingsWorld } from './meetings-testing.ts';

// A person's part of meetings: in "my data", and erased without changing the meeting's totals.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-persondata');
});
afterAll(() => w.test.close());

const chair = () => w.call('organizer');

describe('a person’s meeting data', () => {
  it('is in "my data" and erased, while the statistics stay as they were', async () => {
    const { id, itemId } = await w.createMeeting();
    const ada: Member = await w.member('Ada', 'woman');
    const proposal = (
      await ada.call('POST', `/api/meetings/${id}/proposals`, { title: 'Lekplatser' })
    ).json();
    await ada.call('PUT', `/api/topic-proposals/${proposal.id}/support`);
    await chair()('POST', `/api/meetings/${id}/open`);
    await chair()('PUT', `/api/meetings/${id}/current-item`, { itemId });
    const { checkInCode } = (await chair()('GET', `/api/meetings/${id}`)).json();
    await ada.call('POST', `/api/meetings/${id}/check-in`, { code: checkInCode });
    await ada.call('POST', `/api/meetings/${id}/speakers`, {});
    await chair()('POST', `/api/meetings/${id}/speakers/next`);
    await chair()('POST', `/api/meetings/${id}/close`);
    const decision = (
      await chair()('POST', `/api/agenda-items/${itemId}/decisions`, {
        text: 'att bygga lekplatser',
        outcome: 'approved',
      })
    ).json();
    await chair()('POST', `/api/meeting-decisions/${decision.id}/tasks`, {
      title: 'Skriv till kommunen',
      responsiblePersonId: ada.personId,
    });
    await chair()('POST', `/api/agenda-items/${itemId}/elections`, {
      office: 'Ombud',
      elected: [{ personId: ada.personId }],
    });

    const part = w.app.personData.get('meetings')!;
    const scope = { organizationId: w.org.id, personId: ada.personId };
    const mine = await part.myData!(w.test.db, scope);
    expect(mine.meetingsAttended).toHaveLength(1);
    expect(mine.meetingTopicsProposed).toEqual([expect.objectContaining({ title: 'Lekplatser' })]);
    expect(mine.meetingTopicsSupported).toHaveLength(1);
    expect(mine.speakersListTurns).toEqual([
      expect.objectContaining({ kind: 'speech', gender: 'woman' }),
    ]);
    expect(mine.meetingTasks).toEqual([expect.objectContaining({ title: 'Skriv till kommunen' })]);
    expect(mine.meetingElections).toEqual([expect.objectContaining({ office: 'Ombud' })]);

    const before = (await chair()('GET', `/api/meetings/${id}/statistics`)).json();
    await w.test.db
      .transaction()
      .execute((trx) => erasePerson(trx, [...w.app.personData.values()], scope, w.app.events));
    const after = (await chair()('GET', `/api/meetings/${id}/statistics`)).json();
    expect(after.byGender).toEqual(before.byGender);
    expect(after.total.turns).toBe(1);
    const left = await part.myData!(w.test.db, scope);
    expect(Object.values(left).every((rows) => Array.isArray(rows) && rows.length === 0)).toBe(
      true,
    );
    const meeting = (await chair()('GET', `/api/meetings/${id}`)).json();
    expect(meeting.agenda[0].elections[0].elected).toEqual([
      { personId: null, name: '–', isDeputy: false },
    ]);
    const proposals = (await chair()('GET', `/api/meetings/${id}/proposals`)).json().items;
    expect(proposals[0]).toMatchObject({ title: 'Lekplatser', supportCount: 0, proposer: null });
  });
});

describe('tenancy and local groups', () => {
  it('hides another association’s meeting and lets a coordinator manage their group’s', async () => {
    const other = await setUpMeetings('moten-andra');
    try {
      const foreign = await other.createMeeting();
      expect((await chair()('GET', `/api/meetings/${foreign.id}`)).statusCode).toBe(404);
      expect(
        (
          await chair()('POST', `/api/agenda-items/${foreign.itemId}/decisions`, {
            text: 'att',
            outcome: 'approved',
          })
        ).statusCode,
      ).toBe(404);
    } finally {
      await other.test.close();
    }
    const groupActivity = await w.createActivity({
      typeId: w.types.member_meeting!,
      localGroupId: w.org.groupIds[0],
    });
    const meeting = (
      await chair()('POST', '/api/meetings', {
        activityId: groupActivity.id,
        kind: 'member_meeting',
      })
    ).json();
    const asCoordinator = await w.call('coordinator')('PATCH', `/api/meetings/${meeting.id}`, {
      theme: 'Gruppens möte',
    });
    expect(asCoordinator.statusCode, asCoordinator.body).toBe(200);
    expect(asCoordinator.json()).toMatchObject({ theme: 'Gruppens möte', canManage: true });
    expect(
      (await w.call('activist')('PATCH', `/api/meetings/${meeting.id}`, { theme: 'x' })).statusCode,
    ).toBe(403);
  });
});
