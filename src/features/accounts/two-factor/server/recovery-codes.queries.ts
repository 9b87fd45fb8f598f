import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { hashPassword } from '../../../../platform/server/secrets.ts';
import { createRecoveryCode } from './totp.ts';

export const RECOVERY_CODE_COUNT = 10;

export async function newRecoveryCodes(
  db: Kysely<DB>,
  account: { id: string; organization_id: string },
) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, createRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(code)));
  await db.deleteFrom('recovery_codes').where('account_id', '=', account.id).execute();
  await db
    .insertInto('recovery_codes')
    .values(
      hashes.map((code_hash) => ({
        organization_id: account.organization_id,
        account_id: account.id,
        code_hash,
      })),
    )
    .execute();
  return codes;
}
