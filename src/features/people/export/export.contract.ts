import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

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

/** The whole register, so that an export imports back as it was ("Tillagd" only informs). */
export const defaultExportColumns: ExportColumn[] = [...exportColumns];

export const ExportFormat = z.enum(['csv', 'xlsx']);
export const ExportColumns = z.array(z.enum(exportColumns)).min(1).max(exportColumns.length);

/** The register's search (as on /people); everyone when empty. Saved lists export through lists. */
export const ExportInput = z.object({
  q: z.string().trim().max(100).optional(),
  localGroupId: Id.optional(),
  isMember: z.enum(['true', 'false']).optional(),
  format: ExportFormat.default('csv'),
  /** The defaults when left out. */
  columns: ExportColumns.optional(),
});

export const ExportFile = z.object({
  filename: z.string(),
  contentType: z.string(),
  /** The file's bytes, base64-encoded: decode into a Blob and offer it as a download. */
  contentBase64: z.string(),
  count: z.number().int(),
});

export const exportRoutes = defineRoutes({
  exportPeople: defineRoute({
    method: 'POST',
    path: '/api/people/export',
    permission: 'organizer',
    summary: "Export the register's search, or everyone, as CSV (UTF-8 with BOM) or XLSX",
    tags: ['people'],
    body: ExportInput,
    response: ExportFile,
  }),
});
