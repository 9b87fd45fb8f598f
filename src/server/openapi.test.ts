import SwaggerParser from '@apidevtools/swagger-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './testing.ts';

// The served OpenAPI document is valid by real validators (swagger-parser; Redocly's
// recommended rules, the ones `redocly lint` applies) and says, for every operation, its name,
// who may call it, what it answers and which problems it may answer with.

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let t: TestApp;
let doc: Document;
let text: string;

beforeAll(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ url: '/api/openapi.json' });
  text = response.body;
  doc = JSON.parse(text) as Document;
});
afterAll(() => t.close());

function operations() {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, method, op })),
  );
}

/** Every value of `key` anywhere in the document. */
function collect(value: unknown, key: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((item) => collect(item, key, found));
  else if (value && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (name === key) found.push(child);
      collect(child, key, found);
    }
  }
  return found;
}

it('passes swagger-parser validation', async () => {
  await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
});

it("has no errors by Redocly's recommended rules", async () => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: text, absoluteRef: 'openapi.json', config });
  const errors = problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.ruleId}: ${problem.location[0]?.pointer}`);
  expect(errors).toEqual([]);
});

it('names the recursive list filter as a component that every reference finds', () => {
  expect(doc.openapi).toMatch(/^3\.1\./);
  expect(Object.keys(doc.components.schemas)).toEqual(
    expect.arrayContaining(['FilterGroup', 'FilterGroupInput', 'Problem']),
  );
  const refs = collect(doc, '$ref') as string[];
  expect(refs).toContain('#/components/schemas/FilterGroupInput');
  const missing = refs.filter(
    (ref) => !(ref.replace('#/components/schemas/', '') in doc.components.schemas),
  );
  expect(missing).toEqual([]);
  // OpenAPI 3.1 says "may be null" with the null type, never 3.0's `nullable`.
  expect(collect(doc, 'nullable')).toEqual([]);
});

it('names every operation once, and says which need no session', () => {
  const ops = operations();
  expect(ops.length).toBeGreaterThan(100);
  const ids = ops.map(({ op }) => op.operationId);
  expect(ids.filter((id) => !id)).toEqual([]);
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  expect(ops.filter(({ op }) => !op.security).map(({ name }) => name)).toEqual([]);
  const login = doc.paths['/api/auth/login']!.post!;
  expect(login.operationId).toBe('login');
  expect(login.security).toEqual([]);
  expect(doc.paths['/api/people/search']!.post!.security).toEqual([{ session: [] }]);
});

it('documents the problems each operation may answer with, as application/problem+json', () => {
  const problem = { schema: { $ref: '#/components/schemas/Problem' } };
  const statuses = (op: Operation) =>
    Object.entries(op.responses)
      .filter(([, response]) => response.content?.['application/problem+json'])
      .map(([status]) => Number(status));
  for (const { name, op } of operations()) {
    for (const [status, response] of Object.entries(op.responses)) {
      if (Number(status) >= 400) {
        expect({ name, status, content: response.content }).toEqual({
          name,
          status,
          content: { 'application/problem+json': problem },
        });
      }
    }
    expect({ name, statuses: statuses(op) }).toEqual({
      name,
      statuses: expect.arrayContaining([500, 503]),
    });
  }
  // A logged-in route with an id in its path; a public write, which may be throttled.
  expect(statuses(doc.paths['/api/lists/{id}']!.patch!)).toEqual(
    expect.arrayContaining([400, 401, 403, 404, 409]),
  );
  expect(statuses(doc.paths['/api/auth/login']!.post!)).toContain(429);
  expect(statuses(doc.paths['/api/auth/login']!.post!)).not.toContain(401);
  // A limit the contract names itself (`problems`).
  expect(statuses(doc.paths['/api/activities/{id}/remind-all']!.post!)).toContain(429);
});

it('declares the calendar feeds as text/calendar', () => {
  const feeds = operations().filter(({ name }) => name.endsWith('.ics'));
  expect(feeds.length).toBeGreaterThanOrEqual(5);
  for (const { name, op } of feeds) {
    expect({ name, content: op.responses['200']?.content }).toEqual({
      name,
      content: { 'text/calendar': { schema: { type: 'string' } } },
    });
  }
});
