import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { Activity, ActivityListItem, ShiftSummary } from '../activities.contract.ts';
import { isPublished, type Reader } from './activities.policy.ts';
import { renderMarkdown } from '../../../../platform/server/markdown.ts';
import { listShiftSummaries } from './shifts.queries.ts';

export const LIST_LIMIT = 2000;
const DEFAULT_SPAN_MS = 90 * 86_400_000;

/** Activities of one association with their type, campaign and local group. */
export function selectActivities(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('activities as a')
    .innerJoin('activity_types as t', 't.id', 'a.type_id')
    .leftJoin('campaigns as c', 'c.id', 'a.campaign_id')
    .leftJoin('local_groups as g', 'g.id', 'a.local_group_id')
    .select([
      'a.id',
      'a.title',
      'a.type_id',
      't.key as type_key',
      't.name as type_name',
      'a.campaign_id',
      'c.title as campaign_title',
      'c.colour as campaign_colour',
      'a.local_group_id',
      'g.name as local_group_name',
      'a.place',
      'a.latitude',
      'a.longitude',
      'a.starts_at',
      'a.ends_at',
      'a.visibility',
      'a.publish_at',
      'a.cancelled_at',
      'a.series_id',
      'a.contact_person_id',
    ])
    .where('a.organization_id', '=', organizationId);
}

type ListRow = Awaited<ReturnType<ReturnType<typeof selectActivities>['execute']>>[number];

/** Limits a query to what a reader may see: published ones, and those they manage or lead. */
export function readableBy<Q extends ReturnType<typeof selectActivities>>(
  query: Q,
  reader: Reader,
  now = new Date(),
): Q {
  if (reader.manages === 'all') return query;
  const groups = reader.manages;
  return query.where((eb) =>
    eb.or([
      eb.and([
        eb('a.visibility', '<>', 'draft'),
        eb.or([eb('a.publish_at', 'is', null), eb('a.publish_at', '<=', now)]),
      ]),
      eb('a.contact_person_id', '=', reader.personId),
      ...(groups.length > 0 ? [eb('a.local_group_id', 'in', groups)] : []),
    ]),
  ) as Q;
}

export function timeRange(from?: string, to?: string) {
  const start = from ? new Date(from) : new Date();
  const end = to ? new Date(to) : new Date(start.getTime() + DEFAULT_SPAN_MS);
  return { start, end };
}

export function presentListItem(
  row: ListRow,
  shifts: z.output<typeof ShiftSummary>[],
): z.output<typeof ActivityListItem> {
  return {
    id: row.id,
    title: row.title,
    type: { id: row.type_id, key: row.type_key, name: row.type_name },
    campaign: row.campaign_id
      ? { id: row.campaign_id, title: row.campaign_title!, colour: row.campaign_colour! }
      : null,
    localGroup: row.local_group_id ? { id: row.local_group_id, name: row.local_group_name! } : null,
    place: row.place,
    latitude: row.latitude,
    longitude: row.longitude,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    visibility: row.visibility,
    publishAt: row.publish_at?.toISOString() ?? null,
    isPublished: isPublished(row),
    cancelledAt: row.cancelled_at?.toISOString() ?? null,
    seriesId: row.series_id,
    shifts,
  };
}

/** The calendar: activities overlapping [from, to) that the reader may see, by start. */
export async function listActivities(
  db: Kysely<DB>,
  input: {
    organizationId: string;
    reader: Reader;
    from?: string;
    to?: string;
    typeId?: string;
    campaignId?: string;
    localGroupId?: string;
  },
) {
  const { start, end } = timeRange(input.from, input.to);
  let query = readableBy(selectActivities(db, input.organizationId), input.reader)
    .where('a.ends_at', '>', start)
    .where('a.starts_at', '<', end);
  if (input.typeId) query = query.where('a.type_id', '=', input.typeId);
  if (input.campaignId) query = query.where('a.campaign_id', '=', input.campaignId);
  if (input.localGroupId) query = query.where('a.local_group_id', '=', input.localGroupId);
  const rows = await query.orderBy('a.starts_at').orderBy('a.id').limit(LIST_LIMIT).execute();
  return withShifts(db, rows, input.reader.personId);
}

export async function withShifts(db: Kysely<DB>, rows: ListRow[], personId: string | null) {
  const shifts = await listShiftSummaries(
    db,
    rows.map((row) => row.id),
    personId,
  );
  return rows.map((row) => presentListItem(row, shifts.get(row.id) ?? []));
}

/** Every column of one activity of the association, or null. */
export async function findActivityRow(db: Kysely<DB>, organizationId: string, id: string) {
  return (
    (await db
      .selectFrom('activities')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

export async function getActivityRow(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await findActivityRow(db, organizationId, id);
  if (!row) throw new AppError('not_found', 'No such activity');
  return row;
}

/** One activity as its page shows it; `flags` say what the reader may do with it. */
export async function getActivity(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  reader: { personId: string; canManage: boolean; canSeeSignups: boolean },
): Promise<z.output<typeof Activity>> {
  const listRow = await selectActivities(db, organizationId)
    .where('a.id', '=', id)
    .executeTakeFirst();
  if (!listRow) throw new AppError('not_found', 'No such activity');
  const [item] = await withShifts(db, [listRow], reader.personId);
  const row = await getActivityRow(db, organizationId, id);
  const contact = row.contact_person_id
    ? await db
        .selectFrom('people')
        .select(['id', 'first_name', 'last_name'])
        .where('id', '=', row.contact_person_id)
        .executeTakeFirst()
    : undefined;
  const series = row.series_id
    ? await db
        .selectFrom('activity_series')
        .select(['id', 'recurrence', 'starts_on', 'until_on', 'exceptions'])
        .where('id', '=', row.series_id)
        .executeTakeFirst()
    : undefined;
  return {
    ...item!,
    description: row.description,
    descriptionHtml: renderMarkdown(row.description),
    latitude: row.latitude,
    longitude: row.longitude,
    contactPerson: contact
      ? { id: contact.id, name: `${contact.first_name} ${contact.last_name}` }
      : null,
    cancelReason: row.cancel_reason,
    signupCutoffMinutes: row.signup_cutoff_minutes,
    reminderOffsetMinutes: row.reminder_offset_minutes,
    sequence: row.sequence,
    imageUrl: row.image_url,
    series: series
      ? {
          id: series.id,
          recurrence: series.recurrence,
          startsOn: series.starts_on,
          untilOn: series.until_on,
          exceptions: series.exceptions,
        }
      : null,
    occurrenceDate: row.occurrence_date,
    canManage: reader.canManage,
    canSeeSignups: reader.canSeeSignups,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
