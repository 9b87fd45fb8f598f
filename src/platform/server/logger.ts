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

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * A request's logger (Fastify's `childLoggerFactory`), made into a pino child only when the
 * request logs something beyond its one line: a child with redaction costs more than answering
 * from a cache, and most requests never use it.
 */
export class RequestLogger {
  private made: Logger | undefined;

  constructor(
    private readonly root: Logger,
    private readonly bindings: pino.Bindings,
    private readonly options: pino.ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.made?.level ?? this.root.level;
  }

  set level(level: string) {
    this.logger().level = level;
  }

  isLevelEnabled(level: string): boolean {
    return (this.made ?? this.root).isLevelEnabled(level);
  }

  // Methods on the prototype: a logger per request, so nothing is made per instance.
  fatal(...args: unknown[]) {
    this.log('fatal', args);
  }
  error(...args: unknown[]) {
    this.log('error', args);
  }
  warn(...args: unknown[]) {
    this.log('warn', args);
  }
  info(...args: unknown[]) {
    this.log('info', args);
  }
  debug(...args: unknown[]) {
    this.log('debug', args);
  }
  trace(...args: unknown[]) {
    this.log('trace', args);
  }
  silent() {}

  child(bindings: pino.Bindings, options?: pino.ChildLoggerOptions): Logger {
    return this.logger().child(bindings, options);
  }

  private logger(): Logger {
    return (this.made ??= this.root.child(this.bindings, this.options));
  }

  private log(level: Level, args: unknown[]) {
    if (!this.isLevelEnabled(level)) return;
    const logger = this.logger();
    (logger[level] as (...args: unknown[]) => void).apply(logger, args);
  }
}

/** One info line per request, when it completes (method, path, status, time); the rest debug. */
export class RequestLogController extends LogController {
  /** `root`: the server's logger; the request line is written by it with the request's id. */
  constructor(private readonly root: Logger) {
    super();
  }

  override incomingRequest(request: FastifyRequest) {
    if (this.root.isLevelEnabled('debug')) request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    if (!this.root.isLevelEnabled(error ? 'error' : 'info')) return;
    const line = { reqId: request.id, req: request, res: reply, ms: Math.round(reply.elapsedTime) };
    if (error) this.root.error({ ...line, err: error }, 'request failed');
    else this.root.info(line, 'request');
  }
}
