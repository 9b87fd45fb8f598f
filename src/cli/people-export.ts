import { chmod, writeFile } from 'node:fs/promises';
import { Id } from '../platform/shared/atoms.ts';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import { exportPeople } from '../features/people/export/server/export.service.ts';
import { exportList, getListForExport } from '../features/lists/server/list-export.service.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

export const run: Command = async (args) => {
  const { values } = parseOptions(args, {
    org: { type: 'string' },
    list: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const slug = requireOption(values.org, 'org');
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format must be csv or xlsx');
  const listId = values.list;
  if (listId !== undefined && !Id.safeParse(listId).success) {
    throw new UsageError('--list must be the id of a saved list');
  }
  const exported = await withDatabase(async ({ db }) => {
    const organization = await findOrganizationBySlug(db, slug);
    if (!organization) throw new UsageError(`no organization with slug ${slug}`);
    const who = { organizationId: organization.id, slug: organization.slug, accountId: null };
    if (!listId) return exportPeople(db, { ...who, format, describe: {}, via: 'cli' });
    const list = await getListForExport(db, organization.id, listId);
    return exportList(db, { ...who, format, list, via: 'cli' });
  });
  if (values.out === '-') {
    await writeToStdout(exported.content);
    return {
      json: { file: '-', count: exported.count },
      text: `wrote ${exported.count} people to standard output`,
      isStdoutTaken: true,
    };
  }
  const file = values.out ?? exported.filename;
  // Membership is special-category data: the file is readable by its owner only.
  await writeFile(file, exported.content, { mode: 0o600 });
  await chmod(file, 0o600);
  return {
    json: { file, count: exported.count },
    text: `wrote ${file}: ${exported.count} people`,
  };
};

function writeToStdout(content: Buffer): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(content, (error) => (error ? reject(error) : resolve())),
  );
}
