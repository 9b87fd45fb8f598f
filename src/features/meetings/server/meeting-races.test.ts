import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DB } from '../../../../db/schema.ts';
import { setUpMeetings, type Member, type MeetingsWorld } from './meetings-testing.ts';

// Two changes to one meeting at the same moment (a double tap, two adjusters): each change locks
// the meeting's row first, so they run one after the other; on PostgreSQL the requests really do
// run at once. A unique index that still refuses answers 409, never 500. On PostgreSQL the test
// also makes the overlap certain: it holds the rows the changes will write until both requests
// are waiting in the database, then lets them go.

let w: MeetingsWorld;
beforeAll(async () => {
  w = await setUpMeetings('moten-samtidigt');
});
afterAll(() => w.test.close());

const chair = () => w.call('organizer');

async function openWith(names: string[]) {
  const { id, itemId } = await w.createMeeting();
  await chair()('POST', `/api/meetings/${id}/open`);
  await chair()('PUT', `/api/meetings/${id}/current-item`, { itemId });
  const members: Member[] = [];
  for (const name of names) {
    const m = await w.member(name, 'woman');
    await chair()('POST', `/api/meetings/${id}/attendance`, { personId: m.personId });
    members.push(m);
  }
  return { id, itemId, members };
}

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** How many sessions wait, directly or through another, on the session `holder`. */
async function waitingOn(db: Kysely<DB>, holder: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    with recursive blocked(pid) as (
      select pid from pg_stat_activity where ${holder}::int = any(pg_blocking_pids(pid))
      union
      select a.pid from pg_stat_activity a join blocked b on b.pid = any(pg_blocking_pids(a.pid))
    )
    select count(*)::int as n from blocked`.execute(db);
  return rows[0]!.n;
}

/**
 * Runs `changes` while a transaction holds `lock`'s rows, and releases them once both requests
 * wait in the database: they then run at the same moment.
 */
async function atOnce<T>(
  lock: (trx: Kysely<DB>) => Promise<unknown>,
  changes: () => Promise<T>[],
): Promise<T[]> {
  let answers: Promise<T[]> | undefined;
  await w.test.db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
    await lock(trx);
    answers = Promise.all(changes());
    while ((await waitingOn(w.test.db, rows[0]!.pid)) < 2) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  });
  return answers!;
}

describe.runIf(onPostgres)('changes held to run at the same moment (PostgreSQL)', () => {
  it('two “Nästa talare” give the floor to the next two in turn', async () => {
    const { id, members } = await openWith(['Lena', 'Maja', 'Nora']);
    for (const m of members) {
      expect((await m.call('POST', `/api/meetings/${id}/speakers`, {})).statusCode).toBe(201);
    }
    const next = () => chair()('POST', `/api/meetings/${id}/speakers/next`);
    const answers = await atOnce(
      (trx) =>
        trx
          .selectFrom('meeting_speakers')
          .select('id')
          .where('meeting_id', '=', id)
          .forUpdate()
          .execute(),
      () => [next(), next()],
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const state = (await chair()('GET', `/api/meetings/${id}/live`)).json();
    expect(state.current.person.name).toBe('Maja Testsson');
    expect(state.queue.map((q: { person: { name: string } }) => q.person.name)).toEqual([
      'Nora Testsson',
    ]);
  });

  it('two adjusters approving at once publish the minutes', async () => {
    const { id, members } = await openWith(['Olga', 'Petra']);
    const [olga, petra] = members as [Member, Member];
    await chair()('POST', `/api/meetings/${id}/minutes/generate`);
    await chair()('PUT', `/api/meetings/${id}/adjusters`, {
      personIds: [olga.personId, petra.personId],
    });
    await chair()('POST', `/api/meetings/${id}/minutes/ready`);
    const { readyAt } = (await olga.call('GET', `/api/meetings/${id}/minutes`)).json();
    const approve = (m: Member) =>
      m.call('POST', `/api/meetings/${id}/minutes/approve`, { readyAt });
    const answers = await atOnce(
      (trx) =>
        trx
          .selectFrom('meeting_adjusters')
          .select('person_id')
          .where('meeting_id', '=', id)
          .forUpdate()
          .execute(),
      () => [approve(olga), approve(petra)],
    );
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    expect((await chair()('GET', `/api/meetings/${id}/minutes`)).json().status).toBe('published');
  });
  it('a proposal taken onto the agenda twice at once becomes one item', async () => {
    const { id } = await w.createMeeting();
    const proposed = await w.call('activist')('POST', `/api/meetings/${id}/proposals`, {
      title: 'Kollektivtrafiken i Vårby',
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const proposalId = proposed.json().id as string;
    const take = () =>
      chair()('POST', `/api/topic-proposals/${proposalId}/take`, { kind: 'discussion' });
    const answers = await atOnce(
      (trx) =>
        trx
          .selectFrom('meeting_topic_proposals')
          .select('id')
          .where('id', '=', proposalId)
          .forUpdate()
          .execute(),
      () => [take(), take()],
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const items = await w.test.db
      .selectFrom('meeting_agenda_items')
      .select('title')
      .where('meeting_id', '=', id)
      .where('title', '=', 'Kollektivtrafiken i Vårby')
      .execute();
    expect(items).toHaveLength(1);
  });
});

describe('changes at the same moment', () => {
  it('two “Nästa talare” at once give the floor to the next two in turn, skipping nobody', async () => {
    const { id, members } = await openWith(['Ebba', 'Frida', 'Greta']);
    for (const m of members) {
      expect((await m.call('POST', `/api/meetings/${id}/speakers`, {})).statusCode).toBe(201);
    }
    const next = () => chair()('POST', `/api/meetings/${id}/speakers/next`);
    const answers = await Promise.all([next(), next()]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const state = (await chair()('GET', `/api/meetings/${id}/live`)).json();
    expect(state.current.person.name).toBe('Frida Testsson');
    expect(state.queue.map((q: { person: { name: string } }) => q.person.name)).toEqual([
      'Greta Testsson',
    ]);
    const turns = await w.test.db
      .selectFrom('meeting_speakers')
      .select(['person_id', 'ended_at'])
      .where('meeting_id', '=', id)
      .where('started_at', 'is not', null)
      .execute();
    expect(turns).toHaveLength(2);
  });

  it('a double “Begär ordet” asks once: the second answers 409', async () => {
    const { id, members } = await openWith(['Hanna']);
    const ask = () => members[0]!.call('POST', `/api/meetings/${id}/speakers`, {});
    const answers = await Promise.all([ask(), ask()]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!;
    expect(refused.json().errors[0].code).toBe('already_listed');
    const waiting = await w.test.db
      .selectFrom('meeting_speakers')
      .select('id')
      .where('meeting_id', '=', id)
      .execute();
    expect(waiting).toHaveLength(1);
  });

  it('the database holds one waiting request per person, item, kind and reply target', async () => {
    const { id, itemId, members } = await openWith(['Ines']);
    const row = {
      organization_id: w.org.id,
      meeting_id: id,
      item_id: itemId,
      person_id: members[0]!.personId,
      kind: 'speech',
      added_by: 'self',
    } as const;
    await w.test.db.insertInto('meeting_speakers').values(row).execute();
    await expect(w.test.db.insertInto('meeting_speakers').values(row).execute()).rejects.toThrow(
      /meeting_speakers_one_waiting_idx/,
    );
  });

  it('two adjusters approving at once publish the minutes', async () => {
    const { id, members } = await openWith(['Julia', 'Karin']);
    const [julia, karin] = members as [Member, Member];
    expect((await chair()('POST', `/api/meetings/${id}/minutes/generate`)).statusCode).toBe(200);
    await chair()('PUT', `/api/meetings/${id}/adjusters`, {
      personIds: [julia.personId, karin.personId],
    });
    expect((await chair()('POST', `/api/meetings/${id}/minutes/ready`)).statusCode).toBe(200);
    const { readyAt } = (await julia.call('GET', `/api/meetings/${id}/minutes`)).json();
    const approve = (m: Member) =>
      m.call('POST', `/api/meetings/${id}/minutes/approve`, { readyAt });
    const answers = await Promise.all([approve(julia), approve(karin)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200]);
    const minutes = (await chair()('GET', `/api/meetings/${id}/minutes`)).json();
    expect(minutes.status).toBe('published');
  });
});
