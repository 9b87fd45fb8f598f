import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { connectDatabase } from '../../../../db/connect.ts';
import { migrate } from '../../../../db/migrate.ts';
import { createCliDatabase, type CliDatabase } from '../../../cli/cli-testing.ts';
import { testConfig } from '../config.ts';
import { startServer } from '../../../server/main.ts';
import { seedAssociation } from '../../../server/testing.ts';
import { startSmtp, type FakeSmtp } from './mail-testing.ts';

// A message on its way to the mail server when the server shuts down is recorded as sent, so
// the next start does not send it again. Uses startServer, the production wiring.

let adminEmail: string;
let smtp: FakeSmtp;
let database: CliDatabase;

beforeAll(async () => {
  // The mail server holds each message for a second before it accepts it.
  smtp = await startSmtp(0, 1_000);
  database = await createCliDatabase('mailshutdown');
  // An existing association, so the server starts without creating the demo.
  const { db, close } = await connectDatabase(database.connectOptions);
  await migrate(db);
  adminEmail = (await seedAssociation(db, 'shutdown')).emails.admin;
  await close();
});
afterAll(async () => {
  await smtp?.close();
  await database?.remove();
});

it('a delivery under way at shutdown is finished and recorded as sent', async () => {
  const { dataDir, databaseUrl, schema } = database.connectOptions;
  const signalListeners = [...process.listeners('SIGTERM'), ...process.listeners('SIGINT')];
  const app = await startServer(
    testConfig({
      ...(databaseUrl ? { databaseUrl, databaseSchema: schema } : { dataDir }),
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
    }),
  );
  // startServer's signal handlers would end this test process; the test closes the app itself.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!signalListeners.includes(listener)) process.removeListener(signal, listener);
    }
  }

  const reset = await app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email: adminEmail },
  });
  expect(reset.statusCode).toBeLessThan(300);
  await vi.waitFor(() => expect(smtp.received).toHaveLength(1), { timeout: 10_000 });
  await app.close();

  const { db, close } = await connectDatabase(database.connectOptions);
  try {
    const rows = await db
      .selectFrom('outbox')
      .select(['status', 'attempts', 'to_address'])
      .execute();
    expect(rows).toEqual([{ status: 'sent', attempts: 1, to_address: adminEmail }]);
  } finally {
    await close();
  }
});
