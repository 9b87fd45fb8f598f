import type { Insertable } from 'kysely';
import type { LocalGroupsTable, OrganizationsTable } from '../../../db/schema.ts';

let counter = 0;

/** An organization row for tests and the demo; a unique slug unless given. */
export function buildOrganization(
  overrides: Partial<Insertable<OrganizationsTable>> = {},
): Insertable<OrganizationsTable> {
  counter += 1;
  return {
    kind: 'association',
    slug: `forening-${counter}`,
    name: `Föreningen ${counter}`,
    parent_id: null,
    ...overrides,
  };
}

export function buildLocalGroup(
  overrides: Partial<Insertable<LocalGroupsTable>> & { organization_id: string },
): Insertable<LocalGroupsTable> {
  counter += 1;
  return {
    name: `Lokalgrupp ${counter}`,
    area_description: '',
    coordinator_id: null,
    ...overrides,
  };
}
