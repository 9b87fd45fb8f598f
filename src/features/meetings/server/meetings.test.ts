import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpMeetings, type MeetingsWorld } from './meetings-testing.ts';

// Planning a meeting: on an activity, its agenda, planning group, partners and members' topics.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-plan');
});
afterAll(() => w.test.close());

describe('a meeting on an activity', () => {
  it('is made by an organizer, once per activity, and read by members', async () => {
    const activity = await w.createActivity({ typeId: w.types.member_meeting! });
    const body = { activityId: activity.id, kind: 'annual_meeting', quorumMinimum: 3 };
    expect((await w.call('activist')('POST', '/api/meetings', body)).statusCode).toBe(403);
    const created = await w.call('organizer')('POST', '/api/meetings', body);
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({
      kind: 'annual_meeting',
      quorumMinimum: 3,
      activity: { id: activity.id, title: activity.title },
      canManage: true,
      agenda: [],
    });
    expect(meeting.checkInCode).toMatch(/^[A-Z2-9]{6}$/);
    expect((await w.call('organizer')('POST', '/api/meetings', body)).statusCode).toBe(409);

    const asMember = await w.call('activist')('GET', `/api/meetings/${meeting.id}`);
    expect(asMember.statusCode).toBe(200);
    expect(asMember.json()).toMatchObject({ canManage: false, checkInCode: null });
    const list = await w.call('activist')('GET', '/api/meetings');
    expect(list.json().items.map((m: { id: string }) => m.id)).toContain(meeting.id);
  });

  it('refuses an activity of another association and a draft is hidden from members', async () => {
    const draft = await w.createActivity({ typeId: w.types.member_meeting!, visibility: 'draft' });
    const created = await w.call('organizer')('POST', '/api/meetings', {
      activityId: draft.id,
      kind: 'member_meeting',
    });
    expect((await w.call('activist')('GET', `/api/meetings/${created.json().id}`)).statusCode).toBe(
      404,
    );
    const foreign = await w.call('organizer')('POST', '/api/meetings', {
      activityId: '00000000-0000-4000-8000-000000000000',
      kind: 'member_meeting',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('body.activityId');
  });
});

describe('the agenda and the planning group', () => {
  it('is edited by organizers and planners, in order, not by other members', async () => {
    const { id, itemId } = await w.createMeeting();
    const member = await w.member('Planera', 'woman');
    const add = (call: typeof member.call) =>
      call('POST', `/api/meetings/${id}/agenda`, {
        title: 'Val av ombud',
        kind: 'election',
        preparerPersonId: member.personId,
        documents: [{ title: 'Valberedningens förslag', url: 'https://example.org/f.pdf' }],
      });
    expect((await add(member.call)).statusCode).toBe(403);
    const planning = await w.call('organizer')('PUT', `/api/meetings/${id}/planning-group`, {
      personIds: [member.personId],
      committeeId: null,
    });
    expect(planning.statusCode, planning.body).toBe(200);
    const added = await add(member.call);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      position: 2,
      kind: 'election',
      preparer: { id: member.personId, name: 'Planera Testsson' },
    });
    const partner = await member.call('POST', `/api/meetings/${id}/partners`, {
      name: 'Hyresgästföreningen Huddinge',
      contactNote: 'Bjuds in till punkt 1',
    });
    expect(partner.statusCode).toBe(201);

    const order = await w.call('organizer')('PUT', `/api/meetings/${id}/agenda/order`, {
      itemIds: [added.json().id, itemId],
    });
    expect(order.statusCode).toBe(200);
    const bad = await w.call('organizer')('PUT', `/api/meetings/${id}/agenda/order`, {
      itemIds: [itemId],
    });
    expect(bad.statusCode).toBe(400);
    const meeting = (await member.call('GET', `/api/meetings/${id}`)).json();
    expect(meeting.agenda.map((item: { title: string }) => item.title)).toEqual([
      'Val av ombud',
      'Bostadspolitik',
    ]);
    expect(meeting.planners).toEqual([{ id: member.personId, name: 'Planera Testsson' }]);
    expect(meeting.partners[0].name).toBe('Hyresgästföreningen Huddinge');
    expect(meeting.canManage).toBe(true);
  });
});

describe('topics proposed by members', () => {
  it('are supported once per member, ranked, and taken onto the agenda by planners', async () => {
    const { id } = await w.createMeeting();
    const [a, b, c] = [
      await w.member('Ada', 'woman'),
      await w.member('Bo', 'man'),
      await w.member('Cy', null),
    ];
    const propose = async (who: typeof a, title: string) => {
      const response = await who.call('POST', `/api/meetings/${id}/proposals`, { title });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    const parks = await propose(a, 'Parker i Flemingsberg');
    const buses = await propose(b, 'Bussar till Skogås');
    for (const who of [a, b, c]) {
      expect((await who.call('PUT', `/api/topic-proposals/${buses}/support`)).statusCode).toBe(200);
    }
    const twice = await c.call('PUT', `/api/topic-proposals/${buses}/support`);
    expect(twice.json().supportCount).toBe(3);
    await c.call('PUT', `/api/topic-proposals/${parks}/support`);
    await c.call('DELETE', `/api/topic-proposals/${parks}/support`);

    const seen = (await c.call('GET', `/api/meetings/${id}/proposals`)).json().items;
    expect(seen.map((p: { title: string }) => p.title)).toEqual([
      'Bussar till Skogås',
      'Parker i Flemingsberg',
    ]);
    expect(seen[0]).toMatchObject({ supportCount: 3, isSupported: true, proposer: null });
    expect(seen[1]).toMatchObject({ supportCount: 0, isSupported: false, isMine: false });
    const planners = (await w.call('organizer')('GET', `/api/meetings/${id}/proposals`)).json();
    expect(planners.items[0].proposer).toEqual({ id: b.personId, name: 'Bo Testsson' });

    expect((await a.call('POST', `/api/topic-proposals/${buses}/take`, {})).statusCode).toBe(403);
    const taken = await w.call('organizer')('POST', `/api/topic-proposals/${buses}/take`, {
      kind: 'decision',
    });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(taken.json()).toMatchObject({ title: 'Bussar till Skogås', kind: 'decision' });
    expect(taken.json().proposalId).toBe(buses);
    expect((await b.call('DELETE', `/api/topic-proposals/${buses}`)).statusCode).toBe(409);
    expect((await b.call('DELETE', `/api/topic-proposals/${parks}`)).statusCode).toBe(403);
    expect((await a.call('DELETE', `/api/topic-proposals/${parks}`)).statusCode).toBe(200);
  });
});

describe('the planning committee', () => {
  it('plans the meeting: its members manage it as planners do', async () => {
    const { id } = await w.createMeeting();
    const member = await w.member('Rådsgruppare', 'woman');
    const committee = await w.test.db
      .insertInto('committees')
      .values({ organization_id: w.org.id, kind: 'council_group', name: 'Rådsgruppen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await w.test.db
      .insertInto('committee_members')
      .values({ organization_id: w.org.id, committee_id: committee.id, person_id: member.personId })
      .execute();
    const edit = () => member.call('PATCH', `/api/meetings/${id}`, { theme: 'Trygghet' });
    expect((await edit()).statusCode).toBe(403);
    const set = await w.call('organizer')('PUT', `/api/meetings/${id}/planning-group`, {
      personIds: [],
      committeeId: committee.id,
    });
    expect(set.statusCode, set.body).toBe(200);
    const edited = await edit();
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().canManage).toBe(true);
  });
});

describe('who makes an activity a meeting', () => {
  it('those who manage the activity: its local group’s coordinator, not a member', async () => {
    const groupId = w.org.groupIds[0]!;
    const activity = await w.createActivity({
      typeId: w.types.member_meeting!,
      localGroupId: groupId,
    });
    const body = { activityId: activity.id, kind: 'member_meeting', theme: 'Skolan' };
    expect((await w.call('activist')('POST', '/api/meetings', body)).statusCode).toBe(403);
    const made = await w.call('coordinator')('POST', '/api/meetings', body);
    expect(made.statusCode, made.body).toBe(201);
    const other = await w.createActivity({ typeId: w.types.member_meeting! });
    const elsewhere = await w.call('coordinator')('POST', '/api/meetings', {
      ...body,
      activityId: other.id,
    });
    expect(elsewhere.statusCode).toBe(403);
  });
});
