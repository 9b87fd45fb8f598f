import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { OrganizationKind } from '../../../platform/shared/db-values.generated.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

export interface OrganizationRow {
  id: string;
  parent_id: string | null;
  kind: OrganizationKind;
  slug: string;
  name: string;
}

const columns = ['id', 'parent_id', 'kind', 'slug', 'name'] as const;

export async function findOrganizationBySlug(db: Kysely<DB>, slug: string) {
  return (
    (await db
      .selectFrom('organizations')
      .select(columns)
      .where('slug', '=', slug)
      .executeTakeFirst()) ?? null
  );
}

/**
 * Every association on the server, by name: each has a public page. Read across associations
 * on purpose, and only what their public pages show anyway.
 */
export async function listAssociations(db: Kysely<DB>) {
  return db
    .selectFrom('organizations')
    .select(['slug', 'name'])
    .where('kind', '=', 'association')
    .orderBy('name')
    .execute();
}

export async function getOrganization(db: Kysely<DB>, id: string): Promise<OrganizationRow> {
  const row = await db
    .selectFrom('organizations')
    .select(columns)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such organization');
  return row;
}

/** The chain from the top of the tree down to the organization's parent. */
export async function listAncestors(db: Kysely<DB>, organization: OrganizationRow) {
  const chain: OrganizationRow[] = [];
  let parentId = organization.parent_id;
  // The tree is a few levels deep (party → district → association); guard against a cycle anyway.
  while (parentId && chain.length < 10) {
    const parent = await getOrganization(db, parentId);
    chain.unshift(parent);
    parentId = parent.parent_id;
  }
  return chain.map(({ slug, name, kind }) => ({ slug, name, kind }));
}

export async function createOrganization(
  db: Kysely<DB>,
  input: { slug: string; name: string; kind: OrganizationKind; parentSlug?: string },
): Promise<OrganizationRow> {
  if (await findOrganizationBySlug(db, input.slug)) {
    throw new AppError('conflict', `an organization with slug "${input.slug}" already exists`);
  }
  let parentId: string | null = null;
  if (input.parentSlug) {
    const parent = await findOrganizationBySlug(db, input.parentSlug);
    if (!parent) throw new AppError('not_found', `no organization with slug "${input.parentSlug}"`);
    if (parent.kind === 'association') {
      throw new AppError('bad_request', 'an association cannot have organizations below it');
    }
    parentId = parent.id;
  }
  return db
    .insertInto('organizations')
    .values({ slug: input.slug, name: input.name, kind: input.kind, parent_id: parentId })
    .returning(columns)
    .executeTakeFirstOrThrow();
}
