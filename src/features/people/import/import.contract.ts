import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import { CustomField, CustomValue } from '../../custom-fields/custom-fields.contract.ts';

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
  'tags',
  'notes',
] as const;

/** One of the association's custom fields as an import target: `custom:<field id>`. */
export const CustomFieldTarget = z.templateLiteral(['custom:', Id]);
export type CustomFieldTarget = z.infer<typeof CustomFieldTarget>;

/** A field a column can fill: a person field or a custom field. */
export const ImportTarget = z.union([z.enum(importFields), CustomFieldTarget]);

/** What a column is used for: a field, `ignore`, or null (kept aside as an unmapped value). */
export const ColumnTarget = z.union([ImportTarget, z.literal('ignore')]).nullable();

export function customFieldTarget(fieldId: string): CustomFieldTarget {
  return `custom:${fieldId}`;
}

/** The custom field id of a target, or null for a person field, `ignore` or null. */
export function customFieldIdOf(target: string | null): string | null {
  return target?.startsWith('custom:') ? target.slice('custom:'.length) : null;
}

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
  /**
   * What a new person is when the file does not say (no membership column, or an empty cell):
   * contacts unless told. People already in the register keep their membership.
   */
  newPeopleAre: z.enum(['members', 'contacts']).default('contacts'),
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
  /** Tag names; tags the association lacks are created. */
  tags: z.array(z.string()),
  extra: z.record(z.string(), z.string()),
  /** Custom values by field id, parsed by the field's kind. */
  custom: z.record(z.string(), CustomValue),
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
        field: ImportTarget.nullable(),
        confidence: z.enum(['exact', 'partial', 'none']),
        duplicateOf: z.number().int().nullable(),
      }),
    ),
    conflicts: z.array(z.object({ field: ImportTarget, columns: z.array(z.number()) })),
  }),
  /** The association's custom fields, which columns may also fill. */
  customFields: z.array(CustomField),
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
  /** Whether a column of the file says who is a member. */
  hasMembershipColumn: z.boolean(),
  /** New people the file said nothing about, made `newPeopleAre`. */
  membershipDefaulted: z.number().int(),
  newPeopleAre: z.enum(['members', 'contacts']),
  /** The import as recorded, for undoing it; null for a dry run. */
  importId: Id.nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/**
 * An import running in the background: first its rows are read (`reading`, out of the file's
 * rows), then people are saved (`saving`, out of the people to create or update).
 */
export const ImportJob = z.object({
  id: Id,
  status: z.enum(['running', 'done', 'failed']),
  stage: z.enum(['reading', 'saving']),
  processed: z.number().int(),
  total: z.number().int(),
  isDryRun: z.boolean(),
  summary: ImportSummary.nullable(),
  /** Why it failed; nothing was saved. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

/** What undoing an import did. */
export const UndoImportSummary = z.object({
  /** People the import created, removed. */
  removed: z.number().int(),
  /** People the import created, kept: changed since or used elsewhere (a sign-up, a note …). */
  keptCreated: z.number().int(),
  /** People the import changed who got values or tags back. */
  restored: z.number().int(),
  /** People the import changed with a value changed again since, which was left as it is. */
  keptChanged: z.number().int(),
});
export type UndoImportSummary = z.infer<typeof UndoImportSummary>;

export const importRoutes = defineRoutes({
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
    summary:
      'Start importing people from CSV or XLSX in one transaction (or a dry run of it); follow the job',
    tags: ['people'],
    status: 202,
    body: ImportInput,
    bodyLimit: IMPORT_BODY_LIMIT,
    response: ImportJob,
  }),
  followImport: defineRoute({
    method: 'POST',
    path: '/api/people/import/follow',
    permission: 'organizer',
    summary:
      'Start an import as POST /api/people/import does and follow it in the answer: ' +
      'application/x-ndjson, one ImportJob per line, the last one done or failed',
    tags: ['people'],
    body: ImportInput,
    bodyLimit: IMPORT_BODY_LIMIT,
    response: ImportJob,
  }),
  getImportJob: defineRoute({
    method: 'GET',
    path: '/api/people/import/jobs/:id',
    permission: 'organizer',
    summary: 'How far an import has come, and its summary when done (only to who started it)',
    tags: ['people'],
    params: z.object({ id: Id }),
    response: ImportJob,
  }),
  undoImport: defineRoute({
    method: 'POST',
    path: '/api/people/imports/:id/undo',
    permission: 'admin',
    summary:
      "Undo the association's latest import (within a week): remove whom it created unless " +
      'changed or used since, set back the values it replaced',
    tags: ['people'],
    params: z.object({ id: Id }),
    response: UndoImportSummary,
  }),
});
