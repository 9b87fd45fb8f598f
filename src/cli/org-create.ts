import { Slug } from '../platform/shared/atoms.ts';
import { OrganizationKind } from '../features/organizations/organizations.contract.ts';
import { createOrganization } from '../features/organizations/server/organizations.queries.ts';
import { seedActivityTypes } from '../features/activities/schedule/server/activity-types.queries.ts';
import {
  parseOptions,
  requireOption,
  UsageError,
  withDatabase,
  type Command,
} from './cli-support.ts';

export const run: Command = async (args) => {
  const { values } = parseOptions(args, {
    slug: { type: 'string' },
    name: { type: 'string' },
    parent: { type: 'string' },
    kind: { type: 'string' },
  });
  const slug = requireOption(values.slug, 'slug');
  if (!Slug.safeParse(slug).success) {
    throw new UsageError(
      '--slug must be lowercase letters, digits and single hyphens, e.g. botkyrka',
    );
  }
  const name = requireOption(values.name, 'name');
  // The table's check constraint; caught here so it is a usage error, not a crash.
  if (name.length > 200) throw new UsageError('--name must be at most 200 characters');
  const kind = OrganizationKind.safeParse(values.kind ?? 'association');
  if (!kind.success) throw new UsageError('--kind must be association, district or party');
  const organization = await withDatabase(({ db }) =>
    db.transaction().execute(async (trx) => {
      const created = await createOrganization(trx, {
        slug,
        name,
        kind: kind.data,
        parentSlug: values.parent,
      });
      // An association starts with the activity plan's own activity types.
      if (created.kind === 'association') await seedActivityTypes(trx, created.id);
      return created;
    }),
  );
  return {
    json: {
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      kind: organization.kind,
    },
    text: `created ${organization.kind} ${organization.slug} (${organization.id})`,
  };
};
