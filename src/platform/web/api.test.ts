import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountRoutes } from '../../features/accounts/accounts.contract.ts';
import { organizationRoutes } from '../../features/organizations/organizations.contract.ts';
import { mailRoutes } from '../../features/mail/mail.contract.ts';
import { ApiError, callApi, setCsrfToken } from './api.ts';

const groupId = '0b6b7a8e-3c1f-4c1e-9d3a-3f1a2b4c5d6e';
const session = {
  user: {
    id: '11111111-1111-4111-8111-111111111111',
    email: 'anna@example.se',
    role: 'activist',
    personId: '22222222-2222-4222-8222-222222222222',
    firstName: 'Anna',
    lastName: 'Svensson',
    coordinatedLocalGroupIds: [],
  },
  organization: {
    id: '33333333-3333-4333-8333-333333333333',
    slug: 'huddinge',
    name: 'V Huddinge',
  },
  csrfToken: 'csrf-from-session',
};

const unauthenticated = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  code: 'unauthenticated',
  errors: [],
};

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': type, ...headers },
  });
}

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  setCsrfToken(null);
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function lastRequest(): { url: string; init: RequestInit; headers: Record<string, string> } {
  const [url, init = {}] = fetchMock.mock.lastCall ?? [];
  return { url: String(url), init, headers: init.headers as Record<string, string> };
}

describe('callApi', () => {
  it('fills path parameters, sends the query string and same-origin credentials', async () => {
    fetchMock.mockResolvedValue(json(200, { items: [], total: 0, isDelivering: false }));
    await callApi(mailRoutes.listOutbox, { query: { limit: 25, offset: 50 } });
    expect(lastRequest().url).toBe('/api/outbox?limit=25&offset=50');
    expect(lastRequest().init.credentials).toBe('same-origin');

    fetchMock.mockResolvedValue(json(200, { items: [] }));
    await callApi(organizationRoutes.listLocalGroupMembers, { params: { id: groupId } });
    expect(lastRequest().url).toBe(`/api/local-groups/${groupId}/members`);
  });

  it('sends a JSON body, and the CSRF token of the session on state-changing requests only', async () => {
    fetchMock.mockImplementation(async (url) =>
      String(url) === '/api/auth/session' ? json(401, unauthenticated) : json(200, session),
    );
    await callApi(accountRoutes.login, { body: { email: 'anna@example.se', password: 'pw' } });
    expect(lastRequest().init.body).toBe('{"email":"anna@example.se","password":"pw"}');
    expect(lastRequest().headers['content-type']).toBe('application/json');
    // Nobody was logged in, so there was no token to send.
    expect(lastRequest().headers['x-csrf-token']).toBeUndefined();

    fetchMock.mockResolvedValue(json(200, { items: [] }));
    await callApi(organizationRoutes.listLocalGroups);
    expect(lastRequest().headers['x-csrf-token']).toBeUndefined();

    fetchMock.mockResolvedValue(json(200, { ok: true }));
    await callApi(accountRoutes.logout);
    expect(lastRequest().headers['x-csrf-token']).toBe('csrf-from-session');
    // A request without a body must not claim to be JSON (the server would reject an empty body).
    expect(lastRequest().headers['content-type']).toBeUndefined();
  });

  it('asks for the session before a write when this page has not seen one yet', async () => {
    // E.g. Min sida's first write after a reload: the cookie goes along, so the server demands
    // the CSRF token, which this page has not been told yet.
    fetchMock.mockImplementation(async (url) =>
      String(url) === '/api/auth/session' ? json(200, session) : json(200, { ok: true, ended: 1 }),
    );
    await callApi(accountRoutes.logoutEverywhere);
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      '/api/auth/session',
      '/api/auth/logout-everywhere',
    ]);
    expect(lastRequest().headers['x-csrf-token']).toBe('csrf-from-session');
  });

  it('sends public writes (login, reset and invitation links) without asking for a token', async () => {
    fetchMock.mockResolvedValue(json(202, { ok: true }));
    await callApi(accountRoutes.requestPasswordReset, { body: { email: 'anna@example.se' } });
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual(['/api/auth/password-reset']);
    expect(lastRequest().headers['x-csrf-token']).toBeUndefined();
  });

  it('throws an ApiError with the status, the code and the field errors of a problem', async () => {
    setCsrfToken('token');
    fetchMock.mockResolvedValue(
      json(400, {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'validation',
        detail: 'body/email must match format "email"',
        errors: [{ path: 'body.email', code: 'invalid_format', message: 'Invalid email address' }],
      }),
    );
    const error = await callApi(accountRoutes.requestPasswordReset, {
      body: { email: 'not-an-address' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation' });
    expect((error as ApiError).fieldErrors).toEqual([
      { path: 'body.email', code: 'invalid_format', message: 'Invalid email address' },
    ]);
  });

  it('reads Retry-After on 429', async () => {
    setCsrfToken('token');
    fetchMock.mockResolvedValue(
      json(
        429,
        {
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          code: 'too_many_requests',
          errors: [],
        },
        { 'retry-after': '120' },
      ),
    );
    const error = await callApi(accountRoutes.login, {
      body: { email: 'anna@example.se', password: 'x' },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfterSeconds: 120 });
  });

  it('gives a code from the status when the answer is not a problem (a proxy error page)', async () => {
    fetchMock.mockResolvedValue(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      }),
    );
    const error = await callApi(organizationRoutes.listCommittees).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ status: 502, code: 'internal', problem: null });
    expect((error as ApiError).fieldErrors).toEqual([]);

    fetchMock.mockResolvedValue(new Response('', { status: 404 }));
    const notFound = await callApi(organizationRoutes.listCommittees).catch(
      (caught: unknown) => caught,
    );
    expect(notFound).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reports a network failure as code "network"', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await callApi(accountRoutes.session).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });

  it('forgets the CSRF token when the server says the session is gone (401)', async () => {
    setCsrfToken('stale');
    fetchMock.mockResolvedValue(json(401, unauthenticated));
    await callApi(organizationRoutes.listLocalGroups).catch(() => undefined);
    await callApi(accountRoutes.logout).catch(() => undefined);
    expect(lastRequest().url).toBe('/api/auth/logout');
    expect(lastRequest().headers['x-csrf-token']).toBeUndefined();
  });
});
