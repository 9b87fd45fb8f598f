import type { FastifyInstance } from 'fastify';
import { connectDatabase } from '../../db/connect.ts';
import { migrate } from '../../db/migrate.ts';
import { buildApp } from './app.ts';
import {
  bootstrapDatabase,
  describeDemo,
  describeEmptyDatabase,
  hasOrganizations,
} from './bootstrap.ts';
import type { Config } from '../platform/server/config.ts';
import { createLogger } from '../platform/server/logger.ts';

/**
 * Starts the server: opens the database, migrates, creates the demo association on an empty
 * database, listens, and closes everything cleanly on SIGTERM or SIGINT.
 */
export async function startServer(config: Config): Promise<FastifyInstance> {
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    schema: config.databaseSchema,
  });
  const { applied } = await migrate(database.db);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const demo = config.isDemoEnabled
    ? await bootstrapDatabase(database.db, {
        adminEmail: config.adminEmail,
        adminPassword: config.adminPassword,
      })
    : null;
  const isEmpty = !demo && !(await hasOrganizations(database.db));

  const app = await buildApp({ config, database, logger, ownsDatabase: true });
  app.jobs.start();
  await app.listen({ port: config.port, host: config.host });
  logger.info({ database: database.kind, url: config.publicUrl }, 'Gräsrot is listening');
  // Printed last, after the start-up lines, so the one-time password is easy to find.
  if (demo) process.stdout.write(describeDemo(demo, config.publicUrl));
  if (isEmpty) process.stdout.write(describeEmptyDatabase());

  let isClosing = false;
  const shutdown = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    logger.info({ signal }, 'shutting down');
    // Fastify closes idle keep-alive connections once, when closing starts; a connection busy
    // then would otherwise hold the exit until its keep-alive timeout (72 s).
    const idleCloser = setInterval(() => app.server.closeIdleConnections(), 50);
    idleCloser.unref();
    // A request or job that never ends must not keep the process alive forever: say so, and go.
    const deadline = setTimeout(() => {
      logger.error({ signal }, 'shutdown took over 10 s; exiting without finishing');
      process.exit(1);
    }, 10_000);
    deadline.unref();
    app
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  return app;
}
