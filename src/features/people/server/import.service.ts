import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import type { ImportSummary } from '../people-transfer.contract.ts';
import { applyMapping } from './import/apply-mapping.ts';
import type { RowError } from './import/apply-mapping.ts';
import type { ColumnTarget } from './import/map-headers.ts';
import { parsePeopleFile } from './import/parse-people-file.ts';
import type { ParsedPeopleFile } from './import/parse-people-file.ts';
import { planImport } from './import-plan.ts';
import type { PlanError } from './import-plan.ts';
import {
  insertPeople,
  listLocalGroupsForImport,
  listPeopleForImport,
  updatePeople,
} from './import.queries.ts';

export interface ImportOptions {
  organizationId: string;
  /** Who imports; null from the command line. */
  accountId: string | null;
  /** A corrected mapping, one target per column; the suggested one when left out. */
  mapping?: ColumnTarget[];
  onMatch: 'update' | 'skip';
  isDryRun: boolean;
  /** Extra audit details, e.g. `{ via: 'cli' }`. */
  via?: 'cli';
}

const PREVIEW_ROWS = 20;

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
  const file = await parsePeopleFile(bytes, filename);
  const mapped = applyMapping(file, options.mapping ?? file.suggestedMapping.targets);
  try {
    return await db.transaction().execute(async (trx) => {
      // One after the other: PGlite has a single connection.
      const existing = await listPeopleForImport(trx, options.organizationId);
      const localGroups = await listLocalGroupsForImport(trx, options.organizationId);
      const plan = planImport({
        drafts: mapped.people,
        existing,
        localGroups,
        onMatch: options.onMatch,
      });
      // Updates first: a member number a person gives up may be taken by someone new.
      await updatePeople(trx, options.organizationId, plan.updates);
      await insertPeople(trx, options.organizationId, plan.inserts);
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
      };
      if (options.isDryRun) throw new DryRunRollback(summary);
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
}

/** What the mapping step shows: how the file was read and its first rows as people or errors. */
export async function previewImport(
  bytes: Uint8Array,
  filename: string,
  mapping?: ColumnTarget[],
): Promise<ImportPreview> {
  const file = await parsePeopleFile(bytes, filename);
  const nonEmpty = file.rows.filter((row) => row.hasOverflow || row.values.some((v) => v.trim()));
  const firstRows = nonEmpty.slice(0, PREVIEW_ROWS);
  const mapped = applyMapping(
    { headers: file.headers, rows: firstRows },
    mapping ?? file.suggestedMapping.targets,
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
  };
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
