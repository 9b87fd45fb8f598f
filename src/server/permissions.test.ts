import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissions, type Permission } from '../platform/shared/route.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from './testing.ts';

// Walks every registered route: each declares a permission, and a caller below it gets
// 401/403 and no data, whatever the path, body or query.

let t: TestApp;
let org: TestAssociation;
const sessions = {} as Record<'activist' | 'coordinator' | 'organizer', TestSession>;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'walk');
  for (const role of ['activist', 'coordinator', 'organizer'] as const) {
    sessions[role] = await login(t.app, org.emails[role]);
  }
});
afterAll(() => t.close());

const rank: Record<Permission, number> = {
  public: 0,
  activist: 1,
  coordinator: 2,
  organizer: 3,
  admin: 4,
};

function apiRoutes() {
  return t.app.registeredRoutes.filter(
    (route) =>
      route.method !== 'HEAD' &&
      route.url.startsWith('/api/') &&
      !route.url.startsWith('/api/docs'),
  );
}

function concreteUrl(url: string) {
  return url.replace(':id', org.groupIds[1]).replace(':slug', org.slug);
}

describe('every route', () => {
  it('declares a known permission', () => {
    const routes = t.app.registeredRoutes;
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      expect(permissions, `${route.method} ${route.url}`).toContain(route.permission);
    }
  });

  it('answers 401 without data to an anonymous caller unless public', async () => {
    const checked: string[] = [];
    for (const route of apiRoutes()) {
      if (route.permission === 'public') continue;
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(Object.keys(response.json())).not.toContain('items');
      checked.push(`${route.method} ${route.url}`);
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it('answers 403 to a logged-in caller whose role is below the route', async () => {
    let checked = 0;
    for (const route of apiRoutes()) {
      for (const [role, session] of Object.entries(sessions)) {
        if (rank[route.permission as Permission] <= rank[role as Permission]) continue;
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: concreteUrl(route.url),
          headers: session.headers,
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        expect(response.statusCode, `${role} → ${route.method} ${route.url}`).toBe(403);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('public routes', () => {
  it('the OpenAPI document lists every API route and its docs page loads', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const route of apiRoutes()) {
      if (route.url === '/api/openapi.json') continue;
      const path = route.url.replace(/:([a-zA-Z]+)/g, '{$1}');
      expect(doc.paths[path], path).toHaveProperty(route.method.toLowerCase());
    }
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('the public association page shows only what is published', async () => {
    const response = await t.app.inject({ url: `/api/public/organizations/${org.slug}` });
    expect(response.statusCode).toBe(200);
    const body = JSON.stringify(response.json());
    expect(body).not.toContain('@');
    expect(body).not.toContain('+46');
  });

  it('health names the database', async () => {
    const response = await t.app.inject({ url: '/api/health' });
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
    });
  });
});
