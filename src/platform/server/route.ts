import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { RouteOutput, RouteSpec } from '../shared/route.ts';
import { assertPeopleReadReported } from './people-read.ts';

type Out<T, K extends keyof T> = T[K] extends z.ZodType ? z.output<T[K]> : undefined;

/** A request whose params, query and body have been validated against the route's schemas. */
export type RouteRequest<T extends RouteSpec> = FastifyRequest<{
  Params: Out<T, 'params'>;
  Querystring: Out<T, 'query'>;
  Body: Out<T, 'body'>;
}>;

/** Answers with the route's output, or with the reply itself once it has sent a prepared body. */
export type RouteHandler<T extends RouteSpec> = (
  request: RouteRequest<T>,
  reply: FastifyReply,
) => Promise<RouteOutput<T> | FastifyReply>;

/**
 * Registers a route from its contract: the schemas validate input and output and feed OpenAPI,
 * and the declared permission is enforced by the auth plugin before the handler runs. A route
 * that shows people's data (`audit: 'people-read'`) fails rather than answer unaudited.
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
    config: {
      permission: spec.permission,
      beforeTwoFactorSetup: spec.beforeTwoFactorSetup,
      ...(spec.audit ? { isPeopleRead: true } : {}),
    },
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      summary: spec.summary,
      ...(spec.audit ? { description: 'Each answer is written to the audit log.' } : {}),
      tags: spec.tags,
      ...(spec.permission === 'public' ? {} : { security: [{ session: [] }] }),
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      // A raw body (an iCalendar feed, say) is sent as it is, not serialized as JSON.
      ...(spec.produces
        ? { produces: [spec.produces.split(';')[0] ?? spec.produces] }
        : { response: { [status]: spec.response } }),
    },
    handler: async (request, reply) => {
      // Set first, so a handler may still answer otherwise (304 Not Modified, say).
      reply.code(status);
      if (spec.produces) reply.type(spec.produces);
      const answer = await handler(request as RouteRequest<T>, reply);
      // People's data is never shown without its entry in the audit log.
      if (spec.audit) assertPeopleReadReported(request);
      return answer;
    },
  });
}
