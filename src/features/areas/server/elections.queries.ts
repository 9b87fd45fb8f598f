import type { Kysely, Selectable } from 'kysely';
import type { DB, ElectionsTable } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { DistrictResult, Election, ElectionDetail } from '../areas.contract.ts';
import type { ElectionImport, Geometry } from './import/election-import.ts';

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

function presentElection(row: Selectable<ElectionsTable>): Election {
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipality_code,
    municipalityName: row.municipality_name,
    eligibleVoters: row.eligible_voters,
    votesCast: row.votes_cast,
    validVotes: row.valid_votes,
    turnout: ratio(row.votes_cast, row.eligible_voters),
    districtCount: row.district_count,
    importedAt: row.imported_at.toISOString(),
  };
}

export async function listElections(db: Kysely<DB>, organizationId: string) {
  const rows = await db
    .selectFrom('elections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('imported_at', 'desc')
    .orderBy('name')
    .execute();
  return rows.map(presentElection);
}

export async function findElectionRow(db: Kysely<DB>, organizationId: string, id: string) {
  return db
    .selectFrom('elections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function getElectionRow(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await findElectionRow(db, organizationId, id);
  if (!row) throw new AppError('not_found', 'No such election');
  return row;
}

export async function getElection(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
): Promise<ElectionDetail> {
  const election = await getElectionRow(db, organizationId, id);
  const [districts, unallocated] = await Promise.all([
    db
      .selectFrom('election_districts')
      .select([
        'code',
        'name',
        'min_lon',
        'min_lat',
        'max_lon',
        'max_lat',
        'eligible_voters',
        'votes_cast',
        'valid_votes',
        'invalid_votes',
        'blank_votes',
        'party_votes',
      ])
      .where('organization_id', '=', organizationId)
      .where('election_id', '=', id)
      .orderBy('code')
      .execute(),
    db
      .selectFrom('election_unallocated')
      .select(['code', 'name', 'eligible_voters', 'votes_cast', 'valid_votes', 'party_votes'])
      .where('organization_id', '=', organizationId)
      .where('election_id', '=', id)
      .orderBy('code')
      .execute(),
  ]);
  return {
    ...presentElection(election),
    districts: districts.map((d): DistrictResult => ({
      code: d.code,
      name: d.name,
      hasGeometry: d.min_lon !== null,
      bbox: d.min_lon === null ? null : [d.min_lon, d.min_lat ?? 0, d.max_lon ?? 0, d.max_lat ?? 0],
      eligibleVoters: d.eligible_voters,
      votesCast: d.votes_cast,
      turnout: d.eligible_voters && d.votes_cast !== null ? d.votes_cast / d.eligible_voters : null,
      validVotes: d.valid_votes,
      invalidVotes: d.invalid_votes,
      blankVotes: d.blank_votes,
      partyVotes: d.party_votes,
    })),
    unallocated: unallocated.map((u) => ({
      code: u.code,
      name: u.name,
      eligibleVoters: u.eligible_voters,
      votesCast: u.votes_cast,
      validVotes: u.valid_votes,
      partyVotes: u.party_votes,
    })),
  };
}

/** The districts that have a polygon, for the map's topology and for placing activities. */
export async function listDistrictShapes(db: Kysely<DB>, organizationId: string, id: string) {
  const rows = await db
    .selectFrom('election_districts')
    .select(['code', 'name', 'geometry'])
    .where('organization_id', '=', organizationId)
    .where('election_id', '=', id)
    .where('geometry', 'is not', null)
    .orderBy('code')
    .execute();
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    geometry: row.geometry as Geometry,
  }));
}

export async function deleteElection(db: Kysely<DB>, organizationId: string, id: string) {
  const result = await db
    .deleteFrom('elections')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw new AppError('not_found', 'No such election');
}

function bboxOf(geometry: Geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons)
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      minLon = Math.min(minLon, lon);
      minLat = Math.min(minLat, lat);
      maxLon = Math.max(maxLon, lon);
      maxLat = Math.max(maxLat, lat);
    }
  return { min_lon: minLon, min_lat: minLat, max_lon: maxLon, max_lat: maxLat };
}

const ROWS_PER_INSERT = 200;

/**
 * Stores a prepared import under `name`, replacing an election of that name (same id, so the
 * settings' map election still points at it). Run it in a transaction: all or nothing.
 */
export async function storeElection(
  trx: Kysely<DB>,
  organizationId: string,
  values: { name: string; importedBy: string | null; prepared: ElectionImport },
): Promise<Election> {
  const { prepared } = values;
  const totals = {
    municipality_code: prepared.municipality.code,
    municipality_name: prepared.municipality.name,
    eligible_voters: prepared.report.eligible_voters,
    votes_cast: prepared.report.votes_cast,
    valid_votes: prepared.report.valid_votes,
    district_count: prepared.districts.length,
    imported_by: values.importedBy,
  };
  const existing = await trx
    .selectFrom('elections')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('name', '=', values.name)
    .forUpdate()
    .executeTakeFirst();
  let electionId: string;
  if (existing) {
    electionId = existing.id;
    await trx
      .updateTable('elections')
      .set({ ...totals, imported_at: new Date() })
      .where('organization_id', '=', organizationId)
      .where('id', '=', electionId)
      .execute();
    for (const table of ['election_districts', 'election_unallocated'] as const)
      await trx
        .deleteFrom(table)
        .where('organization_id', '=', organizationId)
        .where('election_id', '=', electionId)
        .execute();
  } else {
    const row = await trx
      .insertInto('elections')
      .values({ organization_id: organizationId, name: values.name, ...totals })
      .returning('id')
      .executeTakeFirstOrThrow();
    electionId = row.id;
  }

  const districts = prepared.districts.map((d) => ({
    election_id: electionId,
    organization_id: organizationId,
    code: d.code,
    name: d.name,
    geometry: d.geometry ? JSON.stringify(d.geometry) : null,
    ...(d.geometry
      ? bboxOf(d.geometry)
      : { min_lon: null, min_lat: null, max_lon: null, max_lat: null }),
    eligible_voters: d.result?.eligibleVoters ?? null,
    votes_cast: d.result?.votesCast ?? null,
    valid_votes: d.result?.validVotes ?? null,
    invalid_votes: d.result?.invalidVotes ?? null,
    blank_votes: d.result?.blankVotes ?? null,
    party_votes: d.result ? JSON.stringify(d.result.parties) : null,
  }));
  for (let i = 0; i < districts.length; i += ROWS_PER_INSERT)
    await trx
      .insertInto('election_districts')
      .values(districts.slice(i, i + ROWS_PER_INSERT))
      .execute();
  if (prepared.unallocated.length > 0)
    await trx
      .insertInto('election_unallocated')
      .values(
        prepared.unallocated.map((row) => ({
          election_id: electionId,
          organization_id: organizationId,
          code: row.code,
          name: row.name,
          eligible_voters: row.eligibleVoters,
          votes_cast: row.votesCast,
          valid_votes: row.validVotes,
          party_votes: JSON.stringify(row.parties),
        })),
      )
      .execute();
  return presentElection(await getElectionRow(trx, organizationId, electionId));
}
