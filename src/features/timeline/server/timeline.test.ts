import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../people/register/people.factories.ts';
import { importPeople } from '../../people/import/server/import.service.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../server/testing.ts';
import type { TimelineEvent } from '../timeline.contract.ts';

let t: TestApp;
let org: TestAssociation;
let admin: TestSession;
let organizer: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedAssociation(t.db, 'tidslinje');
  admin = await login(t.app, org.emails.admin);
  organizer = await login(t.app, org.emails.organizer);
  coordinator = await login(t.app, org.emails.coordinator);
});
afterAll(() => t.close());

async function timeline(session: TestSession, personId: string, query = '') {
  const response = await t.app.inject({
    url: `/api/people/${personId}/timeline${query}`,
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: TimelineEvent[]; nextCursor: string | null };
}

async function send(method: 'POST' | 'PATCH', url: string, payload: object, session = organizer) {
  const response = await t.app.inject({ method, url, headers: session.headers, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

async function newPerson(values: Record<string, unknown> = {}) {
  const row = await t.db
    .insertInto('people')
    .values(buildPerson({ organization_id: org.id, local_group_id: org.groupIds[0], ...values }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function isNewestFirst(items: { at: string }[]) {
  return items.every((item, i) => i === 0 || Date.parse(items[i - 1]!.at) >= Date.parse(item.at));
}

describe('a person’s timeline', () => {
  it('merges the record’s changes, tags, consents and notes, newest first, with who did it', async () => {
    const [north, south] = org.groupIds;
    const person = await send('POST', '/api/people', {
      firstName: 'Tilda',
      lastName: 'Tidström',
      isMember: false,
      localGroupId: north,
    });
    await send('PATCH', `/api/people/${person.id}`, { phone: '070-174 06 42' });
    await send('PATCH', `/api/people/${person.id}`, { isMember: true, localGroupId: south });
    const volunteer = await send('POST', '/api/tags', { name: 'Volontär', colour: '#c8102e' });
    const canvasser = await send('POST', '/api/tags', { name: 'Valarbetare', colour: '#1864ab' });
    const tagging = { personIds: [person.id], tagIds: [volunteer.id, canvasser.id] };
    await send('POST', '/api/people/tags', { ...tagging, action: 'add' });
    await send('POST', '/api/people/tags', {
      ...tagging,
      tagIds: [canvasser.id],
      action: 'remove',
    });
    const consent = await send('POST', `/api/people/${person.id}/consents`, {
      purpose: 'newsletter',
      source: 'Bokbord på torget',
      wording: 'Jag vill få nyhetsbrevet.',
    });
    await send('POST', `/api/people/${person.id}/consents/${consent.id}/withdraw`, {});
    await send('POST', `/api/people/${person.id}/notes`, { body: 'Vill hjälpa till i valstugan.' });

    const { items, nextCursor } = await timeline(organizer, person.id);
    expect(nextCursor).toBeNull();
    expect(isNewestFirst(items)).toBe(true);
    const byKind = (kind: TimelineEvent['kind']) => items.filter((e) => e.kind === kind);
    expect(items.map((e) => e.kind).sort()).toEqual(
      [
        'changed',
        'changed',
        'consent',
        'consent',
        'created',
        'note',
        'tagAdded',
        'tagsRemoved',
      ].sort(),
    );
    expect(items.at(-1)).toMatchObject({ kind: 'created', isImported: false });
    expect(items.every((e) => e.actor?.firstName === 'organizer')).toBe(true);
    expect(byKind('changed')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fields: ['phone'], changes: [] }),
        expect.objectContaining({
          fields: ['isMember', 'localGroupId'],
          changes: [
            { field: 'isMember', from: false, to: true },
            {
              field: 'localGroup',
              from: { id: north, name: 'Norra' },
              to: { id: south, name: 'Södra' },
            },
          ],
        }),
      ]),
    );
    expect(byKind('tagAdded')).toMatchObject([{ tag: { name: 'Volontär' } }]);
    expect(byKind('tagsRemoved')).toMatchObject([{ tags: [{ name: 'Valarbetare' }] }]);
    expect(
      byKind('consent')
        .map((e) => e.kind === 'consent' && e.change)
        .sort(),
    ).toEqual(['given', 'withdrawn']);
    expect(byKind('note')).toMatchObject([
      { body: 'Vill hjälpa till i valstugan.', canDelete: true },
    ]);
    // Contact details are changed by name only, never shown by value.
    expect(JSON.stringify(items)).not.toContain('+46701740642');
  });

  it('pages through events of every source, ties at one millisecond included, without gaps', async () => {
    const personId = await newPerson({ created_at: '2020-01-01T09:00:00Z' });
    const tie = '2024-01-01T10:00:00.000Z';
    const times = [
      ...Array.from({ length: 12 }, () => tie),
      ...Array.from({ length: 14 }, (_, i) =>
        new Date(Date.UTC(2023, i % 12, 1 + i)).toISOString(),
      ),
    ];
    await t.db
      .insertInto('person_notes')
      .values(
        times.map((created_at, i) => ({
          organization_id: org.id,
          person_id: personId,
          body: `Anteckning ${i}`,
          created_at,
        })),
      )
      .execute();
    const tags = await t.db
      .insertInto('tags')
      .values(
        [1, 2, 3].map((n) => ({ organization_id: org.id, name: `Tagg ${n}`, colour: '#2b8a3e' })),
      )
      .returning('id')
      .execute();
    await t.db
      .insertInto('person_tags')
      .values(
        tags.map(({ id }) => ({
          organization_id: org.id,
          person_id: personId,
          tag_id: id,
          created_at: tie,
        })),
      )
      .execute();

    const all = await timeline(organizer, personId, '?limit=100');
    expect(all.items).toHaveLength(30);
    expect(all.items.at(-1)?.kind).toBe('created');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=7&cursor=${cursor}` : '?limit=7';
      const page = await timeline(organizer, personId, query);
      expect(page.items.length).toBeLessThanOrEqual(7);
      paged.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.items.map((e) => e.id));
    expect(new Set(paged).size).toBe(30);
  });

  it('shows who imported a person, and a merge with the merged person’s notes moved over', async () => {
    const account = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', org.emails.organizer)
      .executeTakeFirstOrThrow();
    const file = new TextEncoder().encode(
      'Förnamn;Efternamn;E-post\nImma;Importsson;imma@example.org\n',
    );
    await importPeople(t.db, file, 'kontakter.csv', {
      organizationId: org.id,
      accountId: account.id,
      onMatch: 'update',
      isDryRun: false,
    });
    const imported = await t.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'imma@example.org')
      .executeTakeFirstOrThrow();
    const keep = await timeline(organizer, imported.id);
    expect(keep.items).toMatchObject([
      { kind: 'created', isImported: true, actor: { firstName: 'organizer' } },
    ]);

    const duplicate = await newPerson({ first_name: 'Imma', last_name: 'Importsson' });
    await send('POST', `/api/people/${duplicate}/notes`, { body: 'Ringde i mars.' });
    await send('POST', '/api/people/merge', {
      keepId: imported.id,
      mergeId: duplicate,
      take: ['phone'],
    });
    const merged = await timeline(organizer, imported.id);
    expect(merged.items[0]).toMatchObject({ kind: 'merged', fields: ['phone'] });
    expect(merged.items.filter((e) => e.kind === 'note')).toMatchObject([
      { body: 'Ringde i mars.' },
    ]);
  });
});

describe('reach and the audit log', () => {
  it('answers as reading the person does: coordinators their groups, 404 beyond', async () => {
    await timeline(coordinator, org.memberIds[0]);
    const outside = await t.app.inject({
      url: `/api/people/${org.memberIds[1]}/timeline`,
      headers: coordinator.headers,
    });
    expect(outside.statusCode).toBe(404);
    const other = await seedAssociation(t.db, 'annan-forening');
    const foreign = await t.app.inject({
      url: `/api/people/${other.memberIds[0]}/timeline`,
      headers: admin.headers,
    });
    expect(foreign.statusCode).toBe(404);
    const activist = await login(t.app, org.emails.activist);
    const refused = await t.app.inject({
      url: `/api/people/${org.memberIds[0]}/timeline`,
      headers: activist.headers,
    });
    expect(refused.statusCode).toBe(403);
    const badCursor = await t.app.inject({
      url: `/api/people/${org.memberIds[0]}/timeline?cursor=inte-en-markör`,
      headers: admin.headers,
    });
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors[0]).toMatchObject({ path: 'query.cursor' });
  });

  it('is one view of the person: not logged again after the person page, nor for later pages', async () => {
    const views = async (personId: string) => {
      const rows = await t.db
        .selectFrom('audit_log as l')
        .innerJoin('accounts as a', 'a.id', 'l.account_id')
        .select('a.email')
        .where('l.person_id', '=', personId)
        .where('l.action', '=', 'person.view')
        .execute();
      return rows.map((row) => row.email.split('@')[0]).sort();
    };
    const seen = await newPerson();
    for (let i = 0; i < 3; i += 1) {
      await t.db
        .insertInto('person_notes')
        .values({ organization_id: org.id, person_id: seen, body: `Not ${i}` })
        .execute();
    }
    await t.app.inject({ url: `/api/people/${seen}`, headers: organizer.headers });
    await timeline(organizer, seen);
    expect(await views(seen)).toEqual(['organizer']);

    const first = await timeline(coordinator, seen, '?limit=2');
    await timeline(coordinator, seen, `?limit=2&cursor=${first.nextCursor}`);
    await timeline(coordinator, seen);
    expect(await views(seen)).toEqual(['coordinator', 'organizer']);

    await timeline(admin, org.personIds.admin);
    expect(await views(org.personIds.admin)).toEqual([]);
  });
});
