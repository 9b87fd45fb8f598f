import { z } from 'zod';
import { Id } from '../../shared/atoms.ts';
import { defineRoute } from '../../shared/route.ts';
import { FilterGroup } from '../lists/lists.contract.ts';

/** Import uploads are files in JSON: 30 MB of base64 is about 22 MB of CSV (≈ 170,000 rows). */
export const IMPORT_BODY_LIMIT = 30 * 1024 * 1024;

/** The person fields an import column can fill; the parsing layer uses this list too. */
export const importFields = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'memberNumber',
  'memberSince',
  'birthYear',
  'gender',
  'isMember',
  'membershipStatus',
  'localGroup',
  'notes',
] as const;

/** What a column is used for: a field, `ignore`, or null (kept aside as an unmapped value). */
export const ColumnTarget = z.enum([...importFields, 'ignore']).nullable();

export const ImportFile = z.object({
  filename: z.string().trim().min(1).max(255),
  /** The file's bytes, base64-encoded. */
  contentBase64: z.string().min(1),
  /** One target per column, as corrected by the user; the suggested mapping when left out. */
  mapping: z.array(ColumnTarget).max(200).optional(),
});

export const ImportInput = ImportFile.extend({
  /** What to do with a row that matches someone already in the register. */
  onMatch: z.enum(['update', 'skip']).default('update'),
  /** Compute everything, save nothing. */
  isDryRun: z.boolean().default(false),
});

const Encoding = z.string().nullable();
const Delimiter = z.string().nullable();

export const ImportRowError = z.object({
  line: z.number().int(),
  /** Swedish, for the user. */
  reason: z.string(),
  /** Stable, for translations: missing_name, invalid_email, unknown_local_group, … */
  code: z.string(),
});

export const PersonDraft = z.object({
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  memberNumber: z.string().nullable(),
  memberSince: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  gender: z.string().nullable(),
  isMember: z.boolean().nullable(),
  membershipStatus: z.string().nullable(),
  localGroupName: z.string().nullable(),
  notes: z.string().nullable(),
  extra: z.record(z.string(), z.string()),
});

export const ImportPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: Encoding,
  delimiter: Delimiter,
  headers: z.array(z.string()),
  suggestedMapping: z.object({
    targets: z.array(ColumnTarget),
    columns: z.array(
      z.object({
        index: z.number().int(),
        header: z.string(),
        field: z.enum(importFields).nullable(),
        confidence: z.enum(['exact', 'partial', 'none']),
        duplicateOf: z.number().int().nullable(),
      }),
    ),
    conflicts: z.array(z.object({ field: z.enum(importFields), columns: z.array(z.number()) })),
  }),
  /** The first 20 non-empty rows as read with the given (or suggested) mapping. */
  rows: z.array(
    z.object({
      line: z.number().int(),
      person: PersonDraft.nullable(),
      errors: z.array(ImportRowError),
    }),
  ),
  /** Non-empty data rows in the file. */
  totalRows: z.number().int(),
  /** Problems with the file as a whole (an unterminated quote, say). */
  problems: z.array(ImportRowError),
});

export const ImportSummary = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows that matched someone and were left as they were (onMatch skip, or nothing new). */
  skipped: z.number().int(),
  errors: z.array(ImportRowError),
  encoding: Encoding,
  delimiter: Delimiter,
  isDryRun: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Columns an export can have, in their default order; headers are Swedish. */
export const exportColumns = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'memberNumber',
  'memberSince',
  'isMember',
  'membershipStatus',
  'gender',
  'birthYear',
  'localGroup',
  'tags',
  'notes',
  'createdAt',
] as const;
export type ExportColumn = (typeof exportColumns)[number];

export const defaultExportColumns: ExportColumn[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'memberNumber',
  'memberSince',
  'isMember',
  'localGroup',
];

export const ExportInput = z.object({
  /** A saved list to export; else `filter`; else everyone. */
  listId: Id.optional(),
  filter: FilterGroup.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
  /** The list's columns (when they are export columns) or the defaults when left out. */
  columns: z.array(z.enum(exportColumns)).min(1).max(exportColumns.length).optional(),
});

export const ExportFile = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** The file's bytes, base64-encoded: decode into a Blob and offer it as a download. */
  contentBase64: z.string(),
  count: z.number().int(),
});

export const transferRoutes = {
  previewImport: defineRoute({
    method: 'POST',
    path: '/api/people/import/preview',
    permission: 'organizer',
    summary: 'Read an import file: encoding, delimiter, headers, suggested mapping, first rows',
    tags: ['people'],
    body: ImportFile,
    bodyLimit: IMPORT_BODY_LIMIT,
    response: ImportPreview,
  }),
  importPeople: defineRoute({
    method: 'POST',
    path: '/api/people/import',
    permission: 'organizer',
    summary: 'Import people from CSV or XLSX in one transaction (or a dry run of it)',
    tags: ['people'],
    body: ImportInput,
    bodyLimit: IMPORT_BODY_LIMIT,
    response: ImportSummary,
  }),
  exportPeople: defineRoute({
    method: 'POST',
    path: '/api/people/export',
    permission: 'organizer',
    summary: 'Export a saved list, a filter or everyone as CSV (UTF-8 with BOM) or XLSX',
    tags: ['people'],
    body: ExportInput,
    response: ExportFile,
  }),
} as const;
