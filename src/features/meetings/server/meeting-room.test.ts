import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpMeetings, type Member, type MeetingsWorld } from './meetings-testing.ts';

// The meeting in the room: check-in, the speakers' list from phones and the chair, the live state
// with its ETag, and the statistics of who spoke (recomputed here from the list).

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-rum');
});
afterAll(() => w.test.close());

const chair = () => w.call('organizer');

async function openWithMembers(settings: Record<string, unknown> = {}) {
  const { id, itemId } = await w.createMeeting(settings);
  await chair()('POST', `/api/meetings/${id}/open`);
  await chair()('PUT', `/api/meetings/${id}/current-item`, { itemId });
  const code = (await chair()('GET', `/api/meetings/${id}`)).json().checkInCode as string;
  const members = [
    await w.member('Anna', 'woman'),
    await w.member('Bertil', 'man'),
    await w.member('Cirkeln', null),
  ];
  for (const m of members) {
    const checked = await m.call('POST', `/api/meetings/${id}/check-in`, {
      code: code.toLowerCase(),
    });
    expect(checked.statusCode, checked.body).toBe(200);
  }
  return { id, itemId, code, members };
}

const live = async (who: Member | null, id: string) =>
  (who
    ? await who.call('GET', `/api/meetings/${id}/live`)
    : await chair()('GET', `/api/meetings/${id}/live`)
  ).json();

let turnsMoved = 0;
/** Moves a turn's times into the past, one after another, as if it had lasted `seconds`. */
async function lasted(entryId: string, seconds: number) {
  turnsMoved += 1;
  const ended = new Date(Date.now() - 3_600_000 + turnsMoved * 300_000);
  await w.test.db
    .updateTable('meeting_speakers')
    .set({ started_at: new Date(ended.getTime() - seconds * 1000), ended_at: ended })
    .where('id', '=', entryId)
    .execute();
}

describe('check-in', () => {
  it('takes the code shown in the room, refuses a wrong one, and counts towards quorum', async () => {
    const { id, members } = await openWithMembers({ quorumMinimum: 4 });
    const stranger = await w.member('Dora', 'woman');
    const wrong = await stranger.call('POST', `/api/meetings/${id}/check-in`, { code: 'ZZZZZZ' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].code).toBe('wrong_code');
    let state = await live(members[0]!, id);
    expect(state.attendanceCount).toBe(3);
    expect(state.quorum).toEqual({ minimum: 4, isMet: false });
    expect(state.me).toMatchObject({ isCheckedIn: true, canChair: false });
    expect(state.chair).toBeNull();
    await chair()('POST', `/api/meetings/${id}/attendance`, { personId: stranger.personId });
    state = await live(null, id);
    expect(state.quorum.isMet).toBe(true);
    expect(state.chair.checkInCode).toMatch(/^[A-Z2-9]{6}$/);
    const list = (await chair()('GET', `/api/meetings/${id}/attendance`)).json().items;
    expect(list.map((a: { method: string }) => a.method).sort()).toEqual([
      'chair',
      'code',
      'code',
      'code',
    ]);
    expect((await members[0]!.call('GET', `/api/meetings/${id}/attendance`)).statusCode).toBe(403);
    const found = await chair()('GET', `/api/meetings/${id}/people?q=dora%20test`);
    expect(found.json().items).toEqual([{ id: stranger.personId, name: 'Dora Testsson' }]);
    expect((await members[0]!.call('GET', `/api/meetings/${id}/people?q=dora`)).statusCode).toBe(
      403,
    );
  });
});

describe('the speakers’ list', () => {
  it('orders first-time speakers first and replies before speeches, from phones and the chair', async () => {
    const { id, members } = await openWithMembers({ firstTimeSpeakersFirst: true });
    const [anna, bertil, cirkeln] = members as [Member, Member, Member];
    const ask = (m: Member, body: object = {}) =>
      m.call('POST', `/api/meetings/${id}/speakers`, body);
    expect((await ask(anna)).statusCode).toBe(201);
    const twice = await ask(anna);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().errors[0]).toMatchObject({ path: 'meeting', code: 'already_listed' });
    await chair()('POST', `/api/meetings/${id}/speakers/next`);
    let state = await live(anna, id);
    expect(state.current.person.name).toBe('Anna Testsson');
    const annasTurn = state.current.id as string;

    // Anna asks again; Bertil after her, but he has not spoken: he goes first.
    await ask(anna);
    await ask(bertil);
    const reply = await ask(cirkeln, { kind: 'reply', replyToId: annasTurn });
    expect(reply.statusCode, reply.body).toBe(201);
    state = await live(bertil, id);
    expect(state.queue.map((q: { person: { name: string } }) => q.person.name)).toEqual([
      'Cirkeln Testsson',
      'Bertil Testsson',
      'Anna Testsson',
    ]);
    expect(state.queue[0].kind).toBe('reply');
    expect(state.me.place).toBe(2);
    expect(state.chair).toBeNull();

    // The chair adds the organizer's own name; a member may not add others.
    expect((await ask(anna, { personId: bertil.personId })).statusCode).toBe(403);
    const added = await chair()('POST', `/api/meetings/${id}/speakers`, {
      personId: w.org.personIds.admin,
    });
    expect(added.statusCode, added.body).toBe(201);
    // Anna leaves the list; Bertil may not take her place off.
    const annaWaiting = (await live(anna, id)).me.entryId as string;
    expect((await bertil.call('DELETE', `/api/meeting-speakers/${annaWaiting}`)).statusCode).toBe(
      403,
    );
    expect((await anna.call('DELETE', `/api/meeting-speakers/${annaWaiting}`)).statusCode).toBe(
      200,
    );
    expect((await live(anna, id)).me.place).toBeNull();
    expect((await anna.call('POST', `/api/meetings/${id}/speakers/next`)).statusCode).toBe(403);
  });

  it('answers 304 while nothing changed, and a new body after a change', async () => {
    const { id, members } = await openWithMembers();
    const first = await members[0]!.call('GET', `/api/meetings/${id}/live`);
    const etag = first.headers.etag as string;
    const again = await w.app.inject({
      method: 'GET',
      url: `/api/meetings/${id}/live`,
      headers: { ...members[0]!.session.headers, 'if-none-match': etag },
    });
    expect(again.statusCode).toBe(304);
    await members[1]!.call('POST', `/api/meetings/${id}/speakers`, {});
    const changed = await w.app.inject({
      method: 'GET',
      url: `/api/meetings/${id}/live`,
      headers: { ...members[0]!.session.headers, 'if-none-match': etag },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().version).toBeGreaterThan(first.json().version);
  });
});

describe('speaking statistics', () => {
  it('sum turns and seconds by stated gender and first-time speakers, totals only', async () => {
    const { id, members } = await openWithMembers();
    const [anna, bertil, cirkeln] = members as [Member, Member, Member];
    const turns: [Member, number][] = [
      [anna, 90],
      [bertil, 120],
      [cirkeln, 30],
      [anna, 45],
    ];
    for (const [member, seconds] of turns) {
      await member.call('POST', `/api/meetings/${id}/speakers`, {});
      await chair()('POST', `/api/meetings/${id}/speakers/next`);
      const state = await live(null, id);
      await chair()('POST', `/api/meeting-speakers/${state.current.id}/stop`);
      await lasted(state.current.id, seconds);
    }
    expect((await anna.call('GET', `/api/meetings/${id}/statistics`)).statusCode).toBe(403);
    const chairs = (await chair()('GET', `/api/meetings/${id}/statistics`)).json();
    // Recomputed from the chair's list of finished turns.
    const finished = (await live(null, id)).chair.finished as {
      seconds: number;
      isFirstTime: boolean;
    }[];
    expect(finished.map((t) => t.seconds)).toEqual([90, 120, 30, 45]);
    expect(finished.map((t) => t.isFirstTime)).toEqual([true, true, true, false]);
    expect(chairs.total).toEqual({ turns: 4, seconds: 285, speakers: 3 });
    expect(chairs.byGender).toEqual({
      woman: { turns: 2, seconds: 135, speakers: 1 },
      man: { turns: 1, seconds: 120, speakers: 1 },
      other: { turns: 0, seconds: 0, speakers: 0 },
      not_stated: { turns: 1, seconds: 30, speakers: 1 },
    });
    expect(chairs.byFirstTime).toEqual({
      firstTime: { turns: 3, seconds: 240, speakers: 3 },
      other: { turns: 1, seconds: 45, speakers: 1 },
    });
    expect(chairs.items[0].total.turns).toBe(4);

    await chair()('POST', `/api/meetings/${id}/close`);
    const after = await anna.call('GET', `/api/meetings/${id}/statistics`);
    expect(after.statusCode).toBe(200);
    // Members see totals, but no group of one or two speakers (see meeting-privacy.test.ts).
    expect(after.json().total).toEqual(chairs.total);
    expect(after.json().byGender).toEqual({
      woman: null,
      man: null,
      other: chairs.byGender.other,
      not_stated: null,
    });
    expect(JSON.stringify(after.json())).not.toContain('Anna');
    expect((await anna.call('POST', `/api/meetings/${id}/speakers`, {})).statusCode).toBe(409);
  });
});
