import type { Kysely } from 'kysely';
import type { DB } from '../../../../../../db/schema.ts';
import { AppError } from '../../../../../platform/shared/app-error.ts';
import {
  findOrganizationBySlug,
  listAncestors,
} from '../../../../organizations/server/organizations.queries.ts';
import { listLocalGroups } from '../../../../organizations/server/local-groups.queries.ts';
import { listActivityTypes } from '../../../schedule/server/activity-types.queries.ts';
import { listShiftSummaries } from '../../../schedule/server/shifts.queries.ts';
import {
  listPublicActivityRows,
  presentItem,
  type PublicActivityFilter,
} from '../../../public/server/public-activities.queries.ts';
import type { CalendarCard } from './calendar-cards.ts';

// What the public pages read: the association (with its local groups and the types it uses) and
// a page of its published public activities with their places and points. No personal data.

/** A public association by its address, or 404; its local groups as the public sees them. */
export async function getPublicAssociation(db: Kysely<DB>, slug: string) {
  const organization = await findOrganizationBySlug(db, slug);
  if (!organization || organization.kind !== 'association') {
    throw new AppError('not_found', 'No such association');
  }
  const groups = await listLocalGroups(db, organization.id);
  return {
    id: organization.id,
    slug: organization.slug,
    name: organization.name,
    ancestors: await listAncestors(db, organization),
    localGroups: groups.map(({ id, name, areaDescription }) => ({ id, name, areaDescription })),
  };
}

export type PublicAssociation = Awaited<ReturnType<typeof getPublicAssociation>>;

/** The activity types a visitor may filter by (archived ones are not offered). */
export async function listFilterTypes(db: Kysely<DB>, organizationId: string) {
  const types = await listActivityTypes(db, organizationId);
  return types.filter((type) => !type.isArchived).map(({ id, name }) => ({ id, name }));
}

export interface PlacedCard extends CalendarCard {
  latitude: number | null;
  longitude: number | null;
}

/** A page of cards, with each activity's shifts' places. */
export async function listCalendarCards(
  db: Kysely<DB>,
  organizationId: string,
  filter: PublicActivityFilter,
): Promise<{ cards: PlacedCard[]; nextCursor: string | null }> {
  const { rows, nextCursor } = await listPublicActivityRows(db, organizationId, filter);
  const shifts = await listShiftSummaries(
    db,
    rows.map((row) => row.id),
    null,
  );
  return {
    cards: rows.map((row) => ({
      ...presentItem(row),
      latitude: row.latitude,
      longitude: row.longitude,
      shifts: (shifts.get(row.id) ?? []).map(({ capacity, confirmed }) => ({
        capacity,
        confirmed,
      })),
    })),
    nextCursor,
  };
}
