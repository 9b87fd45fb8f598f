import { readFile } from 'node:fs/promises';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import {
  importPeople,
  type ImportProgress,
} from '../features/people/import/server/import.service.ts';
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
    },
    true,
  );
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    throw new UsageError(
      'usage: grasrot people import <file> --org <slug> [--dry-run] [--on-match update|skip]',
    );
  }
  const slug = requireOption(values.org, 'org');
  const onMatch = values['on-match'] ?? 'update';
  if (onMatch !== 'update' && onMatch !== 'skip') {
    throw new UsageError('--on-match must be update or skip');
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
    ...errors.slice(0, SHOWN_ERRORS).map((error) => `  rad ${error.line}: ${error.reason}`),
    ...(errors.length > SHOWN_ERRORS
      ? [`  … och ${errors.length - SHOWN_ERRORS} fel till (--json visar alla)`]
      : []),
  ];
  return {
    json: {
      created: summary.created,
      updated: summary.updated,
      skipped: summary.skipped,
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

function describeDelimiter(delimiter: string | null): string {
  if (delimiter === '\t') return 'tab';
  return delimiter === null ? '' : `"${delimiter}"`;
}
