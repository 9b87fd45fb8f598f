import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appErrorStatus, Problem } from '../shared/app-error.ts';
import { appVersion } from './version.ts';
import { SESSION_COOKIE } from './auth.ts';
import { problemTitles } from './errors.ts';

export const DOCS_PREFIX = '/api/docs';

const PROBLEM_REF = '#/components/schemas/Problem';

/** Each route's schemas as JSON Schema, with the problems it may answer with (its `config.problems`). */
const transform: SwaggerTransform = (input) => {
  const result = jsonSchemaTransform(input);
  const problems = input.route.config?.problems;
  if (result.schema.hide || !problems) return result;
  const response: Record<string, unknown> = { ...(result.schema.response as object) };
  for (const code of problems) {
    response[appErrorStatus[code]] ??= {
      description: problemTitles[code],
      content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } },
    };
  }
  return { ...result, schema: { ...result.schema, response } };
};

/** The named (recursive) schemas as components, and the problem every error answers with. */
const transformObject: SwaggerTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as { components?: { schemas?: object } };
  const { $schema: _, ...problem } = z.toJSONSchema(Problem, { target: 'draft-2020-12' });
  const schemas = { ...document.components?.schemas, Problem: problem };
  return { ...document, components: { ...document.components, schemas } } as ReturnType<
    typeof jsonSchemaTransformObject
  >;
};

/** OpenAPI 3.1 generated from the route schemas, at /api/openapi.json, browsable at /api/docs. */
export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gräsrot API',
        version: appVersion,
        description:
          'Routes marked with the session security scheme need a logged-in session cookie; ' +
          'state-changing requests with a cookie also need the x-csrf-token header. ' +
          'Every error answers with an application/problem+json body (RFC 9457).',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'This server' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform,
    transformObject,
  });
  // Two routes under one operationId would make a generated client lose one of them.
  const operationIds = new Set<string>();
  app.addHook('onRoute', (route) => {
    const id = route.schema?.operationId;
    // Fastify adds a HEAD route to each GET one, with the same schema.
    if (!id || route.method === 'HEAD') return;
    if (operationIds.has(id)) throw new Error(`operationId ${id} is used by two routes`);
    operationIds.add(id);
  });
  // The documentation page sends its own policy, with the hashes of its inline scripts.
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, staticCSP: true });
  app.get(
    '/api/openapi.json',
    { config: { permission: 'public' }, schema: { hide: true } },
    async () => app.swagger(),
  );
}
