import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import type { Invalidations } from '../../db/invalidations.ts';
import type { Database, DatabaseKind } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../platform/shared/app-error.ts';
import type { Config } from '../platform/server/config.ts';
import { registerAuth } from '../platform/server/auth.ts';
import { registerErrorHandling, sendProblem } from '../platform/server/errors.ts';
import { registerInputGuard } from '../platform/server/input-guard.ts';
import { registerSecurityHeaders } from '../platform/server/security-headers.ts';
import { RequestLogController, RequestLogger } from '../platform/server/logger.ts';
import { DOCS_PREFIX, registerOpenApi } from '../platform/server/openapi.ts';
import { registerWeb } from '../platform/server/web-pages.ts';
import { Mailer } from '../platform/server/mail/mail.service.ts';
import { loadSecretKey, SecretBox } from '../platform/server/secret-box.ts';
import { JobWorker } from '../platform/server/jobs/job-worker.ts';
import { EventBus } from '../platform/server/events.ts';
import type { ServerModule } from '../platform/server/module.ts';
import type { PersonDataPart } from '../platform/server/person-data.ts';
import { loadServerModules } from './modules.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: DatabaseKind;
    /** Committed writes' cache invalidations, from every process (platform/server/invalidation.ts). */
    invalidations: Invalidations;
    mailer: Mailer;
    /** Seals secrets the server reads back (two-factor) with the key kept outside the database. */
    secretBox: SecretBox;
    /** The durable job queue's worker; main.ts starts it, tests call runDue(). */
    jobs: JobWorker;
    config: Config;
    /** The typed events modules emit inside their transactions, and who handles them. */
    events: EventBus;
    /** Every module's part in "my data", erasure and merging, by module name. */
    personData: Map<string, PersonDataPart>;
    /** The modules the app was built from. */
    modules: ServerModule[];
    /** Every route registered, for the permission walk in the tests. */
    registeredRoutes: { method: string; url: string; permission: string }[];
  }
}

export const BODY_LIMIT = 1024 * 1024;
const defaultWebDir = fileURLToPath(new URL('../../dist/web/', import.meta.url));

export interface AppOptions {
  config: Config;
  database: Database;
  logger: Logger;
  webDir?: string;
  /** Close the database when the app closes (the server does; tests close it themselves). */
  ownsDatabase?: boolean;
  /** The features to build from; all of them unless told (tests may build fewer). */
  modules?: ServerModule[];
  /** The clock mail retries are timed by; tests pass a fake one. */
  now?: () => Date;
}

/** Builds the Fastify app: plugins, then every module's routes and jobs. Listening is up to the caller. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database, logger } = options;
  const modules = options.modules ?? (await loadServerModules());
  const sessions = modules.find((module) => module.sessions)?.sessions;
  if (!sessions) throw new Error('no module resolves sessions (the accounts module)');
  const readAuditor = modules.find((module) => module.readAudit)?.readAudit;
  if (!readAuditor) throw new Error('no module audits reads of people (the audit module)');
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Request logs carry method, path and status (see logger.ts); never bodies or addresses.
    requestIdHeader: false,
    logController: new RequestLogController(logger),
    childLoggerFactory: (root, bindings, options) =>
      new RequestLogger(root as Logger, bindings, options) as unknown as Logger,
    // Errors the router raises before any route runs (a malformed URL, say) are problems too.
    frameworkErrors: (error, _request, reply) => {
      void sendProblem(reply, new AppError('bad_request', error.message));
    },
  }) as unknown as FastifyInstance;

  // Registered first so it runs last: onClose hooks run in reverse order, and the mailer
  // (below) must finish its deliveries while the database is still open.
  if (options.ownsDatabase) {
    app.addHook('onClose', async () => {
      await database.close();
    });
  }
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('invalidations', database.invalidations);
  app.decorate('config', config);
  app.decorate(
    'mailer',
    new Mailer(database.db, logger, {
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      publicUrl: config.publicUrl,
      now: options.now,
    }),
  );
  app.decorate('secretBox', new SecretBox(loadSecretKey(config)));
  app.decorate(
    'jobs',
    new JobWorker(database.db, logger, { isSoleWorker: database.kind === 'pglite' }),
  );
  app.decorate('readAuditor', readAuditor);
  app.decorate('registeredRoutes', []);
  app.decorate('modules', modules);
  app.decorate(
    'personData',
    new Map(modules.flatMap((m) => (m.personData ? [[m.name, m.personData] as const] : []))),
  );
  app.decorate('events', new EventBus(modules.flatMap((module) => module.handles?.(app) ?? [])));

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerInputGuard(app);
  registerSecurityHeaders(app, { exempt: [DOCS_PREFIX] });
  app.setNotFoundHandler((request) => {
    throw new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
  });

  // Swagger UI's own asset routes are public documentation; mark them before the check below.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(DOCS_PREFIX) && !route.config?.permission) {
      route.config = { ...route.config, permission: 'public' };
    }
  });
  // Cookies are parsed before the auth hook reads them.
  await app.register(cookie);
  registerAuth(app, sessions);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.registeredRoutes.push({
        method,
        url: route.url,
        permission: route.config?.permission ?? 'none',
      });
    }
  });

  await registerOpenApi(app);

  // Mail that could not go at once is tried again by a periodic job (mail-retry.ts).
  if (app.mailer.isDelivering) app.jobs.registerPeriodic(app.mailer.retryWork);
  for (const module of modules) {
    if (module.secretLinks) app.mailer.registerSecretLinks(module.secretLinks);
    module.routes?.(app);
    module.jobs?.(app);
    for (const work of module.periodic ?? []) app.jobs.registerPeriodic(work);
  }
  await registerWeb(app, options.webDir ?? defaultWebDir);

  app.addHook('onClose', async () => {
    // The last job's mail goes to the mailer, so the worker stops first.
    await app.jobs.stop();
    await app.mailer.close();
  });
  return app;
}
