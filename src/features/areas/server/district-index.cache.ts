import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { listDistrictShapes } from './elections.queries.ts';
import { buildDistrictIndex, type DistrictIndex } from './geometry/district-index.ts';

// Placing activities needs every polygon of the map election: kept per election and import time,
// so a re-import (a new imported_at) is read afresh in every process without being told.
const kept = new Map<string, Promise<DistrictIndex>>();
const MAX_KEPT = 20;

/** The point-in-polygon index of an election as imported at `importedAt`. */
export function districtIndexOf(
  db: Kysely<DB>,
  organizationId: string,
  election: { id: string; imported_at: Date },
): Promise<DistrictIndex> {
  const key = `${organizationId}:${election.id}:${election.imported_at.toISOString()}`;
  let index = kept.get(key);
  if (!index) {
    if (kept.size >= MAX_KEPT) kept.clear();
    index = listDistrictShapes(db, organizationId, election.id).then(buildDistrictIndex);
    index.catch(() => kept.delete(key));
    kept.set(key, index);
  }
  return index;
}

/** Forgets an election's index (it was re-imported or deleted). */
export function forgetDistrictIndex(electionId: string) {
  for (const key of kept.keys()) if (key.includes(`:${electionId}:`)) kept.delete(key);
}
