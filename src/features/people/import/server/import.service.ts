import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import { listCustomFields } from '../../../custom-fields/server/custom-fields.queries.ts';
import { customFieldIdOf, type ImportSummary } from '../import.contract.ts';
import { applyMapping } from './parse/apply-mapping.ts';
import type { MappedPeople, RowError } from './parse/apply-mapping.ts';
import type { ColumnTarget } from './parse/map-headers.ts';
import { parsePeopleFile } from './parse/parse-people-file.ts';
import type { ParsedPeopleFile } from './parse/parse-people-file.ts';
import { planImport } from './import-plan.ts';
import { recordImport } from './import-record.queries.ts';
import type { PlanError } from './import-plan.ts';
import {
  insertPeople,
  listLocalGroupsForImport,
  listPeopleForImport,
  tagImportedPeople,
  updatePeople,
} from './import.queries.ts';

export interface ImportOptions {
  organizationId: string;
  /** Who imports; null from the command line. */
  accountId: string | null;
  /** A corrected mapping, one target per column; the suggested one when left out. */
  mapping?: ColumnTarget[];
  onMatch: 'update' | 'skip';
  /** New people the file says nothing of membership about: contacts unless told. */
  newPeopleAre?: 'members' | 'contacts';
  isDryRun: boolean;
  /** Extra audit details, e.g. `{ via: 'cli' }`. */
  via?: 'cli';
  /** Told how far the import has come: rows read, then people saved. */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  stage: 'reading' | 'saving';
  processed: number;
  total: number;
}

/** A file read and its mapping checked: everything that can refuse it before the work starts. */
export interface ReadImport {
  file: ParsedPeopleFile;
  targets: ColumnTarget[];
  customFields: CustomField[];
  /** Non-empty data rows. */
  totalRows: number;
}

const PREVIEW_ROWS = 20;
// Rows mapped between two turns of the event loop, so progress can be asked for meanwhile.
const CHUNK_ROWS = 5000;

/** Thrown inside the transaction to roll a dry run back after it has computed everything. */
class DryRunRollback extends Error {
  constructor(readonly summary: ImportSummary) {
    super('dry run');
  }
}

/**
 * Imports people from a CSV or XLSX file in one transaction: every good row is created, merged
 * into its match or skipped; bad rows are reported and left out; anything unexpected undoes it
 * all. A dry run does the same work and rolls it back.
 */
export async function importPeople(
  db: Kysely<DB>,
  bytes: Uint8Array,
  filename: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  return runImport(db, await readImport(db, bytes, filename, options), options);
}

/** Reads the file with the association's custom fields and checks the mapping against it. */
export async function readImport(
  db: Kysely<DB>,
  bytes: Uint8Array,
  filename: string,
  options: Pick<ImportOptions, 'organizationId' | 'mapping'>,
): Promise<ReadImport> {
  const customFields = await listCustomFields(db, options.organizationId);
  const file = await parsePeopleFile(bytes, filename, customFields);
  const targets = options.mapping ?? file.suggestedMapping.targets;
  // No rows: only the mapping is checked (one target per column, custom fields that exist).
  applyMapping({ headers: file.headers, rows: [] }, targets, { customFields });
  const totalRows = file.rows.filter((row) => row.hasOverflow || row.values.some((v) => v.trim()));
  return { file, targets, customFields, totalRows: totalRows.length };
}

/** The import of a file already read: see `importPeople`. */
export async function runImport(
  db: Kysely<DB>,
  read: ReadImport,
  options: ImportOptions,
): Promise<ImportSummary> {
  const report = options.onProgress ?? (() => {});
  const { file } = read;
  const mapped = await mapInChunks(read, report);
  const newPeopleAre = options.newPeopleAre ?? 'contacts';
  try {
    return await db.transaction().execute(async (trx) => {
      // One after the other: PGlite has a single connection.
      await checkCustomFieldsStillExist(trx, options.organizationId, read.targets);
      const existing = await listPeopleForImport(trx, options.organizationId);
      const localGroups = await listLocalGroupsForImport(trx, options.organizationId);
      const plan = planImport({
        drafts: mapped.people,
        existing,
        localGroups,
        onMatch: options.onMatch,
        newAreMembers: newPeopleAre === 'members',
      });
      const total = plan.updates.length + plan.inserts.length;
      const saving = { stage: 'saving' as const, processed: 0, total };
      report({ ...saving });
      const onBatch = async (written: number) => {
        saving.processed += written;
        report({ ...saving });
        // PGlite answers without a turn of the event loop: give timers and sockets theirs.
        await turn();
      };
      // Updates first: a member number a person gives up may be taken by someone new.
      await updatePeople(trx, options.organizationId, plan.updates, onBatch);
      const inserted = await insertPeople(trx, options.organizationId, plan.inserts, onBatch);
      const retagged = plan.updates.flatMap(({ id, tags }) => (tags ? [{ id, tags }] : []));
      await tagImportedPeople(trx, options.organizationId, options.accountId, [
        ...retagged,
        ...inserted.filter((person) => person.tags.length > 0),
      ]);
      const errors = [...fileProblems(file), ...mapped.errors.map(toPlanError), ...plan.errors];
      errors.sort((a, b) => a.line - b.line);
      const summary: ImportSummary = {
        created: plan.created,
        updated: plan.updated,
        skipped: plan.skipped,
        errors,
        encoding: file.encoding,
        delimiter: file.delimiter,
        isDryRun: options.isDryRun,
        hasMembershipColumn: read.targets.includes('isMember'),
        membershipDefaulted: plan.membershipDefaulted,
        newPeopleAre,
        importId: null,
      };
      if (options.isDryRun) throw new DryRunRollback(summary);
      summary.importId = await recordImport(trx, {
        organizationId: options.organizationId,
        accountId: options.accountId,
        createdIds: inserted.map((person) => person.id),
        updates: plan.updates,
        existing,
      });
      await recordAudit(trx, {
        organizationId: options.organizationId,
        accountId: options.accountId,
        action: 'people.import',
        // Counts only: never names or values from the file.
        details: {
          created: summary.created,
          updated: summary.updated,
          skipped: summary.skipped,
          errors: summary.errors.length,
          onMatch: options.onMatch,
          newPeopleAre,
          importId: summary.importId,
          ...(options.via ? { via: options.via } : {}),
        },
      });
      return summary;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.summary;
    throw error;
  }
}

export interface ImportPreview {
  format: ParsedPeopleFile['format'];
  encoding: ParsedPeopleFile['encoding'];
  delimiter: ParsedPeopleFile['delimiter'];
  headers: string[];
  suggestedMapping: ParsedPeopleFile['suggestedMapping'];
  rows: {
    line: number;
    person: ReturnType<typeof applyMapping>['people'][number]['person'] | null;
    errors: PlanError[];
  }[];
  totalRows: number;
  problems: PlanError[];
  customFields: CustomField[];
}

/** What the mapping step shows: how the file was read and its first rows as people or errors. */
export async function previewImport(
  bytes: Uint8Array,
  filename: string,
  mapping?: ColumnTarget[],
  customFields: CustomField[] = [],
): Promise<ImportPreview> {
  const file = await parsePeopleFile(bytes, filename, customFields);
  const nonEmpty = file.rows.filter((row) => row.hasOverflow || row.values.some((v) => v.trim()));
  const firstRows = nonEmpty.slice(0, PREVIEW_ROWS);
  const mapped = applyMapping(
    { headers: file.headers, rows: firstRows },
    mapping ?? file.suggestedMapping.targets,
    { customFields },
  );
  const people = new Map(mapped.people.map((entry) => [entry.line, entry.person]));
  return {
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    headers: file.headers,
    suggestedMapping: file.suggestedMapping,
    rows: firstRows.map((row) => ({
      line: row.line,
      person: people.get(row.line) ?? null,
      errors: mapped.errors.filter((error) => error.line === row.line).map(toPlanError),
    })),
    totalRows: nonEmpty.length,
    problems: fileProblems(file),
    customFields,
  };
}

/** Maps the rows a chunk at a time, reporting each, so a large file never holds up the server. */
async function mapInChunks(
  read: ReadImport,
  report: (progress: ImportProgress) => void,
): Promise<Pick<MappedPeople, 'people' | 'errors'>> {
  const { headers, rows } = read.file;
  const mapped: Pick<MappedPeople, 'people' | 'errors'> = { people: [], errors: [] };
  const reading = { stage: 'reading' as const, processed: 0, total: read.totalRows };
  report({ ...reading });
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const part = applyMapping({ headers, rows: chunk }, read.targets, {
      customFields: read.customFields,
    });
    for (const entry of part.people) mapped.people.push(entry);
    for (const error of part.errors) mapped.errors.push(error);
    reading.processed += chunk.length - part.skippedEmptyRows;
    report({ ...reading });
    await turn();
  }
  return mapped;
}

/** Lets the event loop run timers and I/O before going on. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A custom field deleted since the file was read would leave values nobody can see. */
async function checkCustomFieldsStillExist(
  db: Kysely<DB>,
  organizationId: string,
  targets: ColumnTarget[],
) {
  const mapped = targets.map(customFieldIdOf).filter((id): id is string => id !== null);
  if (mapped.length === 0) return;
  const existing = new Set((await listCustomFields(db, organizationId)).map((field) => field.id));
  if (mapped.some((id) => !existing.has(id))) {
    throw new AppError('conflict', 'A custom field of the mapping has been deleted; start again');
  }
}

function toPlanError(error: RowError): PlanError {
  return { line: error.line, reason: error.message, code: error.code };
}

function fileProblems(file: ParsedPeopleFile): PlanError[] {
  return file.problems.map((problem) => ({
    line: problem.line,
    reason: problem.message,
    code: problem.code,
  }));
}
