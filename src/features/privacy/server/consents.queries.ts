import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { ConsentPurpose } from '../../../platform/shared/db-values.generated.ts';

const columns = ['id', 'purpose', 'given_at', 'source', 'wording', 'withdrawn_at'] as const;

function present(row: {
  id: string;
  purpose: ConsentPurpose;
  given_at: Date;
  source: string;
  wording: string;
  withdrawn_at: Date | null;
}) {
  return {
    id: row.id,
    purpose: row.purpose,
    givenAt: row.given_at.toISOString(),
    source: row.source,
    wording: row.wording,
    withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
  };
}

export async function listConsents(db: Kysely<DB>, organizationId: string, personId: string) {
  const rows = await db
    .selectFrom('consents')
    .select(columns)
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .orderBy('given_at', 'desc')
    .execute();
  return rows.map(present);
}

export async function recordConsent(
  db: Kysely<DB>,
  input: {
    organizationId: string;
    personId: string;
    /** Null when the person gave it themselves without an account (a guest sign-up). */
    accountId: string | null;
    purpose: ConsentPurpose;
    givenAt?: string;
    source: string;
    wording: string;
  },
) {
  const givenAt = input.givenAt ? new Date(input.givenAt) : new Date();
  if (givenAt.getTime() > Date.now() + 60_000) {
    throw new AppError('validation', 'A consent cannot be given in the future', {
      errors: [{ path: 'body.givenAt', code: 'in_future', message: 'In the future' }],
    });
  }
  const row = await db
    .insertInto('consents')
    .values({
      organization_id: input.organizationId,
      person_id: input.personId,
      purpose: input.purpose,
      given_at: givenAt,
      source: input.source,
      wording: input.wording,
      recorded_by: input.accountId,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return present(row);
}

export async function withdrawConsent(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  consentId: string,
) {
  const row = await db
    .updateTable('consents')
    .set((eb) => ({ withdrawn_at: eb.fn.coalesce('withdrawn_at', eb.val(new Date())) }))
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', consentId)
    .returning(columns)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such consent');
  return present(row);
}
