import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ trustProxy: 'loopback' });
});
afterAll(() => t.close());

const strict = (csp: string) => {
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
};

it('sends a strict policy and the framing, sniffing and referrer headers on every answer', async () => {
  for (const url of [
    '/api/health',
    '/api/people',
    '/api/nothing-here',
    '/o/nowhere/calendar.ics',
  ]) {
    const response = await t.app.inject({ url });
    strict(String(response.headers['content-security-policy']));
    expect(response.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
    });
    expect(response.headers['strict-transport-security']).toBeUndefined();
  }
});

it('asks for https only when the request came over https', async () => {
  const response = await t.app.inject({
    url: '/api/health',
    headers: { 'x-forwarded-proto': 'https' },
  });
  expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
});

it('lets the API documentation page send its own policy, strict on scripts too', async () => {
  const response = await t.app.inject({ url: '/api/docs' });
  expect(response.statusCode).toBe(200);
  const csp = String(response.headers['content-security-policy']);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  expect(csp).toContain("object-src 'none'");
  expect(response.headers['x-frame-options']).toBe('DENY');
});
