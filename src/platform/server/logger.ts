import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';
import { safeError } from './safe-error.ts';

/**
 * Structured logs (pino). Requests are logged by method, path and status only; personal data
 * (names, e-mail addresses, phone numbers, passwords, cookies) is never logged, and these
 * paths are redacted in case one slips into a logged object.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: [
        'email',
        '*.email',
        'phone',
        '*.phone',
        'password',
        '*.password',
        'firstName',
        'lastName',
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      // Never a query's parameters, a failing row or a quoted value (safe-error.ts).
      err: safeError,
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** One info line per request, when it completes (method, path, status, time); the rest debug. */
export class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    const line = { req: request, res: reply, ms: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}
