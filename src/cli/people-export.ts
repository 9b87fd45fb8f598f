import { chmod, writeFile } from 'node:fs/promises';
import { Id } from '../platform/shared/atoms.ts';
import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import { exportPeople, getListForExport } from '../features/people/server/export.service.ts';
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
    const list = listId ? await getListForExport(db, organization.id, listId) : undefined;
    return exportPeople(db, {
      organizationId: organization.id,
      slug: organization.slug,
      accountId: null,
      format,
      list,
      via: 'cli',
    });
  });
  const file = values.out ?? exported.filename;
  // Membership is special-category data: the file is readable by its owner only.
  await writeFile(file, exported.content, { mode: 0o600 });
  await chmod(file, 0o600);
  return {
    json: { file, count: exported.count },
    text: `wrote ${file}: ${exported.count} people`,
  };
};
