import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/platform/server/secrets.ts';
import {
  getOrganization,
  listAncestors,
} from '../../src/features/organizations/server/organizations.queries.ts';
import { createTestDatabase } from '../../src/server/testing.ts';
import type { Database } from '../connect.ts';
import type { DB } from '../schema.ts';
import { createDemoAssociation, DEMO_SLUG, type DemoResult } from './demo.ts';
import type { DemoStory } from '../../src/platform/server/demo.ts';
import { defineServerModule } from '../../src/platform/server/module.ts';

// The demo association is a fixed story: the same names, groups and committees on every run,
// with only invented contact details (example.org, and phone numbers reserved for fiction).

let first: Database;
let second: Database;
let demo: DemoResult;
let again: DemoResult;

beforeAll(async () => {
  [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  demo = await first.db.transaction().execute((trx) => createDemoAssociation(trx));
  // The second run also names an admin address but no password, as GRASROT_ADMIN_EMAIL alone does.
  again = await second.db
    .transaction()
    .execute((trx) => createDemoAssociation(trx, { adminEmail: 'Kansli@Huddinge.Example.org' }));
});
afterAll(async () => {
  await Promise.all([first?.close(), second?.close()]);
});

/** The invented people (not the admin's own record) with their group, in creation order. */
function listStory(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
    .leftJoin('accounts as a', 'a.person_id', 'p.id')
    .select(['p.first_name', 'p.last_name', 'p.email', 'p.phone', 'p.is_member', 'g.name as group'])
    .where('p.organization_id', '=', organizationId)
    .where((eb) => eb.or([eb('a.role', 'is', null), eb('a.role', '!=', 'admin')]))
    .orderBy('p.email')
    .execute();
}

describe('the demo association', () => {
  it('is Vänsterpartiet Huddinge, inside Stockholms län, inside the party', async () => {
    const organization = await getOrganization(first.db, demo.organizationId);
    expect(organization).toMatchObject({
      slug: DEMO_SLUG,
      name: 'Vänsterpartiet Huddinge',
      kind: 'association',
    });
    expect(await listAncestors(first.db, organization)).toEqual([
      { slug: 'vansterpartiet', name: 'Vänsterpartiet', kind: 'party' },
      { slug: 'stockholms-lan', name: 'Vänsterpartiet Stockholms län', kind: 'district' },
    ]);
  });

  it('has the six local groups of Huddinge, each with a coordinator who is its member', async () => {
    const groups = await first.db
      .selectFrom('local_groups as g')
      .leftJoin('people as c', 'c.id', 'g.coordinator_id')
      .select(['g.id', 'g.name', 'g.area_description', 'c.local_group_id', 'c.is_member'])
      .where('g.organization_id', '=', demo.organizationId)
      .orderBy('g.name')
      .execute();
    expect(groups.map((group) => group.name)).toEqual([
      'Flemingsberg',
      'Huddinge centrum–Stuvsta',
      'Segeltorp–Kungens kurva',
      'Sjödalen–Fullersta',
      'Skogås–Trångsund',
      'Vårby',
    ]);
    for (const group of groups) {
      expect(group.area_description, group.name).not.toBe('');
      expect(group.local_group_id, `${group.name}'s coordinator is in the group`).toBe(group.id);
      expect(group.is_member, `${group.name}'s coordinator is a member`).toBe(true);
    }
  });

  it('has 60 members and 8 non-member contacts, besides the admin', async () => {
    const people = await listStory(first.db, demo.organizationId);
    expect(people).toHaveLength(68);
    expect(people.filter((person) => person.is_member)).toHaveLength(60);
    expect(demo.people).toBe(68);
    // Most members belong to a local group; a few belong to none.
    const inGroups = people.filter((person) => person.group !== null).length;
    expect(inGroups).toBeGreaterThan(50);
    expect(inGroups).toBeLessThan(68);
  });

  it('has a board and a council group, each with members and titles', async () => {
    const committees = await first.db
      .selectFrom('committees as c')
      .innerJoin('committee_members as m', 'm.committee_id', 'c.id')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .select(['c.kind', 'c.name', 'm.title', 'p.is_member'])
      .where('c.organization_id', '=', demo.organizationId)
      .execute();
    const of = (kind: string) => committees.filter((row) => row.kind === kind);
    expect(of('board').length).toBeGreaterThanOrEqual(5);
    expect(of('board').map((row) => row.title)).toContain('ordförande');
    expect(of('council_group').length).toBeGreaterThanOrEqual(3);
    expect(of('council_group').map((row) => row.title)).toContain('gruppledare');
    expect(committees.every((row) => row.is_member)).toBe(true);
  });

  it('has an admin and one login per other role, sharing the generated password', async () => {
    expect(demo.admin).toMatchObject({ email: 'admin@example.org', isGenerated: true });
    expect(new Set(demo.logins.map((login) => login.role))).toEqual(
      new Set(['organizer', 'coordinator', 'activist']),
    );
    const accounts = await first.db
      .selectFrom('accounts')
      .select(['email', 'role', 'password_hash'])
      .where('organization_id', '=', demo.organizationId)
      .execute();
    expect(accounts).toHaveLength(demo.logins.length + 1);
    for (const account of accounts) {
      expect(await verifyPassword(account.password_hash, demo.admin.password), account.role).toBe(
        true,
      );
    }
  });
});

describe('every run', () => {
  it('tells the same story: the same people, addresses, numbers and groups', async () => {
    const story = await listStory(first.db, demo.organizationId);
    expect(await listStory(second.db, again.organizationId)).toEqual(story);
    expect(again.logins).toEqual(demo.logins);
  });

  it('uses only example.org addresses and phone numbers reserved for fiction', async () => {
    const people = await first.db.selectFrom('people').select(['email', 'phone']).execute();
    const accounts = await first.db.selectFrom('accounts').select('email').execute();
    for (const { email } of [...people, ...accounts]) {
      expect(email).toMatch(/^[a-z0-9.]+@example\.org$/);
    }
    for (const { phone } of people) {
      if (phone === null) continue;
      // PTS reserves 070-174 06 05 – 070-174 06 99 for fiction.
      expect(phone).toMatch(/^\+46701740(6\d\d)$/);
      const line = Number(phone.slice(-3));
      expect(line).toBeGreaterThanOrEqual(605);
      expect(line).toBeLessThanOrEqual(699);
    }
    expect(people.filter((person) => person.phone !== null).length).toBe(68);
  });

  it('uses a configured admin address even when the password is generated', async () => {
    expect(again.admin).toMatchObject({ email: 'kansli@huddinge.example.org', isGenerated: true });
    const admin = await second.db
      .selectFrom('accounts')
      .select(['email', 'password_hash'])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    expect(admin.email).toBe('kansli@huddinge.example.org');
    expect(await verifyPassword(admin.password_hash, again.admin.password)).toBe(true);
  });
});

describe('the modules', () => {
  it("each add their own demo rows, told the association's groups, people and organizer", async () => {
    const third = await createTestDatabase();
    const told: DemoStory[] = [];
    const notices = defineServerModule({
      name: 'notices',
      demo: async (db, story) => {
        told.push(story);
        await db
          .insertInto('tags')
          .values({
            organization_id: story.organizationId,
            name: 'Från modulen',
            colour: '#1c5d99',
          })
          .execute();
      },
    });
    const made = await third.db
      .transaction()
      .execute((trx) => createDemoAssociation(trx, { modules: [notices] }));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ organizationId: made.organizationId });
    expect(told[0]!.groupIds).toHaveLength(6);
    expect(told[0]!.personIds.length).toBeGreaterThanOrEqual(60);
    const tag = await third.db
      .selectFrom('tags')
      .select('name')
      .where('organization_id', '=', made.organizationId)
      .where('name', '=', 'Från modulen')
      .execute();
    expect(tag).toHaveLength(1);
    await third.close();
  });
});
