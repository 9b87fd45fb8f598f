import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { ReadAuditor } from '../../../platform/server/people-read.ts';
import { recordAudit } from './audit.queries.ts';

/** How long one look at a person's page counts as one view in the audit log. */
export const VIEW_WINDOW_MINUTES = 10;

/** Whether the account viewed the person within the view window. */
async function hasViewedRecently(
  db: Kysely<DB>,
  viewer: { organizationId: string; accountId: string },
  personId: string,
) {
  const recent = await db
    .selectFrom('audit_log')
    .select('id')
    .where('organization_id', '=', viewer.organizationId)
    .where('person_id', '=', personId)
    .where('account_id', '=', viewer.accountId)
    .where('action', '=', 'person.view')
    .where('created_at', '>', new Date(Date.now() - VIEW_WINDOW_MINUTES * 60_000))
    .limit(1)
    .executeTakeFirst();
  return recent !== undefined;
}

/**
 * The kernel's hook for reads of people's data (platform/server/people-read.ts): a person's
 * record is `person.view` (a part of it shown beside the record — the timeline, the consents —
 * only when the account has not just viewed the person), a page of a list is one `people.list`
 * entry with the list, the query's shape, the page and how many people it showed.
 */
export const recordPeopleRead: ReadAuditor = async (db, { organizationId, accountId, read }) => {
  if ('personId' in read) {
    if (read.part && (await hasViewedRecently(db, { organizationId, accountId }, read.personId)))
      return;
    await recordAudit(db, {
      organizationId,
      accountId,
      action: 'person.view',
      personId: read.personId,
      details: read.part ? { part: read.part } : {},
    });
    return;
  }
  await recordAudit(db, {
    organizationId,
    accountId,
    action: 'people.list',
    details: {
      list: read.list,
      ...(read.query ? { query: read.query } : {}),
      ...(read.page ?? {}),
      count: read.count,
    },
  });
};
