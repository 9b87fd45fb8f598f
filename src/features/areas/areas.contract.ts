import { z } from 'zod';
import { Id, OkResponse, Timestamp } from '../../platform/shared/atoms.ts';
import { parties } from '../../platform/shared/db-values.generated.ts';
import { defineRoute, defineRoutes, type RouteSpec } from '../../platform/shared/route.ts';

/** A district's 8-digit code: län 2 + kommun 2 + district 4 (e.g. 01260103). */
export const DistrictCode = z.string().regex(/^[0-9]{8}$/, 'an 8-digit district code');
/** A municipality's 4-digit code (e.g. 0126 Huddinge). */
export const MunicipalityCode = z.string().regex(/^[0-9]{4}$/, 'a 4-digit municipality code');

/** Every municipality in the file, imported as one election: a county's map. */
export const ALL_MUNICIPALITIES = 'all';

/** Which municipality of a file to import: one, or all of them as one election. */
export const MunicipalityChoice = z.union([MunicipalityCode, z.literal(ALL_MUNICIPALITIES)]);

/** The association's own party, one of the parties in the official results. */
export const Party = z.enum(parties);
export type Party = z.infer<typeof Party>;
/** The keys of a district's party votes: the parties, then OVR (all others, local parties too). */
export const resultParties = ['M', 'C', 'L', 'KD', 'S', 'V', 'MP', 'SD', 'OVR'] as const;
export const PartyVotes = z.record(z.string(), z.number().int());

/** The source line shown under every map and table of this data (Valmyndigheten's terms). */
export const ELECTION_DATA_SOURCE = 'Källa: Valmyndigheten; bearbetning av SCB:s valstatistik 2022';

/** The upload of two files: large enough for a whole county's geometry (12.5 MB for Västra Götaland). */
export const ELECTION_IMPORT_BODY_LIMIT = 40 * 1024 * 1024;

export const ElectionName = z.string().trim().min(1).max(100);

export const Election = z.object({
  id: Id,
  name: z.string(),
  /** Null: every municipality in the file, as one election. */
  municipalityCode: z.string().nullable(),
  municipalityName: z.string(),
  /** Totals for the municipality, the unallocated early votes included. */
  eligibleVoters: z.number().int(),
  votesCast: z.number().int(),
  validVotes: z.number().int(),
  /** votesCast / eligibleVoters, 0–1 (0 when nobody was eligible). */
  turnout: z.number(),
  districtCount: z.number().int(),
  importedAt: Timestamp,
});
export type Election = z.infer<typeof Election>;

/** One district's results; the numbers are null when the district has a polygon but no results. */
export const DistrictResult = z.object({
  code: z.string(),
  name: z.string(),
  hasGeometry: z.boolean(),
  /** [minLon, minLat, maxLon, maxLat] of its polygon, WGS 84; null without a polygon. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  eligibleVoters: z.number().int().nullable(),
  votesCast: z.number().int().nullable(),
  /** votesCast / eligibleVoters, 0–1; null without results or voters. */
  turnout: z.number().nullable(),
  validVotes: z.number().int().nullable(),
  invalidVotes: z.number().int().nullable(),
  blankVotes: z.number().int().nullable(),
  /** Votes per party (keys of `resultParties`); null without results. */
  partyVotes: PartyVotes.nullable(),
});
export type DistrictResult = z.infer<typeof DistrictResult>;

/** Early votes not tied to a district (SCB's …98xx rows), counted in the municipality's totals. */
export const UnallocatedResult = z.object({
  code: z.string(),
  name: z.string(),
  eligibleVoters: z.number().int(),
  votesCast: z.number().int(),
  validVotes: z.number().int(),
  partyVotes: PartyVotes,
});

export const ElectionDetail = Election.extend({
  districts: z.array(DistrictResult),
  unallocated: z.array(UnallocatedResult),
});
export type ElectionDetail = z.infer<typeof ElectionDetail>;

export const zoomLevels = ['county', 'municipality', 'district'] as const;
export const ZoomLevel = z.enum(zoomLevels);
export type ZoomLevel = z.infer<typeof ZoomLevel>;

/**
 * TopoJSON (quantized) with one object `districts` whose geometries carry `{ code, name }`:
 * shared borders are one arc, so neighbours never gap. Simplified for the zoom level.
 */
export const Topology = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.record(z.string(), z.unknown()),
  transform: z.object({ scale: z.array(z.number()), translate: z.array(z.number()) }).optional(),
  bbox: z.array(z.number()).optional(),
});

/** The two files as text, and which election and municipality they are. */
export const ElectionImportInput = z.object({
  /** GeoJSON FeatureCollection, WGS 84 or SWEREF 99 TM (detected from the coordinates). */
  geometry: z.string().min(1),
  /** CSV: the cleaned format or SCB's per-district file as published. */
  results: z.string().min(1),
  election: ElectionName,
  /**
   * Picks one municipality from a file with several, or `all` of them as one election; else the
   * settings' municipality code.
   */
  municipality: MunicipalityChoice.optional(),
});
export type ElectionImportInput = z.infer<typeof ElectionImportInput>;

/** What an import finds (preview) or stored (import). */
export const ElectionImportReport = z.object({
  election: z.string(),
  /** `code` null: every municipality in the file. */
  municipality: z.object({ code: z.string().nullable(), name: z.string() }),
  projection: z.enum(['wgs84', 'sweref99tm']),
  /** Districts stored: every polygon and every allocated result row, joined by code. */
  districts: z.number().int(),
  /** Districts with both a polygon and results. */
  matched: z.number().int(),
  /** Codes of polygons without results and of results without polygons. */
  unmatched: z.array(z.string()),
  polygonsWithoutResults: z.array(z.string()),
  resultsWithoutPolygons: z.array(z.string()),
  /** Rows of early votes not tied to a district. */
  unallocated: z.number().int(),
  /** The municipality's totals, unallocated rows included. */
  eligibleVoters: z.number().int(),
  votesCast: z.number().int(),
  validVotes: z.number().int(),
  /** An election of this name exists and an import replaces it. */
  replaces: z.boolean(),
});
export type ElectionImportReport = z.infer<typeof ElectionImportReport>;

export const ElectionImportResult = z.object({
  election: Election,
  report: ElectionImportReport,
});

export const Weight = z.number().min(0).max(10);
/** How much each criterion weighs in the priority score (0 leaves it out). */
export const RankingWeights = z.object({
  lowTurnout: Weight,
  partyShare: Weight,
  eligibleVoters: Weight,
  nonVoters: Weight,
});
export type RankingWeights = z.infer<typeof RankingWeights>;

export const AreaSettings = z.object({
  /** The association's municipality: picks it from a file with several. */
  municipalityCode: MunicipalityCode.nullable(),
  party: Party,
  /** The election the map shows first and whose polygons place activities. */
  mapElectionId: Id.nullable(),
  weights: RankingWeights,
});
export type AreaSettings = z.infer<typeof AreaSettings>;

const DistrictCodes = z.array(DistrictCode).min(1).max(2000);

export const PriorityArea = z.object({
  id: Id,
  name: z.string(),
  districtCodes: z.array(z.string()),
  createdAt: Timestamp,
});
export type PriorityArea = z.infer<typeof PriorityArea>;
export const PriorityAreaInput = z.object({
  name: z.string().trim().min(1).max(100),
  districtCodes: DistrictCodes,
});
export const PriorityAreaPatch = PriorityAreaInput.partial();

export const LocalGroupDistricts = z.object({
  localGroupId: Id,
  name: z.string(),
  districtCodes: z.array(z.string()),
  /** The districts' names by code, from the latest import that has each (none: unknown). */
  districtNames: z.record(z.string(), z.string()),
});
export type LocalGroupDistricts = z.infer<typeof LocalGroupDistricts>;

export const CoverageQuery = z
  .object({
    from: z.iso.date(),
    /** Inclusive; days in Europe/Stockholm. */
    to: z.iso.date(),
    /** Whose polygons place the activities; the settings' map election when left out. */
    electionId: Id.optional(),
  })
  .refine((query) => query.from <= query.to, { message: 'from is after to', path: ['to'] });
export type CoverageQuery = z.infer<typeof CoverageQuery>;

/**
 * What was done in a place in the period. Activities are the period's not cancelled ones;
 * `reached` sums their reports, each measure on its own (null counts nothing); "people reached"
 * is `conversations` (doors and leaflets reach households, new contacts are among those spoken
 * to). `lastActivityAt` is the latest activity there up to the period's end, however long ago.
 */
export const Coverage = z.object({
  activities: z.number().int(),
  /** Activities per activity type id. */
  byType: z.record(z.string(), z.number().int()),
  reports: z.number().int(),
  reached: z.object({
    doorsKnocked: z.number().int(),
    conversations: z.number().int(),
    newContacts: z.number().int(),
    leaflets: z.number().int(),
  }),
  lastActivityAt: Timestamp.nullable(),
  /** Whole days from the last activity to the period's end (or today, if sooner); null if none. */
  daysSinceLast: z.number().int().nullable(),
});
export type Coverage = z.infer<typeof Coverage>;

export const CoverageReport = z.object({
  from: z.string(),
  to: z.string(),
  /** The election whose polygons placed the activities; null when there is none (all unplaced). */
  electionId: Id.nullable(),
  activityTypes: z.array(z.object({ id: Id, key: z.string().nullable(), name: z.string() })),
  districts: z.array(Coverage.extend({ code: z.string(), name: z.string() })),
  priorityAreas: z.array(Coverage.extend({ id: Id, name: z.string() })),
  /** A group's districts, and its own activities that have no map point. */
  localGroups: z.array(Coverage.extend({ id: Id, name: z.string() })),
  /** The period's activities without a map point or outside every district. */
  unplaced: z.number().int(),
});
export type CoverageReport = z.infer<typeof CoverageReport>;

const IdParams = z.object({ id: Id });

/** Every route here is an organizer's, in the OpenAPI tag `areas`. */
function organizerRoute<const T extends Omit<RouteSpec, 'permission' | 'tags'>>(spec: T) {
  return defineRoute({ ...spec, permission: 'organizer' as const, tags: ['areas'] });
}

export const areaRoutes = defineRoutes({
  listElections: organizerRoute({
    method: 'GET',
    path: '/api/areas/elections',
    summary: "The association's imported elections, newest first",
    response: z.object({ items: z.array(Election) }),
  }),
  getElection: organizerRoute({
    method: 'GET',
    path: '/api/areas/elections/:id',
    summary: "An election with every district's results (no geometry)",
    params: IdParams,
    response: ElectionDetail,
  }),
  getElectionTopology: organizerRoute({
    method: 'GET',
    path: '/api/areas/elections/:id/topology',
    summary: "An election's districts as TopoJSON simplified for a zoom level (ETag, gzip)",
    params: IdParams,
    query: z.object({ level: ZoomLevel.default('district') }),
    response: Topology,
  }),
  deleteElection: organizerRoute({
    method: 'DELETE',
    path: '/api/areas/elections/:id',
    summary: 'Delete an imported election',
    params: IdParams,
    response: OkResponse,
  }),
  previewElectionImport: organizerRoute({
    method: 'POST',
    path: '/api/areas/import/preview',
    summary: 'Read a geometry file and a results file: what an import would store (stores nothing)',
    body: ElectionImportInput,
    bodyLimit: ELECTION_IMPORT_BODY_LIMIT,
    response: ElectionImportReport,
  }),
  importElection: organizerRoute({
    method: 'POST',
    path: '/api/areas/import',
    summary: 'Import an election in one transaction; one of the same name is replaced',
    status: 201,
    body: ElectionImportInput,
    bodyLimit: ELECTION_IMPORT_BODY_LIMIT,
    response: ElectionImportResult,
  }),
  getAreaSettings: organizerRoute({
    method: 'GET',
    path: '/api/areas/settings',
    summary: 'Municipality, party, map election and ranking weights',
    response: AreaSettings,
  }),
  updateAreaSettings: organizerRoute({
    method: 'PUT',
    path: '/api/areas/settings',
    summary: 'Save municipality, party, map election and ranking weights',
    body: AreaSettings,
    response: AreaSettings,
  }),
  listPriorityAreas: organizerRoute({
    method: 'GET',
    path: '/api/areas/priority-areas',
    summary: 'Priority areas: named sets of districts',
    response: z.object({ items: z.array(PriorityArea) }),
  }),
  createPriorityArea: organizerRoute({
    method: 'POST',
    path: '/api/areas/priority-areas',
    summary: 'Save a priority area',
    status: 201,
    body: PriorityAreaInput,
    response: PriorityArea,
  }),
  updatePriorityArea: organizerRoute({
    method: 'PATCH',
    path: '/api/areas/priority-areas/:id',
    summary: 'Rename a priority area or change its districts',
    params: IdParams,
    body: PriorityAreaPatch,
    response: PriorityArea,
  }),
  deletePriorityArea: organizerRoute({
    method: 'DELETE',
    path: '/api/areas/priority-areas/:id',
    summary: 'Delete a priority area',
    params: IdParams,
    response: OkResponse,
  }),
  listLocalGroupDistricts: organizerRoute({
    method: 'GET',
    path: '/api/areas/local-groups',
    summary: 'Every local group with the districts it works in',
    response: z.object({ items: z.array(LocalGroupDistricts) }),
  }),
  getLocalGroupDistricts: organizerRoute({
    method: 'GET',
    path: '/api/areas/local-groups/:id',
    summary: 'The districts a local group works in',
    params: IdParams,
    response: LocalGroupDistricts,
  }),
  setLocalGroupDistricts: organizerRoute({
    method: 'PUT',
    path: '/api/areas/local-groups/:id',
    summary: 'Give a local group its districts (replaces the ones it had)',
    params: IdParams,
    body: z.object({ districtCodes: z.array(DistrictCode).max(2000) }),
    response: LocalGroupDistricts,
  }),
  getCoverage: organizerRoute({
    method: 'GET',
    path: '/api/areas/coverage',
    summary:
      'Activities by type, people reached and days since the last activity, per district, ' +
      'priority area and local group, in a period',
    query: CoverageQuery,
    response: CoverageReport,
  }),
});
