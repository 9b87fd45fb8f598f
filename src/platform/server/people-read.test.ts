import { z } from 'zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadServerModules } from '../../server/modules.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../server/testing.ts';
import { defineRoute, defineRoutes } from '../shared/route.ts';
import { defineServerModule } from './module.ts';
import { auditPeopleRead } from './people-read.ts';
import { addRoute } from './route.ts';

// The kernel's half of auditing reads: a route whose contract says it shows people's data
// cannot answer without reporting the read, nor report it twice, and a route that does not say
// so cannot report one.

const secret = { items: ['Hemliga Personen'] };
const spec = (path: string, audit: boolean) =>
  defineRoute({
    method: 'GET',
    path,
    permission: 'organizer',
    summary: 'test',
    tags: ['test'],
    ...(audit ? { audit: 'people-read' as const } : {}),
    response: z.object({ items: z.array(z.string()) }),
  });
const routes = defineRoutes({
  forgets: spec('/api/test/forgets', true),
  twice: spec('/api/test/twice', true),
  undeclared: spec('/api/test/undeclared', false),
  right: spec('/api/test/right', true),
});
const read = { list: 'test', count: 1 };

const testModule = defineServerModule({
  name: 'read-test',
  routes(app) {
    addRoute(app, routes.forgets, async () => secret);
    addRoute(app, routes.twice, async (request) => {
      await auditPeopleRead(request, read);
      await auditPeopleRead(request, read);
      return secret;
    });
    addRoute(app, routes.undeclared, async (request) => {
      await auditPeopleRead(request, read);
      return secret;
    });
    addRoute(app, routes.right, async (request) => {
      await auditPeopleRead(request, read);
      return secret;
    });
  },
});

let t: TestApp;
let org: TestAssociation;
let organizer: TestSession;

beforeAll(async () => {
  t = await createTestApp({}, { modules: [...(await loadServerModules()), testModule] });
  org = await seedAssociation(t.db, 'karnan');
  organizer = await login(t.app, org.emails.organizer);
});
afterAll(() => t.close());

async function entries() {
  const rows = await t.db
    .selectFrom('audit_log')
    .select('details')
    .where('organization_id', '=', org.id)
    .where('action', '=', 'people.list')
    .execute();
  return rows.map((row) => row.details);
}

it('answers a route that reports its read once, with one entry', async () => {
  const response = await t.app.inject({ url: '/api/test/right', headers: organizer.headers });
  expect(response.json()).toEqual(secret);
  expect(await entries()).toEqual([{ list: 'test', count: 1 }]);
});

it('fails, without the data, a route that forgets, reports twice or does not declare it', async () => {
  for (const path of ['forgets', 'twice', 'undeclared']) {
    const response = await t.app.inject({ url: `/api/test/${path}`, headers: organizer.headers });
    expect(response.statusCode, path).toBe(500);
    expect(response.body).not.toContain('Hemliga');
  }
});

it('says in the OpenAPI document which answers are audited', async () => {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
    paths: Record<string, { get: { description?: string } }>;
  };
  expect(doc.paths['/api/test/right']!.get.description).toMatch(/audit log/);
  expect(doc.paths['/api/test/undeclared']!.get.description).toBeUndefined();
  expect(doc.paths['/api/people']!.get.description).toMatch(/audit log/);
});
