import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { RoleName } from '../../../platform/shared/db-values.generated.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { hashPassword } from '../../../platform/server/secrets.ts';
import { accountKey, invalidate } from '../../../platform/server/invalidation.ts';

export async function findAccountByEmail(db: Kysely<DB>, email: string) {
  return (
    (await db
      .selectFrom('accounts')
      .select([
        'id',
        'organization_id',
        'person_id',
        'email',
        'password_hash',
        'role',
        'totp_secret',
        'totp_enabled_at',
        'totp_last_step',
      ])
      .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
      .executeTakeFirst()) ?? null
  );
}

const accountView = (db: Kysely<DB>) =>
  db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select([
      'a.id',
      'a.email',
      'a.role',
      'a.person_id',
      'a.created_at',
      'a.last_login_at',
      'a.totp_enabled_at',
      'p.first_name',
      'p.last_name',
    ]);

type AccountViewRow = Awaited<
  ReturnType<ReturnType<typeof accountView>['executeTakeFirstOrThrow']>
>;

function present(row: AccountViewRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    personId: row.person_id,
    firstName: row.first_name,
    lastName: row.last_name,
    createdAt: row.created_at.toISOString(),
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    twoFactor: row.totp_enabled_at !== null,
  };
}

export async function getAccount(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await accountView(db)
    .where('a.organization_id', '=', organizationId)
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such account');
  return present(row);
}

export async function listAccounts(db: Kysely<DB>, organizationId: string) {
  const rows = await accountView(db)
    .where('a.organization_id', '=', organizationId)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
  return rows.map(present);
}

export async function updateAccountRole(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  role: RoleName,
) {
  await db.transaction().execute(async (trx) => {
    const account = await getAccount(trx, organizationId, id);
    if (account.role === 'admin' && role !== 'admin') {
      const admins = await trx
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'admin')
        .executeTakeFirstOrThrow();
      if (admins.count <= 1) {
        throw new AppError('conflict', 'The association must keep at least one admin');
      }
    }
    await trx
      .updateTable('accounts')
      .set({ role })
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .execute();
    await invalidate(trx, accountKey(id));
  });
  return getAccount(db, organizationId, id);
}

/** What a password must not be built from: the account holder's name and address, the association. */
export async function passwordContextOf(db: Kysely<DB>, accountId: string) {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .select(['p.first_name', 'p.last_name', 'a.email', 'o.name'])
    .where('a.id', '=', accountId)
    .executeTakeFirst();
  return {
    firstName: row?.first_name,
    lastName: row?.last_name,
    email: row?.email,
    organizationName: row?.name,
  };
}

export async function setPassword(db: Kysely<DB>, accountId: string, password: string) {
  await db
    .updateTable('accounts')
    .set({ password_hash: await hashPassword(password) })
    .where('id', '=', accountId)
    .execute();
}

export async function recordLogin(db: Kysely<DB>, accountId: string) {
  await db
    .updateTable('accounts')
    .set({ last_login_at: new Date() })
    .where('id', '=', accountId)
    .execute();
}

export interface NewAccount {
  organizationId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: RoleName;
  password: string | null;
  localGroupId?: string | null;
  /**
   * False when the one who will hold the account has not proved the address is theirs (an
   * invitation link shown to the inviter): then a person in the register with that address is
   * not taken over, and the account is refused.
   */
  mayAttachToPerson?: boolean;
}

/** The association's person with this e-mail and no account yet: whom an account would join. */
export async function findPersonWithoutAccount(
  db: Kysely<DB>,
  organizationId: string,
  email: string,
) {
  return (
    (await db
      .selectFrom('people as p')
      .leftJoin('accounts as a', 'a.person_id', 'p.id')
      .select('p.id')
      .where('p.organization_id', '=', organizationId)
      .where((eb) => eb(eb.fn('lower', ['p.email']), '=', email.toLowerCase()))
      .where('a.id', 'is', null)
      .executeTakeFirst()) ?? null
  );
}

/**
 * Creates an account and its person record, or attaches the account to the association's
 * existing person with that e-mail. Pass a transaction handle to make it part of one.
 */
export async function createAccount(db: Kysely<DB>, input: NewAccount) {
  const email = input.email.toLowerCase();
  const taken = await db
    .selectFrom('accounts')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  if (taken) {
    throw new AppError('conflict', 'An account with that e-mail address exists', {
      errors: [
        { path: 'body.email', code: 'taken', message: 'An account with that e-mail exists' },
      ],
    });
  }
  const existing = await findPersonWithoutAccount(db, input.organizationId, email);
  if (existing && input.mayAttachToPerson === false) {
    throw new AppError('conflict', 'A person in the register has this address', {
      errors: [
        {
          path: 'body.token',
          code: 'person_in_register',
          message: 'The invitation must reach this address by e-mail',
        },
      ],
    });
  }
  const person =
    existing ??
    (await db
      .insertInto('people')
      .values({
        organization_id: input.organizationId,
        first_name: input.firstName,
        last_name: input.lastName,
        email,
        local_group_id: input.localGroupId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow());
  return db
    .insertInto('accounts')
    .values({
      organization_id: input.organizationId,
      person_id: person.id,
      email,
      role: input.role,
      password_hash: input.password ? await hashPassword(input.password) : null,
    })
    .returning(['id', 'person_id', 'organization_id'])
    .executeTakeFirstOrThrow();
}
