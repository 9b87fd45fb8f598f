import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { testConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { createTestDatabase, seedAssociation, TEST_PASSWORD } from '../../server/testing.ts';
import type { Database } from '../../../db/connect.ts';
import type { FastifyInstance } from 'fastify';

// Everything the server logs during ordinary use, captured at debug level, must carry no
// names, e-mail addresses, phone numbers, passwords or tokens.

let database: Database;
let app: FastifyInstance;
let captured = '';

beforeAll(async () => {
  database = await createTestDatabase();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      captured += chunk.toString();
      done();
    },
  });
  app = await buildApp({ config: testConfig(), database, logger: createLogger('debug', sink) });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await database.close();
});

it('logs requests, logins and mail without personal data', async () => {
  const org = await seedAssociation(database.db, 'logs');
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: org.emails.organizer, password: TEST_PASSWORD },
  });
  const { csrfToken } = login.json() as { csrfToken: string };
  const cookie = `grasrot_session=${login.cookies.find((c) => c.name === 'grasrot_session')!.value}`;
  await app.inject({
    method: 'POST',
    url: '/api/invitations',
    headers: { cookie, 'x-csrf-token': csrfToken },
    payload: {
      email: 'hemlig.person@logs.example.org',
      firstName: 'Hemlig',
      lastName: 'Personsson',
      role: 'activist',
    },
  });
  await app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email: org.emails.activist },
  });
  await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'okand@logs.example.org', password: 'fel lösenord' },
  });
  await app.inject({
    method: 'PATCH',
    url: '/api/me/profile',
    headers: { cookie, 'x-csrf-token': csrfToken },
    payload: { phone: '070-174 06 99', firstName: 'Förnamnsson' },
  });

  expect(captured).toContain('"path":"/api/auth/login"');
  expect(captured).toContain('mail stored in the outbox');
  for (const secret of [
    '@',
    'Hemlig',
    'Personsson',
    'Förnamnsson',
    '1740699',
    '174 06 99',
    TEST_PASSWORD,
    'fel lösenord',
    csrfToken,
    cookie.split('=')[1]!,
  ]) {
    expect(captured, `the log contains ${secret}`).not.toContain(secret);
  }
});
