import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteOutput, RouteSpec } from '../shared/route.ts';

type Out<T, K extends keyof T> = T[K] extends z.ZodType ? z.output<T[K]> : undefined;

/** A request whose params, query and body have been validated against the route's schemas. */
export type RouteRequest<T extends RouteSpec> = FastifyRequest<{
  Params: Out<T, 'params'>;
  Querystring: Out<T, 'query'>;
  Body: Out<T, 'body'>;
}>;

export type RouteHandler<T extends RouteSpec> = (
  request: RouteRequest<T>,
  reply: FastifyReply,
) => Promise<RouteOutput<T>>;

/**
 * Registers a route from its contract: the schemas validate input and output and feed OpenAPI,
 * and the declared permission is enforced by the auth plugin before the handler runs.
 */
export function addRoute<T extends RouteSpec>(
  app: FastifyInstance,
  spec: T,
  handler: RouteHandler<T>,
) {
  const status = spec.status ?? 200;
  app.route({
    method: spec.method,
    url: spec.path,
    config: { permission: spec.permission },
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.permission === 'public' ? {} : { security: [{ session: [] }] }),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      response: { [status]: spec.response },
    },
    handler: async (request, reply) => {
      const result = await handler(request as RouteRequest<T>, reply);
      reply.code(status);
      return result;
    },
  });
}
