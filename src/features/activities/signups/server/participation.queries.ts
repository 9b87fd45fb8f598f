import { sql, type SqlBool } from 'kysely';
import type { PersonCondition } from '../../../../platform/server/person-condition.ts';

/** What is asked of a sign-up: signed up (confirmed or waiting), attended, no-show. */
export interface ParticipationMatch {
  what: 'signedUp' | 'attended' | 'noShow';
  /** Empty: an activity of any type. */
  activityTypeIds: string[];
  campaignId: string | null;
  /** The shift's first and last day (ISO dates, days in Stockholm); null leaves that end open. */
  from: string | null;
  to: string | null;
}

/** Has a live sign-up (as asked) on a shift of a matching activity within the days. */
export function participated(c: ParticipationMatch): PersonCondition {
  return () => {
    // The shift's day in Sweden, as date conditions on people count days.
    const day = sql`(sh.starts_at at time zone 'Europe/Stockholm')::date`;
    const parts = [
      sql`su.status in ('confirmed', 'waiting')`,
      ...(c.what === 'attended' ? [sql`su.attended = true`] : []),
      ...(c.what === 'noShow' ? [sql`su.attended = false`] : []),
      ...(c.activityTypeIds.length ? [sql`a.type_id in (${sql.join(c.activityTypeIds)})`] : []),
      ...(c.campaignId ? [sql`a.campaign_id = ${c.campaignId}`] : []),
      ...(c.from ? [sql`${day} >= ${c.from}::date`] : []),
      ...(c.to ? [sql`${day} <= ${c.to}::date`] : []),
    ];
    // Tied to the person's own association on every table, so no other association's rows count.
    return sql<SqlBool>`exists (select 1 from signups su
      join shifts sh on sh.id = su.shift_id and sh.organization_id = p.organization_id
      join activities a on a.id = sh.activity_id and a.organization_id = p.organization_id
      where su.person_id = p.id and su.organization_id = p.organization_id
        and ${sql.join(parts, sql` and `)})`;
  };
}
