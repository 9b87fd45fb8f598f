import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app.ts';
import { login } from '../../../server/testing.ts';
import { testConfig } from '../../../platform/server/config.ts';
import { createLogger } from '../../../platform/server/logger.ts';
import type { FastifyInstance } from 'fastify';
import { setUpMeetings, type MeetingsWorld } from './meetings-testing.ts';

// Several server processes may answer one meeting's phones: a second app on the same database,
// sharing nothing in memory with the first but the connection, sees the first's change on the
// very next poll. The live version lives in the database.

let w: MeetingsWorld;
let second: FastifyInstance;
beforeAll(async () => {
  w = await setUpMeetings('moten-tva');
  const database = { db: w.test.db, kind: w.app.dbKind, invalidations: w.app.invalidations };
  second = await buildApp({
    config: testConfig(),
    database: database as Parameters<typeof buildApp>[0]['database'],
    logger: createLogger('silent'),
  });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await w.test.close();
});

describe('the live state across server processes', () => {
  it('changes on one app are seen by a phone polling the other', async () => {
    const { id, itemId } = await w.createMeeting();
    const chair = w.call('organizer');
    await chair('POST', `/api/meetings/${id}/open`);
    await chair('PUT', `/api/meetings/${id}/current-item`, { itemId });
    const phone = await login(second, w.org.emails.activist);
    const poll = (etag?: string) =>
      second.inject({
        method: 'GET',
        url: `/api/meetings/${id}/live`,
        headers: { ...phone.headers, ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const first = await poll();
    expect(first.statusCode, first.body).toBe(200);
    const etag = first.headers.etag as string;
    expect((await poll(etag)).statusCode).toBe(304);

    await chair('POST', `/api/meetings/${id}/speakers`, { personId: w.org.personIds.admin });
    const changed = await poll(etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().queue).toHaveLength(1);
  });
});
