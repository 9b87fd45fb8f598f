import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';

// Ids a client sends must name rows of the caller's own association; otherwise it is a field
// error (not a foreign-key failure, and never a peek into another association).

function unknown(field: string, what: string) {
  return new AppError('validation', `No such ${what}`, {
    errors: [{ path: `body.${field}`, code: 'unknown', message: `No such ${what}` }],
  });
}

export async function assertPersonInOrganization(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  field: string,
) {
  const row = await db
    .selectFrom('people')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', personId)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw unknown(field, 'person');
}

export async function assertCampaignInOrganization(
  db: Kysely<DB>,
  organizationId: string,
  campaignId: string,
) {
  const row = await db
    .selectFrom('campaigns')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', campaignId)
    .executeTakeFirst();
  if (!row) throw unknown('campaignId', 'campaign');
}

export async function assertLocalGroupInOrganization(
  db: Kysely<DB>,
  organizationId: string,
  localGroupId: string,
) {
  const row = await db
    .selectFrom('local_groups')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', localGroupId)
    .executeTakeFirst();
  if (!row) throw unknown('localGroupId', 'local group');
}
