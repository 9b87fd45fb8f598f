import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { AreaSettings } from '../areas.contract.ts';

const defaults: AreaSettings = {
  municipalityCode: null,
  party: 'V',
  mapElectionId: null,
  weights: { lowTurnout: 1, partyShare: 1, eligibleVoters: 0, nonVoters: 0 },
};

/** The association's settings; the defaults until first saved. */
export async function getAreaSettings(
  db: Kysely<DB>,
  organizationId: string,
): Promise<AreaSettings> {
  const row = await db
    .selectFrom('area_settings')
    .select(['municipality_code', 'party', 'map_election_id', 'weights'])
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!row) return defaults;
  return {
    municipalityCode: row.municipality_code,
    party: row.party,
    mapElectionId: row.map_election_id,
    weights: { ...defaults.weights, ...row.weights },
  };
}

export async function updateAreaSettings(
  db: Kysely<DB>,
  organizationId: string,
  settings: AreaSettings,
): Promise<AreaSettings> {
  if (settings.mapElectionId) {
    const election = await db
      .selectFrom('elections')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', settings.mapElectionId)
      .executeTakeFirst();
    if (!election)
      throw new AppError('validation', 'No such election', {
        errors: [{ path: 'body.mapElectionId', code: 'not_found', message: 'No such election' }],
      });
  }
  const values = {
    municipality_code: settings.municipalityCode,
    party: settings.party,
    map_election_id: settings.mapElectionId,
    weights: JSON.stringify(settings.weights),
  };
  await db
    .insertInto('area_settings')
    .values({ organization_id: organizationId, ...values })
    .onConflict((oc) =>
      oc.column('organization_id').doUpdateSet({ ...values, updated_at: new Date() }),
    )
    .execute();
  return getAreaSettings(db, organizationId);
}

/**
 * The election whose polygons place activities: the settings' map election, else the latest
 * imported; null when none is imported.
 */
export async function findMapElectionId(db: Kysely<DB>, organizationId: string) {
  const { mapElectionId } = await getAreaSettings(db, organizationId);
  if (mapElectionId) return mapElectionId;
  const latest = await db
    .selectFrom('elections')
    .select('id')
    .where('organization_id', '=', organizationId)
    .orderBy('imported_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.id ?? null;
}
