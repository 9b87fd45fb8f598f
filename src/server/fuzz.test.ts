import fc from 'fast-check';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoAssociation } from '../../db/seed/demo.ts';
import { createLogger } from '../platform/server/logger.ts';
import { createTestApp, login, TEST_PASSWORD, type TestApp, type TestSession } from './testing.ts';

// Bad input for every operation of the served OpenAPI document, generated (fast-check): strings
// with NUL characters and other control characters, wrong types, empty objects, huge numbers,
// in every declared body property and query parameter, on the demo association's own ids so that
// the input reaches the code behind validation. No answer may be a 500, every answer's status is
// one the operation documents, and the log — failures included — may never hold the personal
// data sent.

const person = {
  name: 'Fuzzlina Fuzzén',
  email: 'fuzzlina.fuzzen@example.org',
  phone: '0709998877',
};

let t: TestApp;
let admin: TestSession;
let adminAccountId: string;
const logLines: string[] = [];
let slug: string;
const idsByResource = new Map<string, string[]>();

/** The table behind a path segment (`local-groups` → local_groups). */
const tables: Record<string, string> = {
  'local-groups': 'local_groups',
  'custom-fields': 'custom_fields',
  'tag-groups': 'tag_groups',
  'activity-types': 'activity_types',
  lists: 'saved_lists',
  jobs: 'jobs',
  consents: 'consents',
  notes: 'person_notes',
};

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  t = await createTestApp({}, { logger: createLogger('debug', sink) });
  await t.db
    .transaction()
    .execute((trx) => createDemoAssociation(trx, { adminPassword: TEST_PASSWORD }));
  admin = await login(t.app, 'admin@example.org');
  const account = await t.db
    .selectFrom('accounts')
    .select('id')
    .where('email', '=', 'admin@example.org')
    .executeTakeFirstOrThrow();
  adminAccountId = account.id;
  const org = await t.db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  slug = org.slug;
  const names = [
    'people',
    'tags',
    'activities',
    'shifts',
    'signups',
    'campaigns',
    'accounts',
    ...Object.values(tables),
  ];
  for (const table of names) {
    const rows = await sql<{
      id: string;
    }>`select id from ${sql.table(table)} order by id limit 3`.execute(t.db);
    idsByResource.set(
      table,
      rows.rows.map((row) => row.id),
    );
  }
}, 60_000);
afterAll(() => t?.close());

interface Operation {
  method: string;
  path: string;
  query: string[];
  body: Record<string, unknown> | null;
  statuses: string[];
}

/** A real id for a path parameter, from the segment before it; else an unknown one. */
function idFor(segments: string[], index: number): string {
  const resource = segments[index - 1] ?? '';
  const table = tables[resource] ?? resource.replace(/-/g, '_');
  const ids = idsByResource.get(table) ?? [];
  // Never the admin's own account: changing it would lock the rest of the run out.
  const usable = table === 'accounts' ? ids.filter((id) => id !== adminAccountId) : ids;
  return usable[0] ?? '5f2a3a1e-8c4b-4f8e-9b1a-000000000000';
}

function concretePath(path: string): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      const param = /^\{(\w+)\}(.*)$/.exec(segment);
      if (!param) return segment;
      if (param[1] === 'slug') return slug + param[2];
      if (param[1] === 'token') return 'a'.repeat(43) + param[2];
      return idFor(segments, index) + param[2];
    })
    .join('/');
}

/** Text a field may be sent: personal data, control characters, NUL, very long. */
const badText = fc.oneof(
  fc.constantFrom(person.name, person.email, person.phone, `${person.name}\u0000`, '\u0000', ''),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ maxLength: 10 }).map((text) => `${text}\u0000${person.email}`),
  fc.constant('x'.repeat(70_000)),
);
const badValue = fc.oneof(
  { weight: 4, arbitrary: badText },
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, 2 ** 53, -1, '9999-99-99', '2026-13-45T25:61:00Z'),
  fc.array(badText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), badText, { maxKeys: 2 }),
);

function operations(doc: { paths: Record<string, Record<string, OperationDoc>> }): Operation[] {
  const found: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      found.push({
        method: method.toUpperCase(),
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body: schema ? (schema.properties ?? {}) : null,
        statuses: Object.keys(op.responses),
      });
    }
  }
  // Reads first, then writes, deletions, and the session's own end last.
  const rank = (op: Operation) =>
    op.path.startsWith('/api/auth/logout')
      ? 4
      : op.method === 'GET'
        ? 0
        : op.method === 'DELETE'
          ? 2
          : 1;
  return found.sort((a, b) => rank(a) - rank(b));
}

interface OperationDoc {
  parameters?: { in: string; name: string }[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  responses: Record<string, unknown>;
}

it('answers no generated bad input with a 500, and logs none of the personal data in it', async () => {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  const ops = operations(doc);
  expect(ops.length).toBeGreaterThan(100);
  const failures: string[] = [];
  const undocumented = new Set<string>();
  for (const op of ops) {
    const url = concretePath(op.path);
    const input = fc.record({
      body: op.body
        ? fc.oneof(
            fc.record(Object.fromEntries(Object.keys(op.body).map((key) => [key, badValue])), {
              requiredKeys: [],
            }),
            fc.constant({}),
          )
        : fc.constant(undefined),
      query: fc.record(Object.fromEntries(op.query.map((key) => [key, badText])), {
        requiredKeys: [],
      }),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ body, query }) => {
        const search = new URLSearchParams(query as Record<string, string>).toString();
        const response = await t.app.inject({
          method: op.method as 'GET',
          url: search ? `${url}?${search}` : url,
          headers: admin.headers,
          ...(body === undefined ? {} : { payload: body as object }),
        });
        if (!op.statuses.includes(String(response.statusCode))) {
          undocumented.add(`${op.method} ${op.path} ${response.statusCode}`);
        }
        if (response.statusCode >= 500) {
          failures.push(
            `${op.method} ${op.path} ${response.statusCode} ${JSON.stringify({ body, query }).slice(0, 200)}`,
          );
        }
      }),
      { numRuns: 12, seed: 2026 },
    );
  }
  expect(failures).toEqual([]);
  expect([...undocumented]).toEqual([]);
  const log = logLines.join('').toLowerCase();
  for (const secret of [person.name, person.email, person.phone, 'fuzzlina', 'fuzzen']) {
    expect({ secret, inLog: log.includes(secret.toLowerCase()) }).toEqual({ secret, inLog: false });
  }
}, 240_000);
