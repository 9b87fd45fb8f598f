import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from './app.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestSession,
} from './testing.ts';

let t: TestApp;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  const org = await seedAssociation(t.db, 'input');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  return response.json() as { code: string; errors: { path: string; code: string }[] };
}

describe('bad input', () => {
  it('names every failing field of a body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/local-groups',
      headers: organizer.headers,
      payload: { name: '', areaDescription: 42, coordinatorId: 'not-an-id' },
    });
    const problem = expectProblem(response, 400);
    expect(problem.code).toBe('validation');
    expect(problem.errors.map((e) => e.path).sort()).toEqual([
      'body.areaDescription',
      'body.coordinatorId',
      'body.name',
    ]);
  });

  it('validates parameters and query strings', async () => {
    const params = await t.app.inject({ url: '/api/local-groups/123', headers: organizer.headers });
    expect(expectProblem(params, 400).errors[0]?.path).toBe('params.id');
    const admin = await login(t.app, 'admin@input.example.org');
    const query = await t.app.inject({ url: '/api/outbox?limit=100000', headers: admin.headers });
    expect(expectProblem(query, 400).errors[0]?.path).toBe('querystring.limit');
  });

  it('answers malformed JSON, a wrong content type and an empty body with 4xx, never 500', async () => {
    const cases = [
      { payload: '{"name": ', type: 'application/json' },
      { payload: 'name=x', type: 'application/x-www-form-urlencoded' },
      { payload: '', type: 'application/json' },
      { payload: '[]', type: 'application/json' },
      { payload: 'null', type: 'application/json' },
    ];
    for (const c of cases) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/local-groups',
        headers: { ...organizer.headers, 'content-type': c.type },
        payload: c.payload,
      });
      expect(response.statusCode, c.payload).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, c.payload).toBeLessThan(500);
      expect(String(response.headers['content-type'])).toContain('application/problem+json');
    }
  });

  it('limits the body size', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/local-groups',
      headers: { ...organizer.headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x', areaDescription: 'a'.repeat(BODY_LIMIT) }),
    });
    expect(expectProblem(response, 413).code).toBe('payload_too_large');
  });

  it('answers unknown API routes and methods with 404', async () => {
    expectProblem(await t.app.inject({ url: '/api/finns-inte' }), 404);
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/finns-inte', payload: {} }), 404);
    expectProblem(await t.app.inject({ method: 'PUT', url: '/api/health', payload: {} }), 404);
    expectProblem(await t.app.inject({ url: '/api/%E0%A4%A' }), 400);
    expectProblem(await t.app.inject({ url: '/groups/%E0%A4%A' }), 400);
  });

  it('rejects over-long and wrongly typed values without a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: `${'a'.repeat(300)}@example.org`, password: ['x'] },
    });
    const problem = expectProblem(response, 400);
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['body.email', 'body.password']);
  });

  it('refuses a NUL character in any text, body or query, as a field error', async () => {
    const body = await t.app.inject({
      method: 'POST',
      url: '/api/tag-groups',
      headers: organizer.headers,
      payload: { name: 'Val\u00002026' },
    });
    expect(expectProblem(body, 400).errors).toEqual([
      expect.objectContaining({ path: 'body.name', code: 'nul_character' }),
    ]);
    const query = await t.app.inject({ url: '/api/people?q=%00', headers: organizer.headers });
    expect(expectProblem(query, 400).errors[0]?.path).toBe('querystring.q');
  });

  it('answers an empty change with the record as it is', async () => {
    const made = await t.app.inject({
      method: 'POST',
      url: '/api/tags',
      headers: organizer.headers,
      payload: { name: 'Oförändrad', colour: '#1c5d99' },
    });
    const tag = made.json() as { id: string; name: string };
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/tags/${tag.id}`,
      headers: organizer.headers,
      payload: {},
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ id: tag.id, name: 'Oförändrad' });
  });
});
