import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { CampaignInput, CampaignPatch } from '../campaigns.contract.ts';
import { assertPersonInOrganization } from '../../schedule/server/references.queries.ts';

function selectCampaigns(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('campaigns as c')
    .leftJoin('people as o', 'o.id', 'c.owner_id')
    .select((eb) => [
      'c.id',
      'c.title',
      'c.description',
      'c.starts_on',
      'c.ends_on',
      'c.colour',
      'c.owner_id',
      'o.first_name',
      'o.last_name',
      eb
        .selectFrom('activities as a')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('a.campaign_id', '=', 'c.id')
        .as('activity_count'),
    ])
    .where('c.organization_id', '=', organizationId);
}

type CampaignRow = Awaited<ReturnType<ReturnType<typeof selectCampaigns>['executeTakeFirst']>>;

function present(row: NonNullable<CampaignRow>) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    colour: row.colour,
    owner: row.owner_id ? { id: row.owner_id, name: `${row.first_name} ${row.last_name}` } : null,
    activityCount: Number(row.activity_count ?? 0),
  };
}

export async function listCampaigns(db: Kysely<DB>, organizationId: string) {
  const rows = await selectCampaigns(db, organizationId)
    .orderBy('c.starts_on', (ob) => ob.desc().nullsLast())
    .orderBy('c.title')
    .execute();
  return rows.map(present);
}

export async function getCampaign(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await selectCampaigns(db, organizationId).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such campaign');
  return present(row);
}

export async function createCampaign(
  db: Kysely<DB>,
  organizationId: string,
  input: z.output<typeof CampaignInput>,
) {
  if (input.ownerId) await assertPersonInOrganization(db, organizationId, input.ownerId, 'ownerId');
  const row = await db
    .insertInto('campaigns')
    .values({
      organization_id: organizationId,
      title: input.title,
      description: input.description,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      colour: input.colour,
      owner_id: input.ownerId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getCampaign(db, organizationId, row.id);
}

export async function updateCampaign(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: z.output<typeof CampaignPatch>,
) {
  const current = await getCampaign(db, organizationId, id);
  if (patch.ownerId) await assertPersonInOrganization(db, organizationId, patch.ownerId, 'ownerId');
  const startsOn = patch.startsOn !== undefined ? patch.startsOn : current.startsOn;
  const endsOn = patch.endsOn !== undefined ? patch.endsOn : current.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new AppError('validation', 'The campaign ends before it starts', {
      errors: [{ path: 'body.endsOn', code: 'before_start', message: 'Ends before it starts' }],
    });
  }
  await db
    .updateTable('campaigns')
    .set({
      title: patch.title ?? current.title,
      description: patch.description ?? current.description,
      starts_on: startsOn,
      ends_on: endsOn,
      colour: patch.colour ?? current.colour,
      owner_id: patch.ownerId !== undefined ? patch.ownerId : (current.owner?.id ?? null),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
  return getCampaign(db, organizationId, id);
}

export async function deleteCampaign(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('campaigns')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new AppError('not_found', 'No such campaign');
}
