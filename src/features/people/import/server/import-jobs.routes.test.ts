import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';
import type { ImportJob } from '../import.contract.ts';
import { importOverHttp, waitForImportJob } from './import-jobs.fixtures.ts';

// The import as a background job over HTTP: started with 202, followed until done, seen only by
// who started it, all or nothing. Invented people only.

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'jobb');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

/** `rows` invented people as a UTF-8 file, from number `from` on. */
function peopleFile(rows: number, from = 0, nameAt = (i: number) => `Ny${i}`) {
  const lines = ['Förnamn;Efternamn;E-post;Medlemsnummer'];
  for (let i = from; i < from + rows; i++) {
    lines.push(`${nameAt(i)};Testsson;jobb${i}@example.com;${50_000 + i}`);
  }
  return {
    filename: 'stor.csv',
    contentBase64: Buffer.from(lines.join('\n'), 'utf8').toString('base64'),
  };
}

const start = (payload: object, session = organizer) =>
  t.app.inject({ method: 'POST', url: '/api/people/import', headers: session.headers, payload });

const countPeople = async () =>
  Number(
    (
      await t.db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', org.id)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('an import job', () => {
  it('answers 202 at once, then counts rows read and people saved up to the total', async () => {
    const before = await countPeople();
    const started = await start(peopleFile(15_000));
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json<ImportJob>();
    expect(job).toMatchObject({ status: 'running', processed: 0, total: 15_000, summary: null });

    const { job: done, seen } = await waitForImportJob(t.app, organizer, job.id);
    expect(done).toMatchObject({
      status: 'done',
      stage: 'saving',
      processed: 15_000,
      total: 15_000,
      isDryRun: false,
      error: null,
      summary: { created: 15_000, updated: 0, skipped: 0, errors: [] },
    });
    expect(await countPeople()).toBe(before + 15_000);
    // The count only goes forward within each stage, and the stages come in order.
    const order = seen.map((state) => (state.stage === 'reading' ? 0 : 1) * 1e9 + state.processed);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  }, 60_000);

  it('streams its progress in the answer while the import holds the database', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/people/import/follow',
      headers: organizer.headers,
      payload: peopleFile(25_000, 400_000),
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    const states = response.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as ImportJob);
    expect(states[0]).toMatchObject({ status: 'running', processed: 0, total: 25_000 });
    expect(states.at(-1)).toMatchObject({
      status: 'done',
      stage: 'saving',
      processed: 25_000,
      total: 25_000,
      summary: { created: 25_000 },
    });
    // Written while people were being saved: the stream did not wait for the transaction.
    expect(
      states.some((s) => s.stage === 'saving' && s.processed > 0 && s.processed < s.total),
    ).toBe(true);
    // The same job can still be asked for.
    const { job } = await waitForImportJob(t.app, organizer, states[0]!.id);
    expect(job.status).toBe('done');
  }, 60_000);

  it('runs a dry run the same way and saves nothing', async () => {
    const before = await countPeople();
    const job = await importOverHttp(t.app, organizer, {
      ...peopleFile(300, 90_000),
      isDryRun: true,
    });
    expect(job).toMatchObject({ status: 'done', isDryRun: true, summary: { created: 300 } });
    expect(job.processed).toBe(job.total);
    expect(await countPeople()).toBe(before);
  });

  it('leaves nothing written when it fails half-way, and says it failed', async () => {
    await sql`alter table people add constraint test_job_crash check (first_name <> 'Krasch')`.execute(
      t.db,
    );
    try {
      const before = await countPeople();
      const audits = await t.db.selectFrom('audit_log').select('id').execute();
      const failing = peopleFile(6000, 20_000, (i) => (i === 25_990 ? 'Krasch' : `Ny${i}`));
      const job = await importOverHttp(t.app, organizer, failing);
      expect(job).toMatchObject({
        status: 'failed',
        summary: null,
        error: { code: 'internal', message: 'The import failed; nothing was saved' },
      });
      expect(await countPeople()).toBe(before);
      expect(await t.db.selectFrom('audit_log').select('id').execute()).toHaveLength(audits.length);
    } finally {
      await sql`alter table people drop constraint test_job_crash`.execute(t.db);
    }
  }, 60_000);

  it('is seen only by the account that started it', async () => {
    const started = await start(peopleFile(10, 95_000));
    const { id } = started.json<ImportJob>();
    const other = await seedAssociation(t.db, 'jobb-annan');
    for (const session of [
      await login(t.app, org.emails.admin),
      await login(t.app, other.emails.organizer),
    ]) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/people/import/jobs/${id}`,
        headers: session.headers,
      });
      expect(response.statusCode).toBe(404);
    }
    expect((await waitForImportJob(t.app, organizer, id)).job.status).toBe('done');
  });

  it('refuses a second import in the same association while one runs', async () => {
    const admin = await login(t.app, org.emails.admin);
    const first = await start(peopleFile(20_000, 100_000));
    expect(first.statusCode).toBe(202);
    const second = await start(peopleFile(5, 200_000), admin);
    expect(second.statusCode).toBe(409);
    await waitForImportJob(t.app, organizer, first.json<ImportJob>().id);
    expect((await start(peopleFile(5, 200_000))).statusCode).toBe(202);
  }, 60_000);

  it('refuses a file or a mapping it cannot use before starting anything', async () => {
    const xls = await start({
      filename: 'gammal.xls',
      contentBase64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2]).toString('base64'),
    });
    expect(xls.statusCode).toBe(415);
    const unknownField = await start({
      ...peopleFile(1, 300_000),
      mapping: ['firstName', 'lastName', 'email', 'custom:44444444-4444-4444-8444-444444444444'],
    });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.json().errors).toEqual([
      expect.objectContaining({ path: 'body.mapping.3', code: 'unknown_field' }),
    ]);
  });
});
