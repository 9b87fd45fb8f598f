import { vi } from 'vitest';
import type { Role } from '../shared/atoms.ts';
import { type Session } from '../shared/session.contract.ts';

// What every feature's component tests need: a session in a role, a JSON answer and a stub
// of `fetch`.

/** Anna Svensson of V Huddinge, logged in with `role`. */
export function sessionAs(role: Role, coordinatedLocalGroupIds: string[] = []): Session {
  return {
    user: {
      id: '11111111-1111-4111-8111-111111111111',
      email: 'anna@example.se',
      role,
      personId: '22222222-2222-4222-8222-222222222222',
      firstName: 'Anna',
      lastName: 'Svensson',
      coordinatedLocalGroupIds,
    },
    organization: {
      id: '33333333-3333-4333-8333-333333333333',
      slug: 'huddinge',
      name: 'V Huddinge',
    },
    csrfToken: 'token',
    mustSetUpTwoFactor: false,
  };
}

/** A JSON answer, as the API gives it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

/** Stubs `fetch` with `answer(url, init)`; returns the mock to inspect calls. */
export function stubFetch(answer: (url: string, init?: RequestInit) => Response) {
  const fetchMock = vi.fn<typeof fetch>(async (url, init) => answer(String(url), init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
