import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  appErrorStatus,
  type AppErrorCode,
  type FieldError,
  type Problem,
} from '../shared/app-error.ts';

/** The `title` of each problem, also its description in OpenAPI. */
export const problemTitles: Record<AppErrorCode, string> = {
  bad_request: 'Bad request',
  validation: 'Invalid input',
  unauthenticated: 'Not logged in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  conflict: 'Conflict',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  too_many_requests: 'Too many attempts',
  internal: 'Internal error',
  unavailable: 'Temporarily unavailable',
};

/** Sends an AppError as `application/problem+json`. */
export function sendProblem(reply: FastifyReply, error: AppError) {
  const body: Problem = {
    type: `/problems/${error.code}`,
    title: problemTitles[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    errors: error.errors,
  };
  return reply
    .code(error.status)
    .headers(error.headers)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

/** Seconds a client is asked to wait when the database is down, full or read-only. */
export const RETRY_AFTER_SECONDS = 30;

// PostgreSQL's codes for "cannot connect" (08…), "shutting down" (57P01–57P03), "disk full,
// out of memory, too many connections" (53…), and "read-only" (25006); the driver's own for a
// connection refused, reset or timed out.
const UNAVAILABLE_CODES =
  /^(08\w{3}|57P0[123]|53\w{3}|25006|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)$/;

/** Whether the error says the database is unreachable or refuses writes, not that the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(
    message,
  );
}

/** Maps Fastify's own 4xx errors (body parsing, content type, size) to our codes. */
function codeForStatus(status: number): AppErrorCode {
  const match = (Object.entries(appErrorStatus) as [AppErrorCode, number][]).find(
    ([code, value]) => value === status && code !== 'validation',
  );
  return match ? match[0] : 'bad_request';
}

/** Turns every error into a problem response; only unexpected ones are 500 and logged. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendProblem(reply, error);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = (error as { validationContext?: string }).validationContext ?? 'body';
      const errors: FieldError[] = error.validation.map((issue) => ({
        path: [context, ...issue.instancePath.split('/').filter(Boolean)].join('.'),
        code: issue.keyword,
        message: issue.message ?? 'invalid',
      }));
      return sendProblem(reply, new AppError('validation', 'The input is not valid', { errors }));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, new AppError(codeForStatus(status), error.message));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendProblem(
        reply,
        new AppError('unavailable', 'The database cannot be reached or is not accepting writes', {
          headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        }),
      );
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, new AppError('internal', 'Something went wrong on the server'));
  });
}
