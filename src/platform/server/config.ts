import { isIP } from 'node:net';
import { z } from 'zod';
import { AppError } from '../shared/app-error.ts';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  GRASROT_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Gräsrot <no-reply@localhost>'),
  /** The address people reach the app at; links in e-mails start with it. */
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Behind a reverse proxy: the proxies' addresses (comma-separated addresses, CIDR ranges or
   * `loopback`, `linklocal`, `uniquelocal`), whose X-Forwarded-* headers are believed. `true`
   * means a proxy on this host or the private network. A client's own X-Forwarded-For is never
   * believed: the client is the first address, from the right, that is not a trusted proxy.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((value, context) => {
      const trusted = parseTrustProxy(value);
      if (trusted === null) {
        context.addIssue({
          code: 'custom',
          message: `TRUST_PROXY must be true, false or the proxies' addresses (got "${value}")`,
        });
        return z.NEVER;
      }
      return trusted;
    }),
  /** How long public calendars and feeds are reused before being read again; 0 = never. */
  PUBLIC_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRASROT_ADMIN_EMAIL: z.string().optional(),
  GRASROT_ADMIN_PASSWORD: z.string().optional(),
  /**
   * The key that seals two-factor secrets (32 random bytes, base64). Unset: `secret.key` in the
   * data directory, made on first start. Set it when several machines share one database.
   */
  GRASROT_SECRET_KEY: z.string().optional(),
  /**
   * The map's background tiles ({z}/{x}/{y} template, https: the security policy allows images
   * from https only) and the attribution their terms ask for. Tiles are decoration: without
   * them the districts still draw.
   */
  MAP_TILE_URL: z.string().default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'),
  /** `false` starts an empty database without the demo association (for going live). */
  GRASROT_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL only: work in this schema (the tests use a fresh one each). */
  databaseSchema?: string;
  smtpUrl?: string;
  mailFrom: string;
  publicUrl: string;
  /** false, or the proxies whose forwarding headers are believed (see TRUST_PROXY). */
  trustProxy: false | string;
  /** Seconds a public calendar or feed answer is reused (0 in tests: always fresh). */
  publicCacheSeconds: number;
  logLevel: string;
  adminEmail?: string;
  adminPassword?: string;
  /** Create the demo association on an empty database. */
  isDemoEnabled: boolean;
  /** GRASROT_SECRET_KEY, when set (see platform/server/secret-box.ts). */
  secretKey?: string;
  /** The map's tile server and its attribution (MAP_TILE_URL, MAP_TILE_ATTRIBUTION). */
  mapTiles?: { url: string; attribution: string };
}

/** Reads the configuration from the environment; a bad value is a user error with the variable named. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable counts as unset (`DATABASE_URL= npm start` means PGlite).
  const parsed = Env.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('bad_request', `invalid ${String(issue?.path[0])}: ${issue?.message}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.GRASROT_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl,
    trustProxy: e.TRUST_PROXY,
    publicCacheSeconds: e.PUBLIC_CACHE_SECONDS,
    logLevel: e.LOG_LEVEL,
    adminEmail: e.GRASROT_ADMIN_EMAIL || undefined,
    adminPassword: e.GRASROT_ADMIN_PASSWORD || undefined,
    isDemoEnabled: e.GRASROT_DEMO,
    secretKey: e.GRASROT_SECRET_KEY || undefined,
    mapTiles: { url: e.MAP_TILE_URL, attribution: e.MAP_TILE_ATTRIBUTION },
  };
}

/** A configuration for tests: in-memory PGlite, no SMTP, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    mailFrom: 'Gräsrot <no-reply@localhost>',
    publicUrl: 'http://localhost:3000',
    trustProxy: false,
    publicCacheSeconds: 0,
    logLevel: 'silent',
    isDemoEnabled: false,
    ...overrides,
  };
}

const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY as Fastify takes it: false, or a list of proxies; null when it is not valid. */
export function parseTrustProxy(value: string): false | string | null {
  const text = value.trim();
  if (['', 'false', '0'].includes(text)) return false;
  if (['true', '1'].includes(text)) return 'loopback, uniquelocal';
  const entries = text.split(',').map((entry) => entry.trim());
  const isValid = entries.every((entry) => {
    if (PROXY_KEYWORDS.has(entry)) return true;
    const [address, bits, ...rest] = entry.split('/');
    if (rest.length > 0 || !address || isIP(address) === 0) return false;
    return bits === undefined || /^\d{1,3}$/.test(bits);
  });
  return isValid ? entries.join(', ') : null;
}
