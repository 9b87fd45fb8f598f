import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { Election, ElectionImportInput, ElectionImportReport } from '../areas.contract.ts';
import { getAreaSettings } from './area-settings.queries.ts';
import { storeElection } from './elections.queries.ts';
import {
  ElectionFileError,
  prepareElectionImport,
  type ElectionImport,
} from './import/election-import.ts';

/** The list of municipalities a file holds, as the parse's messages write it: "0126 Huddinge (64 valdistrikt)". */
const MUNICIPALITY_LIST = /\b\d{4}\b[^,]*\(\d+ valdistrikt\)/;

/**
 * A file that cannot be imported, as a field error: the Swedish message says what and where.
 * When a municipality must be chosen (the message lists them), the error is the municipality's.
 */
function asAppError(error: ElectionFileError): AppError {
  const isChoice = MUNICIPALITY_LIST.test(error.message);
  return new AppError('validation', error.message, {
    errors: [
      {
        path: isChoice ? 'body.municipality' : `body.${error.file}`,
        code: isChoice ? 'choose_municipality' : 'invalid_file',
        message: error.message,
      },
    ],
  });
}

/** Reads and joins the two files; a bad file is a validation error and nothing is stored. */
export async function prepareImport(
  db: Kysely<DB>,
  organizationId: string,
  input: ElectionImportInput,
): Promise<ElectionImport> {
  const settings = await getAreaSettings(db, organizationId);
  try {
    return prepareElectionImport({
      geometry: input.geometry,
      results: input.results,
      ...(input.municipality ? { municipality: input.municipality } : {}),
      defaultMunicipality: settings.municipalityCode,
    });
  } catch (error) {
    if (error instanceof ElectionFileError) throw asAppError(error);
    throw error;
  }
}

export function importReport(
  name: string,
  prepared: ElectionImport,
  replaces: boolean,
): ElectionImportReport {
  const { report } = prepared;
  return {
    election: name,
    municipality: prepared.municipality,
    projection: prepared.projection,
    districts: report.districts,
    matched: report.matched,
    unmatched: report.unmatched,
    polygonsWithoutResults: report.polygonsWithoutResults,
    resultsWithoutPolygons: report.resultsWithoutPolygons,
    unallocated: report.unallocated,
    eligibleVoters: report.eligible_voters,
    votesCast: report.votes_cast,
    validVotes: report.valid_votes,
    replaces,
  };
}

async function hasElectionNamed(db: Kysely<DB>, organizationId: string, name: string) {
  const row = await db
    .selectFrom('elections')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row !== undefined;
}

/** What an import of these files would store; stores nothing. */
export async function previewElectionImport(
  db: Kysely<DB>,
  organizationId: string,
  input: ElectionImportInput,
): Promise<ElectionImportReport> {
  const prepared = await prepareImport(db, organizationId, input);
  return importReport(
    input.election,
    prepared,
    await hasElectionNamed(db, organizationId, input.election),
  );
}

/**
 * Imports an election in one transaction, replacing one of the same name; the files are read
 * before it starts, so a bad file stores nothing.
 */
export async function importElection(
  db: Kysely<DB>,
  organizationId: string,
  input: ElectionImportInput,
  importedBy: string | null,
): Promise<{ election: Election; report: ElectionImportReport }> {
  const prepared = await prepareImport(db, organizationId, input);
  return db.transaction().execute(async (trx) => {
    const replaces = await hasElectionNamed(trx, organizationId, input.election);
    const election = await storeElection(trx, organizationId, {
      name: input.election,
      importedBy,
      prepared,
    });
    return { election, report: importReport(input.election, prepared, replaces) };
  });
}
