import { z } from 'zod';

/** Error codes a client can act on; each maps to one HTTP status in one place (server/plugins/errors.ts). */
export const appErrorStatus = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;
export const appErrorCodes = Object.keys(appErrorStatus) as [AppErrorCode, ...AppErrorCode[]];

export const FieldError = z.object({
  /** Dotted path of the failing field, e.g. `body.email`. */
  path: z.string().describe('Dotted path of the failing field, e.g. body.email'),
  /** A stable machine code (zod's issue code or our own), used by the UI to translate. */
  code: z.string().describe("A stable machine code (zod's issue code or our own)"),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly errors: FieldError[];
  readonly headers: Record<string, string>;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return appErrorStatus[this.code];
  }
}

/** The `application/problem+json` body every error answers with (RFC 9457). */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int().min(400).max(599),
  code: z.enum(appErrorCodes),
  detail: z.string().optional(),
  errors: z.array(FieldError),
});
export type Problem = z.infer<typeof Problem>;
