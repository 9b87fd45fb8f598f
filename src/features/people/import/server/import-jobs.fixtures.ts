import type { FastifyInstance } from 'fastify';
import type { TestSession } from '../../../../server/testing.ts';
import type { ImportJob } from '../import.contract.ts';
import type { ImportOptions } from './import.service.ts';

/** Follows an import job as the web app does, until it is done or failed; every state seen. */
export async function waitForImportJob(
  app: FastifyInstance,
  session: TestSession,
  id: string,
): Promise<{ job: ImportJob; seen: ImportJob[] }> {
  const seen: ImportJob[] = [];
  for (let polls = 0; polls < 2400; polls++) {
    const response = await app.inject({
      method: 'GET',
      url: `/api/people/import/jobs/${id}`,
      headers: session.headers,
    });
    if (response.statusCode !== 200) throw new Error(`job ${id}: ${response.body}`);
    const job = response.json<ImportJob>();
    seen.push(job);
    if (job.status !== 'running') return { job, seen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`import job ${id} did not finish`);
}

/** Starts an import over HTTP (202) and waits for its job to finish. */
export async function importOverHttp(
  app: FastifyInstance,
  session: TestSession,
  payload: object,
): Promise<ImportJob> {
  const started = await app.inject({
    method: 'POST',
    url: '/api/people/import',
    headers: session.headers,
    payload,
  });
  if (started.statusCode !== 202) throw new Error(`import not started: ${started.body}`);
  return (await waitForImportJob(app, session, started.json<ImportJob>().id)).job;
}

/** Options for `importPeople` in a test: a real import that updates matches, unless overridden. */
export function importOptions(
  organizationId: string,
  overrides: Partial<ImportOptions> = {},
): ImportOptions {
  return { organizationId, accountId: null, onMatch: 'update', isDryRun: false, ...overrides };
}
