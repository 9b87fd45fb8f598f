import { readFile } from 'node:fs/promises';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import type { ImportSummary } from '../features/people/import/import.contract.ts';
import {
  importPeople,
  type ImportProgress,
} from '../features/people/import/server/import.service.ts';
import { UNDO_WINDOW_DAYS } from '../features/people/import/server/import-undo.service.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

const SHOWN_ERRORS = 10;

export const run: Command = async (args) => {
  const { values, positionals } = parseOptions(
    args,
    {
      org: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'on-match': { type: 'string' },
      'new-people': { type: 'string' },
    },
    true,
  );
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    throw new UsageError(
      'usage: grasrot people import <file> --org <slug> [--dry-run] [--on-match update|skip] ' +
        '[--new-people contacts|members]',
    );
  }
  const slug = requireOption(values.org, 'org');
  const onMatch = values['on-match'] ?? 'update';
  if (onMatch !== 'update' && onMatch !== 'skip') {
    throw new UsageError('--on-match must be update or skip');
  }
  const newPeopleAre = values['new-people'] ?? 'contacts';
  if (newPeopleAre !== 'contacts' && newPeopleAre !== 'members') {
    throw new UsageError('--new-people must be contacts or members');
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  });
  const isDryRun = values['dry-run'] === true;
  // Progress only for a person watching: never into a pipe, a log or the --json output.
  const progress = process.stderr.isTTY ? new ProgressLine(process.stderr) : null;
  const summary = await withDatabase(async ({ db }) => {
    const organization = await findOrganizationBySlug(db, slug);
    if (!organization) throw new UsageError(`no organization with slug ${slug}`);
    // The mapping is the suggested one: columns by their headers, custom fields by their labels.
    return importPeople(db, bytes, file, {
      organizationId: organization.id,
      accountId: null,
      onMatch,
      newPeopleAre,
      isDryRun,
      via: 'cli',
      onProgress: progress ? (state) => progress.show(state) : undefined,
    });
  }).finally(() => progress?.clear());
  const errors = summary.errors.map(({ line, reason }) => ({ line, reason }));
  const lines = [
    `${isDryRun ? 'Provkörning, inget sparat / dry run, nothing saved: ' : ''}` +
      `${summary.created} nya / created, ${summary.updated} uppdaterade / updated, ` +
      `${summary.skipped} överhoppade / skipped, ${errors.length} fel / errors` +
      (summary.encoding ? ` (${summary.encoding}, ${describeDelimiter(summary.delimiter)})` : ''),
    ...membershipNote(summary),
    ...errors.slice(0, SHOWN_ERRORS).map((error) => `  rad ${error.line}: ${error.reason}`),
    ...(errors.length > SHOWN_ERRORS
      ? [`  … och ${errors.length - SHOWN_ERRORS} fel till (--json visar alla)`]
      : []),
  ];
  if (summary.importId) {
    lines.push(
      `Ångra inom ${UNDO_WINDOW_DAYS} dagar / undo within ${UNDO_WINDOW_DAYS} days: ` +
        `grasrot people undo-import --org ${slug}`,
    );
  }
  return {
    json: {
      created: summary.created,
      updated: summary.updated,
      skipped: summary.skipped,
      membershipDefaulted: summary.membershipDefaulted,
      newPeopleAre: summary.newPeopleAre,
      importId: summary.importId,
      errors,
    },
    text: lines.join('\n'),
  };
};

/** One line on a terminal, rewritten at most a few times a second. */
class ProgressLine {
  private shownAt = 0;
  private readonly number = new Intl.NumberFormat('sv-SE');

  constructor(private readonly stream: NodeJS.WriteStream) {}

  show({ stage, processed, total }: ImportProgress) {
    const now = Date.now();
    if (processed !== 0 && processed !== total && now - this.shownAt < 200) return;
    this.shownAt = now;
    const what = stage === 'reading' ? 'Läser rader / reading rows' : 'Sparar / saving';
    const count = `${this.number.format(processed)} / ${this.number.format(total)}`;
    this.stream.write(`\r\x1b[K${what}: ${count}`);
  }

  clear() {
    this.stream.write('\r\x1b[K');
  }
}

/** What new people became when the file did not say whether they are members. */
function membershipNote(summary: ImportSummary): string[] {
  if (summary.membershipDefaulted === 0) return [];
  const what = summary.newPeopleAre === 'members' ? 'medlemmar' : 'kontakter (inte medlemmar)';
  const why = summary.hasMembershipColumn
    ? `${summary.membershipDefaulted} nya saknar uppgift om medlemskap`
    : `Filen har ingen kolumn för medlemskap: ${summary.membershipDefaulted} nya`;
  return [
    `${why} läggs in som ${what} (--new-people); de som redan finns behåller sitt medlemskap`,
  ];
}

function describeDelimiter(delimiter: string | null): string {
  if (delimiter === '\t') return 'tab';
  return delimiter === null ? '' : `"${delimiter}"`;
}
