import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from '../../../server/testing.ts';
import { defineJob } from '../../../platform/server/jobs/job-definition.ts';
import { enqueueJob } from '../../../platform/server/jobs/jobs.queries.ts';

// Admins see their association's jobs — counts by status, recent jobs and their errors — but
// never a job's payload, and never another association's jobs.

let t: TestApp;
let org: TestAssociation;
let other: TestAssociation;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'jobbadmin');
  other = await seedAssociation(t.db, 'jobbannan');
  t.app.jobs.register(
    defineJob({
      kind: 'test.admin',
      payload: z.object({ personId: z.uuid(), isBroken: z.boolean() }),
      async run({ isBroken }) {
        if (isBroken) throw new Error('the mail template is missing');
      },
    }),
  );
  for (const isBroken of [false, false, true]) {
    await enqueueJob(t.db, {
      kind: 'test.admin',
      organizationId: org.id,
      payload: { personId: org.personIds.activist, isBroken },
    });
  }
  await enqueueJob(t.db, {
    kind: 'test.admin',
    organizationId: other.id,
    runAt: new Date(Date.now() + 60 * 60_000),
    payload: { personId: other.personIds.activist, isBroken: false },
  });
  await t.app.jobs.runDue();
});
afterAll(() => t.close());

it('lists counts by status and recent jobs with their errors, without payloads', async () => {
  const admin = await login(t.app, org.emails.admin);
  const response = await t.app.inject({ url: '/api/admin/jobs', headers: admin.headers });
  expect(response.statusCode).toBe(200);
  const body = response.json<{ counts: object; items: Record<string, unknown>[] }>();
  expect(body.counts).toEqual({ queued: 1, running: 0, done: 2, failed: 0 });
  expect(body.items).toHaveLength(3);
  expect(body.items.filter((job) => job.status === 'queued')).toEqual([
    expect.objectContaining({
      kind: 'test.admin',
      attempts: 1,
      maxAttempts: 5,
      lastError: 'Error: the mail template is missing',
    }),
  ]);
  expect(response.body).not.toContain(org.personIds.activist);
  expect(response.body).not.toContain('payload');

  const queued = await t.app.inject({
    url: '/api/admin/jobs?status=queued&limit=10',
    headers: admin.headers,
  });
  expect(queued.json<{ items: unknown[] }>().items).toHaveLength(1);
});

it('is for admins only', async () => {
  const organizer = await login(t.app, org.emails.organizer);
  const response = await t.app.inject({ url: '/api/admin/jobs', headers: organizer.headers });
  expect(response.statusCode).toBe(403);
});
