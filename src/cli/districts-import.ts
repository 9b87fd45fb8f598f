import { readFileSync } from 'node:fs';
import { ALL_MUNICIPALITIES, MunicipalityChoice } from '../features/areas/areas.contract.ts';
import { joinResultFiles } from '../features/areas/result-files.ts';
import { importElection } from '../features/areas/server/election-import.service.ts';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

function readText(path: string, what: string) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`kan inte läsa ${what} ${path} / cannot read ${path}`);
  }
}

/**
 * Imports an election's districts and results for one municipality, as the import page does;
 * re-importing an election of the same name replaces it, in one transaction.
 */
export const run: Command = async (args) => {
  const { values } = parseOptions(args, {
    org: { type: 'string' },
    geometry: { type: 'string' },
    results: { type: 'string', multiple: true },
    election: { type: 'string' },
    municipality: { type: 'string' },
  });
  const slug = requireOption(values.org, 'org');
  const election = requireOption(values.election, 'election');
  if (election.length > 100)
    throw new UsageError('--election: högst 100 tecken / at most 100 characters');
  const municipality = values.municipality?.trim();
  if (municipality !== undefined && !MunicipalityChoice.safeParse(municipality).success)
    throw new UsageError(
      `--municipality: en kommunkod med fyra siffror, t.ex. 0126, eller ${ALL_MUNICIPALITIES} ` +
        `för alla kommuner i filen som ett val / a 4-digit code, or ${ALL_MUNICIPALITIES}`,
    );
  const geometry = readText(requireOption(values.geometry, 'geometry'), 'geometrifilen');
  // Several --results (the districts' rows and the unallocated early votes, say) read as one.
  const resultFiles = values.results ?? [];
  if (resultFiles.length === 0) throw new UsageError('--results is required');
  const results = joinResultFiles(resultFiles.map((path) => readText(path, 'resultatfilen')));

  const { report } = await withDatabase(async ({ db }) => {
    const organization = await findOrganizationBySlug(db, slug);
    if (!organization) throw new UsageError(`no organization with slug ${slug}`);
    return importElection(
      db,
      organization.id,
      { geometry, results, election, ...(municipality ? { municipality } : {}) },
      null,
    );
  });
  return {
    json: {
      election: report.election,
      municipality: report.municipality.code,
      municipality_name: report.municipality.name,
      projection: report.projection,
      districts: report.districts,
      matched: report.matched,
      unmatched: report.unmatched,
      polygons_without_results: report.polygonsWithoutResults,
      results_without_polygons: report.resultsWithoutPolygons,
      unallocated: report.unallocated,
      eligible_voters: report.eligibleVoters,
      votes_cast: report.votesCast,
      valid_votes: report.validVotes,
      replaced: report.replaces,
    },
    text:
      `${report.election}, ${report.municipality.name} (${report.municipality.code}): ` +
      `${report.districts} valdistrikt / districts, ${report.matched} med resultat och karta / matched, ` +
      `${report.unmatched.length} utan matchning / unmatched${report.unmatched.length ? ` (${report.unmatched.join(', ')})` : ''}, ` +
      `${report.unallocated} rader ej fördelade förtidsröster / unallocated rows; ` +
      `${report.eligibleVoters} röstberättigade / eligible, ${report.votesCast} röstande / votes cast` +
      (report.replaces ? '; ersatte det tidigare / replaced the earlier import' : ''),
  };
};
