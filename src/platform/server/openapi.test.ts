import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { defineRoute, defineRoutes } from '../shared/route.ts';
import { registerOpenApi } from './openapi.ts';
import { addRoute } from './route.ts';

// A route's operationId is its contract key; two routes under one name would make a generated
// client lose one of them, so the app refuses to start.

const spec = (path: string) =>
  defineRoute({
    method: 'GET',
    path,
    permission: 'admin',
    summary: 'test',
    tags: ['test'],
    response: z.object({}),
  });

it('refuses a second route under an operationId already used', async () => {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await registerOpenApi(app);
  const people = defineRoutes({ exportPeople: spec('/api/people/export') });
  const lists = defineRoutes({ exportPeople: spec('/api/lists/export') });
  addRoute(app, people.exportPeople, async () => ({}));
  expect(() => addRoute(app, lists.exportPeople, async () => ({}))).toThrow(
    /operationId exportPeople is used by two routes/,
  );
  await app.close();
});

it('names each route of a table by its key', () => {
  const routes = defineRoutes({ listThings: spec('/api/things') });
  expect(routes.listThings.operationId).toBe('listThings');
  expect(routes.listThings.path).toBe('/api/things');
});
