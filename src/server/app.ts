import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { fileURLToPath } from 'node:url';
import type { ChangeClock } from '../../db/change-clock.ts';
import type { Database, DatabaseKind } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../shared/app-error.ts';
import type { Config } from './config.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandling, sendProblem } from './plugins/errors.ts';
import { RequestLogController } from './logger.ts';
import { DOCS_PREFIX, registerOpenApi } from './plugins/openapi.ts';
import { registerWeb } from './plugins/web.ts';
import { Mailer } from '../features/mail/server/mail.service.ts';
import { JobWorker } from '../features/jobs/server/job-worker.ts';
import { registerJobRoutes } from '../features/jobs/server/jobs.routes.ts';
import { registerCalendarRoutes } from '../features/calendar/server/calendar.routes.ts';
import { registerAccountRoutes } from '../features/accounts/server/accounts.routes.ts';
import { registerAuthRoutes } from '../features/accounts/server/auth.routes.ts';
import { registerInvitationRoutes } from '../features/accounts/server/invitations.routes.ts';
import { registerOrganizationRoutes } from '../features/organizations/server/organizations.routes.ts';
import { registerMeRoutes } from '../features/people/server/me.routes.ts';
import { registerRegisterRoutes } from '../features/people/server/register.routes.ts';
import { registerPeopleTransferRoutes } from '../features/people/server/people-transfer.routes.ts';
import { registerAuditRoutes } from '../features/audit/server/audit.routes.ts';
import { registerTagRoutes } from '../features/tags/server/tags.routes.ts';
import { registerListRoutes } from '../features/lists/server/lists.routes.ts';
import { registerCustomFieldRoutes } from '../features/custom-fields/server/custom-fields.routes.ts';
import { registerPrivacyRoutes } from '../features/privacy/server/privacy.routes.ts';
import { registerDuplicateRoutes } from '../features/duplicates/server/duplicates.routes.ts';
import { registerTimelineRoutes } from '../features/timeline/server/timeline.routes.ts';
import { registerOutboxRoutes } from '../features/mail/server/outbox.routes.ts';
import { registerActivityRoutes } from '../features/activities/server/activities.routes.ts';
import { registerCampaignRoutes } from '../features/activities/server/campaigns.routes.ts';
import { registerSignupRoutes } from '../features/activities/server/signups.routes.ts';
import { registerPublicActivityRoutes } from '../features/activities/server/public-activities.routes.ts';
import { registerActivityMessages } from '../features/activities/server/messages.routes.ts';
import { registerHealthRoutes } from '../features/system/server/health.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    dbKind: DatabaseKind;
    /** This process's writes per table, for in-process caches (db/change-clock.ts). */
    changes: ChangeClock;
    mailer: Mailer;
    /** The durable job queue's worker; main.ts starts it, tests call runDue(). */
    jobs: JobWorker;
    config: Config;
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
}

/** Builds the Fastify app: plugins, then every feature's routes. Listening is up to the caller. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database, logger } = options;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Request logs carry method, path and status (see logger.ts); never bodies or addresses.
    requestIdHeader: false,
    logController: new RequestLogController(),
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
  app.decorate('changes', database.changes);
  app.decorate('config', config);
  app.decorate(
    'mailer',
    new Mailer(database.db, logger, { smtpUrl: config.smtpUrl, from: config.mailFrom }),
  );
  app.decorate(
    'jobs',
    new JobWorker(database.db, logger, { isSoleWorker: database.kind === 'pglite' }),
  );
  app.decorate('registeredRoutes', []);
  app.decorate('pageMetaProviders', []);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
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
  registerAuth(app);
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

  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerInvitationRoutes(app);
  registerAccountRoutes(app);
  registerOrganizationRoutes(app);
  registerMeRoutes(app);
  registerRegisterRoutes(app);
  registerPeopleTransferRoutes(app);
  registerAuditRoutes(app);
  registerTagRoutes(app);
  registerListRoutes(app);
  registerCustomFieldRoutes(app);
  registerPrivacyRoutes(app);
  registerDuplicateRoutes(app);
  registerTimelineRoutes(app);
  registerOutboxRoutes(app);
  registerActivityRoutes(app);
  registerCampaignRoutes(app);
  registerSignupRoutes(app);
  registerPublicActivityRoutes(app);
  registerActivityMessages(app);
  registerJobRoutes(app);
  registerCalendarRoutes(app);
  await registerWeb(app, options.webDir ?? defaultWebDir);

  app.addHook('onClose', async () => {
    // The last job's mail goes to the mailer, so the worker stops first.
    await app.jobs.stop();
    await app.mailer.close();
  });
  return app;
}
