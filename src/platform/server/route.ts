import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { NamedRoute, RouteOutput, RouteSpec } from '../shared/route.ts';
import { documentedProblems } from './openapi-problems.ts';
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
 * Registers a route from its contract: the schemas validate input and output and feed OpenAPI
 * (named by the contract's key, with the problems it may answer with), and the declared
 * permission is enforced by the auth plugin before the handler runs. A route that shows
 * people's data (`audit: 'people-read'`) fails rather than answer unaudited.
 */
/** `text/calendar` of `text/calendar; charset=utf-8`. */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim() ?? contentType;
}

export function addRoute<T extends NamedRoute>(
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
      problems: documentedProblems(spec),
    },
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.audit ? { description: 'Each answer is written to the audit log.' } : {}),
      tags: spec.tags,
      // A public route says so: it needs no session, whatever the document's default.
      security: spec.permission === 'public' ? [] : [{ session: [] }],
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { querystring: spec.query } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      // A raw body (an iCalendar feed, say) is sent as it is, not serialized as JSON.
      response: spec.produces
        ? {
            [status]: {
              description: spec.summary,
              content: { [mediaType(spec.produces)]: { schema: z.string() } },
            },
          }
        : { [status]: spec.response },
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
