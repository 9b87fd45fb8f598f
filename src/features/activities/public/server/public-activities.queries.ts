import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { PublicActivity, PublicActivityListItem } from '../public-activities.contract.ts';
import { selectActivities, timeRange } from '../../schedule/server/activities.queries.ts';
import { renderMarkdown, summarizeMarkdown } from '../../../../platform/server/markdown.ts';
import { listShiftSummaries } from '../../schedule/server/shifts.queries.ts';

// The public calendar shows published public activities only, and never personal data: no
// contact person, no names of who signed up.

/** The association behind a public address, or 404. */
export async function getPublicOrganization(db: Kysely<DB>, slug: string) {
  const row = await db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .where('kind', '=', 'association')
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such association');
  return row;
}

/** Published public activities of an association (optionally of one organization id alone). */
export function selectPublicActivities(db: Kysely<DB>, organizationId: string, now = new Date()) {
  return selectActivities(db, organizationId)
    .where('a.visibility', '=', 'public')
    .where((eb) => eb.or([eb('a.publish_at', 'is', null), eb('a.publish_at', '<=', now)]));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPublicActivities>['execute']>>[number];

export function presentItem(row: Row): z.output<typeof PublicActivityListItem> {
  return {
    id: row.id,
    title: row.title,
    type: { key: row.type_key, name: row.type_name },
    campaign: row.campaign_id ? { title: row.campaign_title!, colour: row.campaign_colour! } : null,
    localGroup: row.local_group_id ? { id: row.local_group_id, name: row.local_group_name! } : null,
    place: row.place,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
  };
}

export interface PublicActivityFilter {
  from?: string;
  to?: string;
  localGroupId?: string;
  typeId?: string;
  /** Words in the title, place or description. */
  search?: string;
  cursor?: string;
  limit: number;
}

/** A page of the kalendarium's rows, by start; `nextCursor` (last start and id) continues it. */
export async function listPublicActivityRows(
  db: Kysely<DB>,
  organizationId: string,
  filter: PublicActivityFilter,
) {
  const { start, end } = timeRange(filter.from, filter.to);
  let query = selectPublicActivities(db, organizationId)
    .where('a.ends_at', '>', start)
    .where('a.starts_at', '<', end);
  if (filter.localGroupId) query = query.where('a.local_group_id', '=', filter.localGroupId);
  if (filter.typeId) query = query.where('a.type_id', '=', filter.typeId);
  for (const word of filter.search?.split(/\s+/).filter(Boolean).slice(0, 8) ?? []) {
    // Each word somewhere in the title, place or description; % and _ are the word's own.
    const pattern = `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('a.title', 'ilike', pattern),
        eb('a.place', 'ilike', pattern),
        eb('a.description', 'ilike', pattern),
      ]),
    );
  }
  if (filter.cursor) {
    const [startsAt, id] = filter.cursor.split('_') as [string, string];
    // Milliseconds, as the cursor holds them, so a row is never shown twice.
    query = query.where(
      sql`(date_trunc('milliseconds', a.starts_at), a.id)`,
      '>',
      sql`(${new Date(startsAt)}::timestamptz, ${id}::uuid)`,
    );
  }
  const rows = await query
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .limit(filter.limit + 1)
    .execute();
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor:
      rows.length > filter.limit && last ? `${last.starts_at.toISOString()}_${last.id}` : null,
  };
}

/** A page of the kalendarium, by start; `nextCursor` (last start and id) continues it. */
export async function listPublicActivities(
  db: Kysely<DB>,
  organizationId: string,
  filter: PublicActivityFilter,
) {
  const { rows, nextCursor } = await listPublicActivityRows(db, organizationId, filter);
  return { items: rows.map(presentItem), nextCursor };
}

/** One published public activity, or 404 (drafts, members-only and scheduled ones alike). */
export async function getPublicActivity(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  now = new Date(),
): Promise<z.output<typeof PublicActivity>> {
  const row = await selectPublicActivities(db, organizationId, now)
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such activity');
  const details = await db
    .selectFrom('activities')
    .select([
      'description',
      'latitude',
      'longitude',
      'image_url',
      'cancel_reason',
      'sequence',
      'updated_at',
      'signup_cutoff_minutes',
    ])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const shifts = (await listShiftSummaries(db, [id], null)).get(id) ?? [];
  const cutoffMs = details.signup_cutoff_minutes * 60_000;
  return {
    ...presentItem(row),
    descriptionHtml: renderMarkdown(details.description),
    summary: summarizeMarkdown(details.description),
    latitude: details.latitude,
    longitude: details.longitude,
    imageUrl: details.image_url,
    cancelReason: details.cancel_reason,
    sequence: details.sequence,
    updatedAt: details.updated_at.toISOString(),
    shifts: shifts.map((shift) => ({
      id: shift.id,
      title: shift.title,
      startsAt: shift.startsAt,
      endsAt: shift.endsAt,
      capacity: shift.capacity,
      confirmed: shift.confirmed,
      isFull: shift.capacity !== null && shift.confirmed >= shift.capacity,
    })),
    isGuestSignupOpen:
      !row.cancelled_at &&
      shifts.some((shift) => Date.parse(shift.startsAt) - cutoffMs > now.getTime()),
  };
}
