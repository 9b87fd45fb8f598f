import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../src/server/testing.ts';
import type { Database } from '../connect.ts';
import { createDemoAssociation, type DemoResult } from './demo.ts';

// The demo's activities: a story that always has a past (with attendance and reports) and a
// future (with sign-ups), repeated exactly on every run.

let first: Database;
let second: Database;
let demo: DemoResult;
let again: DemoResult;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  demo = await first.db.transaction().execute((trx) => createDemoAssociation(trx));
  again = await second.db.transaction().execute((trx) => createDemoAssociation(trx));
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

/** Activities with their type, group and sign-up counts, in a run-independent order. */
async function story(database: Database, organizationId: string) {
  const result = await sql<{
    title: string;
    type: string;
    group: string | null;
    visibility: string;
    is_cancelled: boolean;
    in_series: boolean;
    confirmed: number;
    waiting: number;
    attended: number;
    has_report: boolean;
  }>`
    select a.title, t.key as type, g.name as group, a.visibility,
      a.cancelled_at is not null as is_cancelled, a.series_id is not null as in_series,
      (select count(*) from signups su join shifts s on s.id = su.shift_id
        where s.activity_id = a.id and su.status = 'confirmed')::int as confirmed,
      (select count(*) from signups su join shifts s on s.id = su.shift_id
        where s.activity_id = a.id and su.status = 'waiting')::int as waiting,
      (select count(*) from signups su join shifts s on s.id = su.shift_id
        where s.activity_id = a.id and su.attended)::int as attended,
      exists (select 1 from activity_reports r where r.activity_id = a.id) as has_report
    from activities a
    join activity_types t on t.id = a.type_id
    left join local_groups g on g.id = a.local_group_id
    where a.organization_id = ${organizationId}
    order by a.starts_at`.execute(database.db);
  return result.rows;
}

describe('the demo activities', () => {
  it('tell the same story on every run', async () => {
    expect(await story(second, again.organizationId)).toEqual(
      await story(first, demo.organizationId),
    );
  });

  it('have campaigns, about thirty activities of many types, a series and one cancelled', async () => {
    const activities = await story(first, demo.organizationId);
    expect(activities.length).toBeGreaterThanOrEqual(25);
    expect(new Set(activities.map((a) => a.type)).size).toBeGreaterThanOrEqual(9);
    expect(new Set(activities.map((a) => a.group)).size).toBe(7); // six groups and none
    expect(activities.filter((a) => a.in_series).length).toBeGreaterThanOrEqual(10);
    expect(activities.filter((a) => a.is_cancelled)).toHaveLength(1);
    const campaigns = await first.db
      .selectFrom('campaigns')
      .select('title')
      .where('organization_id', '=', demo.organizationId)
      .execute();
    expect(campaigns).toHaveLength(3);
  });

  it('have attendance and reports in the past, sign-ups and a waiting list ahead', async () => {
    const now = new Date();
    const rows = await first.db
      .selectFrom('activities')
      .select(['id', 'ends_at', 'cancelled_at'])
      .where('organization_id', '=', demo.organizationId)
      .execute();
    const activities = await story(first, demo.organizationId);
    expect(activities.some((a) => a.attended > 0 && a.has_report)).toBe(true);
    const ended = rows.filter((row) => row.ends_at < now && !row.cancelled_at).length;
    const reported = activities.filter((a) => a.has_report).length;
    expect(ended).toBeGreaterThan(10);
    expect(reported).toBeGreaterThanOrEqual(8);
    expect(activities.some((a) => a.waiting > 0)).toBe(true);
    // The demo activists have something upcoming on their page.
    const upcoming = await first.db
      .selectFrom('signups as su')
      .innerJoin('shifts as s', 's.id', 'su.shift_id')
      .innerJoin('accounts as ac', 'ac.person_id', 'su.person_id')
      .select('su.id')
      .where('ac.role', '=', 'activist')
      .where('s.starts_at', '>', now)
      .execute();
    expect(upcoming.length).toBeGreaterThan(0);
  });

  it('never put more people on a shift than it has places', async () => {
    const over = await sql<{ id: string }>`
      select s.id from shifts s
      where s.capacity is not null and s.capacity < (select count(*) from signups su
        where su.shift_id = s.id and su.status = 'confirmed')`.execute(first.db);
    expect(over.rows).toEqual([]);
  });
});
