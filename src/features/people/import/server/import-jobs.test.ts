import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { ImportSummary } from '../import.contract.ts';
import { ImportJobs, KEEP_FINISHED_MS } from './import-jobs.ts';

// The in-memory register of running imports, on a clock the test moves.

const owner = {
  accountId: '11111111-1111-4111-8111-111111111111',
  organizationId: '22222222-2222-4222-8222-222222222222',
};
const summary: ImportSummary = {
  created: 3,
  updated: 0,
  skipped: 0,
  errors: [],
  encoding: 'utf-8',
  delimiter: ';',
  isDryRun: false,
  hasMembershipColumn: true,
  membershipDefaulted: 0,
  newPeopleAre: 'contacts' as const,
  importId: null,
};

function setup() {
  const clock = { now: 1_000_000 };
  const unexpected: unknown[] = [];
  const jobs = new ImportJobs(
    (error) => unexpected.push(error),
    () => clock.now,
  );
  return { jobs, clock, unexpected };
}

describe('ImportJobs', () => {
  it('shows progress while running, then the summary, for an hour after it finished', async () => {
    const { jobs, clock } = setup();
    let finish: (summary: ImportSummary) => void = () => {};
    let report: Parameters<Parameters<ImportJobs['start']>[2]>[0] = () => {};
    const job = jobs.start(owner, { total: 3, isDryRun: false }, (onProgress) => {
      report = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    expect(job).toMatchObject({ status: 'running', stage: 'reading', processed: 0, total: 3 });
    await new Promise((resolve) => setImmediate(resolve));
    report({ stage: 'saving', processed: 2, total: 3 });
    expect(jobs.get(owner, job.id)).toMatchObject({ stage: 'saving', processed: 2 });
    finish(summary);
    await jobs.settle();
    expect(jobs.get(owner, job.id)).toMatchObject({ status: 'done', summary });

    clock.now += KEEP_FINISHED_MS - 1;
    expect(jobs.get(owner, job.id).status).toBe('done');
    clock.now += 2;
    expect(() => jobs.get(owner, job.id)).toThrow(AppError);
  });

  it('says a user error as it is and hides an unexpected one, which it hands on', async () => {
    const { jobs, unexpected } = setup();
    const refused = jobs.start(owner, { total: 1, isDryRun: true }, () =>
      Promise.reject(new AppError('conflict', 'A custom field was deleted')),
    );
    await jobs.settle();
    expect(jobs.get(owner, refused.id)).toMatchObject({
      status: 'failed',
      error: { code: 'conflict', message: 'A custom field was deleted' },
    });
    const crashed = jobs.start(owner, { total: 1, isDryRun: false }, () =>
      Promise.reject(new Error('connection lost to 10.0.0.7')),
    );
    await jobs.settle();
    expect(jobs.get(owner, crashed.id).error).toEqual({
      code: 'internal',
      message: 'The import failed; nothing was saved',
    });
    expect(unexpected).toHaveLength(1);
  });

  it('runs one import per association at a time; another association may start its own', async () => {
    const { jobs } = setup();
    let finish: (summary: ImportSummary) => void = () => {};
    jobs.start(owner, { total: 1, isDryRun: false }, () => new Promise((r) => (finish = r)));
    expect(() => jobs.start(owner, { total: 1, isDryRun: true }, async () => summary)).toThrow(
      /already running/,
    );
    const elsewhere = { ...owner, organizationId: '33333333-3333-4333-8333-333333333333' };
    expect(jobs.start(elsewhere, { total: 1, isDryRun: false }, async () => summary).status).toBe(
      'running',
    );
    await new Promise((resolve) => setImmediate(resolve));
    finish(summary);
    await jobs.settle();
    expect(jobs.start(owner, { total: 1, isDryRun: false }, async () => summary).status).toBe(
      'running',
    );
    await jobs.settle();
  });
});
