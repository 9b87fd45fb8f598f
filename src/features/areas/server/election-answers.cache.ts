import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import {
  prepareResponse,
  ResponseCache,
  type PreparedResponse,
} from '../../../platform/server/response-cache.ts';
import type { ZoomLevel } from '../areas.contract.ts';
import { getElectionRow, listDistrictShapes } from './elections.queries.ts';
import { encodeTopology, simplifiedTopology } from './geometry/district-topology.ts';

// An election's map and results are the heaviest answers and change only on import: each is
// made once, kept serialized and gzipped with its ETag. The key holds the election's import
// time, so a re-import is a new key (the old one ages out); in this process the import forgets
// them at once. Which import is current is read at most every STAMP_MS per election: another
// process's re-import or delete shows within that time.
const answers = new ResponseCache<PreparedResponse>({
  ttlMs: 6 * 60 * 60 * 1000,
  maxEntries: 100,
});
const STAMP_MS = 2000;
const stamps = new Map<string, { importedAt: string; checkedAt: number }>();

/** The election's current import time (404 when it is not the association's). */
async function importStamp(db: Kysely<DB>, organizationId: string, electionId: string) {
  const key = `${organizationId}:${electionId}`;
  const known = stamps.get(key);
  if (known && Date.now() - known.checkedAt < STAMP_MS) return known.importedAt;
  const row = await getElectionRow(db, organizationId, electionId);
  if (stamps.size >= 1000) stamps.clear();
  const importedAt = row.imported_at.toISOString();
  stamps.set(key, { importedAt, checkedAt: Date.now() });
  return importedAt;
}

/**
 * An answer about an election (`what`: a topology level, its results), made by `produce` from
 * the current import and kept until the next; the key starts with the association's id.
 */
export async function preparedElectionAnswer(
  db: Kysely<DB>,
  organizationId: string,
  electionId: string,
  what: string,
  produce: () => Promise<unknown>,
): Promise<PreparedResponse> {
  const importedAt = await importStamp(db, organizationId, electionId);
  return answers.get(`${organizationId}:${electionId}:${importedAt}:${what}`, async () =>
    prepareResponse(JSON.stringify(await produce()), 'application/json; charset=utf-8'),
  );
}

/** The election's districts as TopoJSON for a zoom level, prepared for sending. */
export function preparedTopology(
  db: Kysely<DB>,
  organizationId: string,
  electionId: string,
  level: ZoomLevel,
): Promise<PreparedResponse> {
  return preparedElectionAnswer(db, organizationId, electionId, `topology:${level}`, async () => {
    const districts = await listDistrictShapes(db, organizationId, electionId);
    return JSON.parse(encodeTopology(simplifiedTopology(districts, level))) as unknown;
  });
}

/** Forgets an election's kept answers (re-imported or deleted). */
export function forgetElectionAnswers(electionId: string) {
  for (const key of stamps.keys()) if (key.endsWith(`:${electionId}`)) stamps.delete(key);
  answers.deleteWhere((_, key) => key.split(':')[1] === electionId);
}
