import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, seedAssociation, type TestApp } from '../../../server/testing.ts';

// The public cannot guess /o/<slug>: the server names its associations (and nothing else).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedAssociation(t.db, 'forsta');
  await seedAssociation(t.db, 'andra');
});
afterAll(() => t.close());

it('lists every association by name, with only its name and address', async () => {
  const response = await t.app.inject({ url: '/api/public/organizations' });
  expect(response.statusCode).toBe(200);
  const { items } = response.json<{ items: Record<string, string>[] }>();
  expect(items.map((item) => item.slug)).toEqual(expect.arrayContaining(['forsta', 'andra']));
  for (const item of items) expect(Object.keys(item).sort()).toEqual(['name', 'slug']);
});
