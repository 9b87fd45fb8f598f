import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createCliDatabase, type CliDatabase } from '../src/cli/cli-testing.ts';
import { startSmtp, tokenSentTo, type FakeSmtp } from '../src/platform/server/mail/mail-testing.ts';
import { createLogger } from '../src/platform/server/logger.ts';
import { testConfig } from '../src/platform/server/config.ts';
import { hashSecret } from '../src/platform/server/secrets.ts';
import { buildApp } from '../src/server/app.ts';
import { whatTokenOpens } from '../src/server/secret-links-testing.ts';
import { seedAssociation, type TestAssociation } from '../src/server/testing.ts';
import { connectDatabase, type Database } from './connect.ts';
import { listMigrations, migrate } from './migrate.ts';
import type { DB } from './schema.ts';

// An installation upgraded to 0016 had links in clear text in its outbox (and in every backup
// of it). After the migration none of them works, the texts hold placeholders, and a message
// still waiting for the mail server is delivered with a fresh link.

const url = 'http://localhost:3000';
const secrets = {
  reset: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  invitation: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  guest: 'ccccccccccccccccccccccccccccccccccccccccccc',
  gone: 'ddddddddddddddddddddddddddddddddddddddddddd',
};
let database: CliDatabase;
let opened: Database;
let db: Kysely<DB>;
let org: TestAssociation;

async function seedBefore0016() {
  org = await seedAssociation(db, 'uppgradering');
  const soon = new Date(Date.now() + 3_600_000);
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'email'])
    .where('email', '=', org.emails.activist)
    .executeTakeFirstOrThrow();
  const token = (kind: 'password_reset' | 'invitation', secret: string, email: string) => ({
    organization_id: org.id,
    kind,
    token_hash: hashSecret(secret),
    email,
    account_id: kind === 'password_reset' ? account.id : null,
    role: kind === 'invitation' ? ('activist' as const) : null,
    expires_at: soon,
  });
  await db
    .insertInto('account_tokens')
    .values([
      token('password_reset', secrets.reset, account.email),
      token('invitation', secrets.invitation, 'ny@uppgradering.example.org'),
    ])
    .execute();
  const type = await db
    .insertInto('activity_types')
    .values({ organization_id: org.id, name: 'Bokbord' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const endsAt = new Date(startsAt.getTime() + 3_600_000);
  const activity = await db
    .insertInto('activities')
    .values({
      organization_id: org.id,
      title: 'Bokbord',
      type_id: type.id,
      starts_at: startsAt,
      ends_at: endsAt,
      visibility: 'public',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const shift = await db
    .insertInto('shifts')
    .values({
      organization_id: org.id,
      activity_id: activity.id,
      starts_at: startsAt,
      ends_at: endsAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('guest_signups')
    .values({
      organization_id: org.id,
      shift_id: shift.id,
      first_name: 'Gäst',
      last_name: 'Gästsson',
      email: 'gast@uppgradering.example.org',
      consent_wording: 'Jag samtycker.',
      token_hash: hashSecret(secrets.guest),
      expires_at: soon,
    })
    .execute();
  const mail = (to: string, status: 'stored' | 'pending' | 'sent', text: string) => ({
    organization_id: org.id,
    to_address: to,
    subject: 'Länk',
    body_text: `Hej!\n\n${text}\n\nHälsningar`,
    status,
  });
  await db
    .insertInto('outbox')
    .values([
      mail(account.email, 'stored', `${url}/reset-password#token=${secrets.reset}`),
      mail(
        'ny@uppgradering.example.org',
        'pending',
        `${url}/invitation#token=${secrets.invitation}`,
      ),
      mail(
        'gast@uppgradering.example.org',
        'stored',
        `${url}/o/uppgradering/guest-signup#token=${secrets.guest}`,
      ),
      mail('borta@uppgradering.example.org', 'stored', `${url}/invitation#token=${secrets.gone}`),
      mail(account.email, 'sent', `${url}/reset-password#token=[borttagen efter utskick]`),
    ])
    .execute();
}

let smtp: FakeSmtp;

beforeAll(async () => {
  database = await createCliDatabase('links0016');
  opened = await connectDatabase(database.connectOptions);
  db = opened.db;
  const migrations = listMigrations();
  await migrate(
    db,
    migrations.filter((m) => m.name < '0016'),
  );
  await seedBefore0016();
  await migrate(db, migrations);
  smtp = await startSmtp();
});
afterAll(async () => {
  await opened?.close();
  await database?.remove();
  await smtp?.close();
});

it('leaves no link in the outbox, and none of the old ones works', async () => {
  const rows = await db
    .selectFrom('outbox')
    .select(['to_address', 'status', 'body_text', 'secret_links'])
    .orderBy('to_address')
    .orderBy('status')
    .execute();
  const bodies = rows.map((row) => row.body_text).join('\n');
  for (const secret of Object.values(secrets)) expect(bodies).not.toContain(secret);
  expect(bodies).not.toMatch(/#token=[\w-]{20,}/);
  expect(
    rows.map((row) => [
      row.to_address.split('@')[0],
      row.status,
      row.secret_links.map((link) => link.minter),
    ]),
  ).toEqual([
    ['activist', 'sent', []],
    ['activist', 'stored', ['accounts.token']],
    ['borta', 'stored', []],
    ['gast', 'stored', ['activities.guest-signup']],
    ['ny', 'pending', ['accounts.token']],
  ]);
  expect(rows.find((row) => row.to_address.startsWith('borta'))!.body_text).toContain(
    '[personlig länk – gäller inte längre]',
  );

  const app = await buildApp({
    config: testConfig({ publicUrl: url, smtpUrl: smtp.url }),
    database: opened,
    logger: createLogger('silent'),
  });
  await app.ready();
  try {
    for (const secret of Object.values(secrets)) {
      expect(await whatTokenOpens(app, secret)).toEqual([]);
    }
    // The invitation that was waiting goes out now, with a link that works.
    await app.mailer.deliverPending();
    await app.mailer.flush();
    const fresh = tokenSentTo(smtp.received, 'ny@uppgradering.example.org', '/invitation');
    expect(await whatTokenOpens(app, fresh)).toEqual(['invitation']);
  } finally {
    await app.close();
  }
});
