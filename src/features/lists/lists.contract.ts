import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { PersonSummary } from '../people/register/people.contract.ts';
import {
  consentPurposes,
  genders,
  membershipStatuses,
} from '../../platform/shared/db-values.generated.ts';
import { ExportColumns, ExportFile, ExportFormat } from '../people/export/export.contract.ts';

/** Text fields of a person a condition can test. */
export const textFields = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'memberNumber',
  'notes',
] as const;

const DateValue = z.iso.date();

/** What a participation condition asks: signed up (confirmed or waiting), attended, no-show. */
export const participationKinds = ['signedUp', 'attended', 'noShow'] as const;

/** One test on a person; conditions combine in groups (AND / OR, each optionally negated). */
export const Condition = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('text'),
    field: z.enum(textFields),
    op: z.enum(['contains', 'equals', 'startsWith', 'isEmpty', 'isNotEmpty']),
    value: z.string().max(200).default(''),
  }),
  z.object({ type: z.literal('membership'), isMember: z.boolean() }),
  z.object({
    type: z.literal('membershipStatus'),
    statuses: z.array(z.enum(membershipStatuses)).min(1),
  }),
  z.object({ type: z.literal('gender'), genders: z.array(z.enum(genders)).min(1) }),
  z.object({
    type: z.literal('localGroup'),
    /** People in any of these groups; with `includeNone`, also people in no group. */
    localGroupIds: z.array(Id).max(100),
    includeNone: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('tag'),
    tagIds: z.array(Id).min(1).max(50),
    match: z.enum(['any', 'all']).default('any'),
  }),
  z.object({
    type: z.literal('date'),
    field: z.enum(['createdAt', 'memberSince']),
    from: DateValue.nullable().default(null),
    to: DateValue.nullable().default(null),
  }),
  z.object({
    type: z.literal('custom'),
    fieldId: Id,
    /** `includes`: a multiple-choice value has this choice (or a choice value is it). */
    op: z.enum(['equals', 'contains', 'includes', 'lt', 'gt', 'isEmpty', 'isNotEmpty']),
    value: z
      .union([z.string().max(200), z.number(), z.boolean()])
      .nullable()
      .default(null),
  }),
  z.object({
    type: z.literal('birthYear'),
    from: z.number().int().min(1900).max(2100).nullable().default(null),
    to: z.number().int().min(1900).max(2100).nullable().default(null),
  }),
  /** May be contacted for the purpose: a member, or a non-member whose consent for it is in force. */
  z.object({ type: z.literal('consent'), purpose: z.enum(consentPurposes) }),
  /** Flagged by the retention rule (a contact with no consent and no activity for too long). */
  z.object({ type: z.literal('retention'), flagged: z.boolean().default(true) }),
  /** A live sign-up on a shift starting within [from, to] (days in Stockholm), either end open. */
  z.object({
    type: z.literal('participation'),
    what: z.enum(participationKinds).default('signedUp'),
    /** Empty: an activity of any type. */
    activityTypeIds: z.array(Id).max(50).default([]),
    campaignId: Id.nullable().default(null),
    from: DateValue.nullable().default(null),
    to: DateValue.nullable().default(null),
  }),
]);
export type Condition = z.infer<typeof Condition>;

export interface FilterGroup {
  type: 'group';
  op: 'and' | 'or';
  not: boolean;
  conditions: (Condition | FilterGroup)[];
}

// Recursive, so named: OpenAPI holds it once as a component (FilterGroup, and FilterGroupInput
// for what a client sends) that the nested groups refer to.
export const FilterGroup: z.ZodType<FilterGroup> = z
  .lazy(() =>
    z.object({
      type: z.literal('group'),
      op: z.enum(['and', 'or']),
      not: z.boolean().default(false),
      conditions: z.array(z.union([Condition, FilterGroup])).max(50),
    }),
  )
  .meta({ id: 'FilterGroup' }) as z.ZodType<FilterGroup>;

export const sortFields = ['lastName', 'firstName', 'createdAt', 'memberNumber', 'city'] as const;
export const Sort = z.object({
  field: z.enum(sortFields).default('lastName'),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type Sort = z.infer<typeof Sort>;

export const SearchInput = z.object({
  filter: FilterGroup,
  sort: Sort.default({ field: 'lastName', direction: 'asc' }),
  limit: z.number().int().min(0).max(200).default(50),
  offset: z.number().int().min(0).default(0),
});

export const SearchResult = z.object({ items: z.array(PersonSummary), total: z.number().int() });

export const SavedList = z.object({
  id: Id,
  name: z.string(),
  description: z.string(),
  filter: FilterGroup,
  sort: Sort,
  columns: z.array(z.string()),
  isShared: z.boolean(),
  owner: z.object({ accountId: Id, firstName: z.string(), lastName: z.string() }).nullable(),
  isMine: z.boolean(),
  updatedAt: z.string(),
});

export const SavedListInput = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().max(1000).default(''),
  filter: FilterGroup,
  sort: Sort.default({ field: 'lastName', direction: 'asc' }),
  columns: z.array(z.string().max(60)).max(30).default([]),
  isShared: z.boolean().default(false),
});
export const SavedListPatch = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  description: z.string().max(1000).optional(),
  filter: FilterGroup.optional(),
  sort: Sort.optional(),
  columns: z.array(z.string().max(60)).max(30).optional(),
  isShared: z.boolean().optional(),
});

const IdParams = z.object({ id: Id });

export const ListExportInput = z.object({
  /** A saved list to export; else `filter`; else everyone. */
  listId: Id.optional(),
  filter: FilterGroup.optional(),
  format: ExportFormat.default('csv'),
  /** The list's columns (when they are export columns) or the defaults when left out. */
  columns: ExportColumns.optional(),
});

export const listRoutes = defineRoutes({
  searchPeople: defineRoute({
    method: 'POST',
    path: '/api/people/search',
    permission: 'coordinator',
    summary: 'People matching a filter (limit 0 answers only the count), within the caller’s reach',
    audit: 'people-read',
    tags: ['lists'],
    body: SearchInput,
    response: SearchResult,
  }),
  listLists: defineRoute({
    method: 'GET',
    path: '/api/lists',
    permission: 'organizer',
    summary: 'My saved lists and those shared with organizers',
    tags: ['lists'],
    response: z.object({ items: z.array(SavedList) }),
  }),
  createList: defineRoute({
    method: 'POST',
    path: '/api/lists',
    permission: 'organizer',
    summary: 'Save a list (a filter, sort and columns; never a copy of the people)',
    tags: ['lists'],
    status: 201,
    body: SavedListInput,
    response: SavedList,
  }),
  getList: defineRoute({
    method: 'GET',
    path: '/api/lists/:id',
    permission: 'organizer',
    summary: 'One saved list',
    tags: ['lists'],
    params: IdParams,
    response: SavedList,
  }),
  updateList: defineRoute({
    method: 'PATCH',
    path: '/api/lists/:id',
    permission: 'organizer',
    summary: 'Change a saved list (its owner, or anyone when shared)',
    tags: ['lists'],
    params: IdParams,
    body: SavedListPatch,
    response: SavedList,
  }),
  deleteList: defineRoute({
    method: 'DELETE',
    path: '/api/lists/:id',
    permission: 'organizer',
    summary: 'Delete a saved list (its owner only)',
    tags: ['lists'],
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  listPeopleOfList: defineRoute({
    method: 'GET',
    path: '/api/lists/:id/people',
    permission: 'organizer',
    summary: 'The people a saved list matches now (re-evaluated on every call)',
    audit: 'people-read',
    tags: ['lists'],
    params: IdParams,
    query: z.object({
      limit: z.coerce.number().int().min(0).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: SearchResult,
  }),
  exportListPeople: defineRoute({
    method: 'POST',
    path: '/api/lists/export',
    permission: 'organizer',
    summary: 'Export the people of a saved list or a filter as CSV (UTF-8 with BOM) or XLSX',
    tags: ['lists'],
    body: ListExportInput,
    response: ExportFile,
  }),
});
