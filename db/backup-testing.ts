import type { Kysely } from 'kysely';
import { recordLogin } from '../src/features/accounts/server/accounts.queries.ts';
import { createSession } from '../src/features/accounts/server/sessions.queries.ts';
import { createToken } from '../src/features/accounts/server/tokens.queries.ts';
import { recordAudit } from '../src/features/audit/server/audit.queries.ts';
import { buildPerson } from '../src/features/people/register/people.factories.ts';
import { migrate } from './migrate.ts';
import type { DB } from './schema.ts';
import { createDemoAssociation } from './seed/demo.ts';

// The source database of the backup tests: every table holds rows, with awkward values.

/** The demo association plus a row in every table the demo leaves empty, with awkward values. */
export async function seedSource(db: Kysely<DB>) {
  await migrate(db);
  await db.transaction().execute(async (trx) => {
    const demo = await createDemoAssociation(trx, {});
    const account = await trx
      .selectFrom('accounts')
      .select(['id', 'email'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    const ids = { id: account.id, organizationId: demo.organizationId };
    await createSession(trx, ids);
    await recordLogin(trx, account.id);
    await createToken(trx, {
      ...ids,
      kind: 'password_reset',
      email: account.email,
      accountId: account.id,
    });
    await trx
      .insertInto('people')
      .values(
        buildPerson({
          organization_id: demo.organizationId,
          first_name: 'Zoë "Zee"',
          last_name: "O'Brien\nÅkesson 🌱",
          email: null,
          phone: null,
          is_member: false,
        }),
      )
      .execute();
    await trx.insertInto('health_probe').values({ id: 1 }).execute();
    await trx
      .updateTable('accounts')
      .set({ totp_secret: 'v1.sealed', totp_enabled_at: new Date(), totp_last_step: 59_000_000 })
      .where('id', '=', account.id)
      .execute();
    await trx
      .insertInto('recovery_codes')
      .values({
        organization_id: demo.organizationId,
        account_id: account.id,
        code_hash: '$argon2id$x',
      })
      .execute();
    await trx
      .insertInto('security_settings')
      .values({
        organization_id: demo.organizationId,
        require_two_factor: true,
        updated_by: account.id,
      })
      .execute();
    await trx
      .insertInto('outbox')
      .values({
        organization_id: demo.organizationId,
        to_address: account.email,
        subject: 'Välkommen',
        body_text: 'Rad ett\nRad två',
        status: 'failed',
        attempts: 2,
        last_error: 'connect ECONNREFUSED',
      })
      .execute();
    await trx
      .insertInto('jobs')
      .values({
        organization_id: demo.organizationId,
        kind: 'test.backup',
        payload: JSON.stringify({ accountId: account.id, nested: { list: [1, null, 'å "b"'] } }),
        run_at: '2030-05-01T06:00:00.123456Z',
        attempts: 1,
        last_error: 'Error: connect ECONNREFUSED',
        dedupe_key: `reminder:${account.id}:2030-05-01T08:00:00.000Z`,
      })
      .execute();
    await trx
      .insertInto('consents')
      .values({
        organization_id: demo.organizationId,
        person_id: (await trx.selectFrom('people').select('id').executeTakeFirstOrThrow()).id,
        purpose: 'newsletter',
        given_at: '2022-08-20T10:15:30.123456Z',
        source: 'Valstuga, Huddinge centrum',
        wording: 'Jag vill få "nyhetsbrev" – gärna; ofta.',
        withdrawn_at: '2023-01-02T03:04:05Z',
      })
      .execute();
    await trx
      .insertInto('guest_signups')
      .values({
        organization_id: demo.organizationId,
        shift_id: (await trx.selectFrom('shifts').select('id').executeTakeFirstOrThrow()).id,
        first_name: 'Gäst',
        last_name: 'Gästsson',
        email: 'gast@example.org',
        consent_wording: 'Jag samtycker till att "föreningen" sparar mina uppgifter.',
        token_hash: 'a'.repeat(64),
        expires_at: '2030-05-01T06:00:00.123456Z',
      })
      .execute();
    const [firstPerson, secondPerson] = (
      await trx.selectFrom('people').select('id').orderBy('id').limit(2).execute()
    ).map((row) => row.id);
    await trx
      .insertInto('distinct_people')
      .values({
        organization_id: demo.organizationId,
        first_id: firstPerson!,
        second_id: secondPerson!,
      })
      .execute();
    await trx
      .insertInto('person_notes')
      .values({
        organization_id: demo.organizationId,
        person_id: firstPerson!,
        author_account_id: account.id,
        body: 'Ringde 12:e – "vill ha" flygblad\npå arabiska; ring igen.',
        created_at: '2024-02-29T23:59:59.999999Z',
      })
      .execute();
    await trx
      .insertInto('calendar_feeds')
      .values({ organization_id: demo.organizationId, person_id: firstPerson!, token_hash: 'b' })
      .execute();
    await recordAudit(trx, {
      organizationId: demo.organizationId,
      accountId: account.id,
      action: 'person.update',
      personId: (await trx.selectFrom('people').select('id').executeTakeFirstOrThrow()).id,
      details: { fields: ['city', 'notes'], nested: { quote: 'a "b" \\ c', list: [1, null] } },
    });
  });
}
