import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoAssociation } from '../../db/seed/demo.ts';
import { compareEvents } from '../features/timeline/server/timeline-cursor.ts';
import type { TimelineEvent } from '../features/timeline/timeline.contract.ts';
import type { SourceEvent, TimelineQuery } from '../platform/server/timeline-source.ts';
import { createTestApp, login, TEST_PASSWORD, type TestApp, type TestSession } from './testing.ts';

// A person's timeline is an extension point: every module that keeps data about people
// contributes sources that read its own tables. This gives one person of the demo association
// rows in each contributor's tables, an hour apart, and checks each module's part and the
// timeline route that merges them.

let t: TestApp;
let organizationId: string;
let personId: string;
let admin: TestSession;

/** The kinds each module's sources find for a person with rows in all of its tables. */
const expectedKinds: Record<string, string[]> = {
  people: ['changed', 'created'],
  tags: ['tagAdded', 'tagsRemoved'],
  privacy: ['consent'],
  duplicates: ['merged'],
  timeline: ['note'],
  activities: ['attendance', 'signup', 'signupCancelled'],
};

const hour = (n: number) => new Date(Date.UTC(2024, 0, 1, 9 + n));

async function addTag(name: string) {
  const row = await t.db
    .insertInto('tags')
    .values({ organization_id: organizationId, name, colour: '#c0392b' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A person with a row in every table a timeline source reads, each at an hour of its own. */
async function addPersonWithHistory() {
  const org = { organization_id: organizationId };
  const person = await t.db
    .insertInto('people')
    .values({ ...org, first_name: 'Tidslinje', last_name: 'Testsson', created_at: hour(0) })
    .returning('id')
    .executeTakeFirstOrThrow();
  const audit = (n: number, action: string, details: object, named = true) =>
    t.db
      .insertInto('audit_log')
      .values({
        ...org,
        action,
        person_id: named ? person.id : null,
        details: JSON.stringify(details),
        created_at: hour(n),
      })
      .execute();
  await audit(0, 'person.create', {});
  await audit(1, 'person.update', {
    fields: ['isMember'],
    changes: { isMember: { from: false, to: true } },
  });
  const kept = await addTag('Valarbetare');
  await t.db
    .insertInto('person_tags')
    .values({ ...org, person_id: person.id, tag_id: kept, created_at: hour(2) })
    .execute();
  const removed = await addTag('Dörrknackare');
  await audit(
    3,
    'people.tag',
    { action: 'remove', tagIds: [removed], personIds: [person.id] },
    false,
  );
  await audit(4, 'person.consent', { purpose: 'newsletter', change: 'given' });
  await audit(5, 'people.merge', { took: ['phone'] });
  await t.db
    .insertInto('person_notes')
    .values({ ...org, person_id: person.id, body: 'Vill knacka dörr.', created_at: hour(6) })
    .execute();
  const shifts = await t.db
    .selectFrom('shifts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .orderBy('id')
    .limit(2)
    .execute();
  const [there, cancelled] = shifts.map((shift) => shift.id) as [string, string];
  await t.db
    .insertInto('signups')
    .values([
      {
        ...org,
        shift_id: there,
        person_id: person.id,
        status: 'confirmed',
        source: 'self',
        attended: true,
        created_at: hour(7),
      },
      {
        ...org,
        shift_id: cancelled,
        person_id: person.id,
        status: 'cancelled',
        source: 'self',
        cancelled_at: hour(9),
        created_at: hour(8),
      },
    ])
    .execute();
  return person.id;
}

function query(limit: number): TimelineQuery {
  return {
    organizationId,
    personId,
    viewer: { accountId: '00000000-0000-4000-8000-000000000000', isAdmin: true },
    before: null,
    limit,
  };
}

async function timeline(search: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/people/${personId}/timeline${search}`,
    headers: admin.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json() as { items: TimelineEvent[]; nextCursor: string | null };
}

beforeAll(async () => {
  t = await createTestApp();
  const demo = await t.db
    .transaction()
    .execute((trx) => createDemoAssociation(trx, { adminPassword: TEST_PASSWORD }));
  organizationId = demo.organizationId;
  admin = await login(t.app, demo.admin.email);
  personId = await addPersonWithHistory();
});
afterAll(() => t.close());

describe('timeline sources', () => {
  it('every module that contributes finds its events in its own tables', async () => {
    const contributors = t.app.modules.filter((module) => module.timeline);
    expect(contributors.map((module) => module.name).sort()).toEqual(
      Object.keys(expectedKinds).sort(),
    );
    for (const module of contributors) {
      const found: SourceEvent[] = [];
      for (const source of module.timeline!) {
        const events = await source(t.db, query(100));
        expect({ module: module.name, found: events.length > 0 }).toEqual({
          module: module.name,
          found: true,
        });
        // Newest first, as the merge and the paging expect.
        expect([...events].sort(compareEvents)).toEqual(events);
        found.push(...events);
      }
      const kinds = [...new Set(found.map((event) => event.kind))].sort();
      expect({ module: module.name, kinds }).toEqual({
        module: module.name,
        kinds: expectedKinds[module.name],
      });
    }
  });

  it('the route merges every module’s events in time order, page by page', async () => {
    const all = await timeline('?limit=100');
    expect(all.nextCursor).toBeNull();
    expect([...all.items].sort(compareEvents)).toEqual(all.items);
    // Attendance is at the demo shift's end; the rest are an hour apart, newest first.
    expect(all.items.flatMap((event) => (event.kind === 'attendance' ? [] : [event.kind]))).toEqual(
      [
        'signupCancelled',
        'signup',
        'signup',
        'note',
        'merged',
        'consent',
        'tagsRemoved',
        'tagAdded',
        'changed',
        'created',
      ],
    );
    expect(all.items.filter((event) => event.kind === 'attendance')).toHaveLength(1);

    const paged: TimelineEvent[] = [];
    let cursor: string | null = null;
    do {
      const page = await timeline(cursor ? `?limit=3&cursor=${cursor}` : '?limit=3');
      paged.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items);
  });
});
