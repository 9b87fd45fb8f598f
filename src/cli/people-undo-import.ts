import { findOrganizationBySlug } from '../features/organizations/server/organizations.queries.ts';
import { undoImport } from '../features/people/import/server/import-undo.service.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

/** Undoes the association's latest import of the register, as an admin can on the web. */
export const run: Command = async (args) => {
  const { values } = parseOptions(args, { org: { type: 'string' } });
  const slug = requireOption(values.org, 'org');
  const summary = await withDatabase(async ({ db }) => {
    const organization = await findOrganizationBySlug(db, slug);
    if (!organization) throw new UsageError(`no organization with slug ${slug}`);
    return undoImport(db, { organizationId: organization.id, accountId: null, via: 'cli' });
  });
  return {
    json: summary,
    text:
      `Importen är ångrad / import undone: ${summary.removed} borttagna / removed, ` +
      `${summary.restored} återställda / restored; ` +
      `${summary.keptCreated} nya behölls (ändrade eller använda sedan) / new kept (changed or used since), ` +
      `${summary.keptChanged} med uppgifter ändrade sedan / changed since`,
  };
};
