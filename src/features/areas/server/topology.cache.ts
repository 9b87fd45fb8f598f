import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import {
  prepareResponse,
  ResponseCache,
  type PreparedResponse,
} from '../../../platform/server/response-cache.ts';
import type { ZoomLevel } from '../areas.contract.ts';
import { listDistrictShapes } from './elections.queries.ts';
import { encodeTopology, simplifiedTopology } from './geometry/district-topology.ts';

// The map's geometry is the heaviest answer and changes only on import: each level is made once,
// kept serialized and gzipped with its ETag. The key holds the election's import time, so a
// re-import in another process is a new key here (the old one ages out); in this process the
// import also forgets it at once.
const topologies = new ResponseCache<PreparedResponse>({
  ttlMs: 6 * 60 * 60 * 1000,
  maxEntries: 60,
});

/** The election's districts as TopoJSON for a zoom level, prepared for sending. */
export function preparedTopology(
  db: Kysely<DB>,
  organizationId: string,
  election: { id: string; imported_at: Date },
  level: ZoomLevel,
): Promise<PreparedResponse> {
  const key = `${election.id}:${election.imported_at.toISOString()}:${level}`;
  return topologies.get(key, async () => {
    const districts = await listDistrictShapes(db, organizationId, election.id);
    const topology = simplifiedTopology(districts, level);
    return prepareResponse(encodeTopology(topology), 'application/json; charset=utf-8');
  });
}

/** Forgets an election's kept topologies (re-imported or deleted). */
export function forgetTopologies(electionId: string) {
  topologies.deleteWhere((_, key) => key.startsWith(`${electionId}:`));
}
