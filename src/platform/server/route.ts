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

export interface RouteOptions {
  /**
   * Answers from a cache before the request's input is parsed and validated, or returns
   * undefined to let the route run. Runs after the session and permission checks (the global
   * hooks come first), so a private answer is still only given to its owner; it may only serve
   * what the handler made from the same request's validated input.
   */
  fromCache?: (request: FastifyRequest, reply: FastifyReply) => FastifyReply | undefined;
}

export function addRoute<T extends NamedRoute>(
  app: FastifyInstance,
  spec: T,
  handler: RouteHandler<T>,
  { fromCache }: RouteOptions = {},
) {
  const status = spec.status ?? 200;
  // An audited answer is written to the log each time, never served from a cache unseen.
  if (fromCache && spec.audit)
    throw new Error(`${spec.operationId}: an audited route is not cached`);
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
    // A hit skips body parsing, the input guard, validation and the handler's promises: about
    // half of what the app added to a small cached answer (bench:calendar).
    ...(fromCache
      ? {
          onRequest: (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
            reply.code(status);
            if (!fromCache(request, reply)) done();
          },
        }
      : {}),
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
