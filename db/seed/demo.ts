import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import type { CommitteeKind, RoleName } from '../../src/platform/shared/db-values.generated.ts';
import { createAccount } from '../../src/features/accounts/server/accounts.queries.ts';
import { createReadablePassword, hashPassword } from '../../src/platform/server/secrets.ts';
import {
  buildLocalGroup,
  buildOrganization,
} from '../../src/features/organizations/organizations.factories.ts';
import {
  buildPerson,
  firstNames,
  lastNames,
} from '../../src/features/people/register/people.factories.ts';
import { createRandom } from '../../src/platform/shared/seeded-random.ts';
import { addRegisterData } from './demo-register.ts';
import { addDemoActivities } from './demo-activities.ts';
import type { DemoStory } from '../../src/platform/server/demo.ts';
import type { ServerModule } from '../../src/platform/server/module.ts';
import { loadServerModules } from '../../src/server/modules.ts';

export const DEMO_SLUG = 'huddinge';

const localGroups = [
  ['Flemingsberg', 'Flemingsberg med Grantorp, Visättra och Kästa.'],
  ['Vårby', 'Vårby gård och Vårby backe.'],
  ['Skogås–Trångsund', 'Skogås och Trångsund i kommunens sydöstra del.'],
  ['Huddinge centrum–Stuvsta', 'Huddinge centrum, Stuvsta, Snättringe och Vista.'],
  ['Segeltorp–Kungens kurva', 'Segeltorp och Kungens kurva.'],
  ['Sjödalen–Fullersta', 'Sjödalen, Fullersta och Solfagra.'],
] as const;

const board = [
  'ordförande',
  'vice ordförande',
  'kassör',
  'sekreterare',
  'ledamot',
  'ledamot',
  'ledamot',
];
const councilGroup = [
  'gruppledare',
  'ledamot i kommunfullmäktige',
  'ledamot i kommunfullmäktige',
  'ersättare',
];

/** 'Åberg' → 'aberg': e-mail local parts without diacritics. */
function asciiLower(text: string) {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export interface DemoLogin {
  role: RoleName;
  email: string;
}

export interface DemoResult {
  organizationId: string;
  admin: { email: string; password: string; isGenerated: boolean };
  /** Other demo accounts, which share the admin's password when it was generated. */
  logins: DemoLogin[];
  people: number;
}

/**
 * Creates the demo association as a deterministic story: Vänsterpartiet Huddinge inside
 * Vänsterpartiet Stockholms län inside Vänsterpartiet, six local groups, 60 invented members,
 * a board, a council group and coordinators. Run inside a transaction by the caller.
 */
export async function createDemoAssociation(
  db: Kysely<DB>,
  options: { adminEmail?: string; adminPassword?: string; modules?: ServerModule[] } = {},
): Promise<DemoResult> {
  const random = createRandom(2022);
  const insertOrg = (values: ReturnType<typeof buildOrganization>) =>
    db.insertInto('organizations').values(values).returning('id').executeTakeFirstOrThrow();

  const party =
    (await db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'vansterpartiet')
      .executeTakeFirst()) ??
    (await insertOrg(
      buildOrganization({ kind: 'party', slug: 'vansterpartiet', name: 'Vänsterpartiet' }),
    ));
  const district =
    (await db
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', 'stockholms-lan')
      .executeTakeFirst()) ??
    (await insertOrg(
      buildOrganization({
        kind: 'district',
        slug: 'stockholms-lan',
        name: 'Vänsterpartiet Stockholms län',
        parent_id: party.id,
      }),
    ));
  const org = await insertOrg(
    buildOrganization({
      slug: DEMO_SLUG,
      name: 'Vänsterpartiet Huddinge',
      parent_id: district.id,
      is_demo: true,
    }),
  );
  const organization_id = org.id;

  const groups: { id: string; name: string }[] = [];
  for (const [name, area_description] of localGroups) {
    groups.push(
      await db
        .insertInto('local_groups')
        .values(buildLocalGroup({ organization_id, name, area_description }))
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow(),
    );
  }

  // 60 members spread over the groups (a few in none), and 8 non-member contacts.
  const people: { id: string; email: string | null }[] = [];
  for (let i = 0; i < 68; i++) {
    const group = i % 10 === 9 ? null : groups[i % groups.length]!;
    // Names from the seeded random; addresses and numbers from the index, not the factory's
    // process-wide counter, so every run tells the same story (and prints the same logins).
    const first_name = random.pick(firstNames);
    const last_name = random.pick(lastNames);
    const values = buildPerson({
      organization_id,
      local_group_id: group?.id ?? null,
      is_member: i < 60,
      first_name,
      last_name,
      email: `${asciiLower(`${first_name}.${last_name}.${i + 1}`)}@example.org`,
      phone: `+467017406${String(6 + i).padStart(2, '0')}`,
    });
    people.push(
      await db
        .insertInto('people')
        .values(values)
        .returning(['id', 'email'])
        .executeTakeFirstOrThrow(),
    );
  }

  // Each group's coordinator is one of its own members.
  const coordinators: string[] = [];
  for (const [index, group] of groups.entries()) {
    const coordinator = people[index]!;
    coordinators.push(coordinator.id);
    await db
      .updateTable('local_groups')
      .set({ coordinator_id: coordinator.id })
      .where('id', '=', group.id)
      .execute();
  }

  const addCommittee = async (
    kind: CommitteeKind,
    name: string,
    titles: string[],
    offset: number,
  ) => {
    const committee = await db
      .insertInto('committees')
      .values({ organization_id, kind, name })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [index, title] of titles.entries()) {
      await db
        .insertInto('committee_members')
        .values({
          organization_id,
          committee_id: committee.id,
          person_id: people[offset + index]!.id,
          title,
        })
        .execute();
    }
  };
  await addCommittee('board', 'Styrelsen', board, 10);
  await addCommittee('council_group', 'Kommungruppen', councilGroup, 15);
  await addCommittee('working_group', 'Valberedningen', ['sammankallande', 'ledamot'], 30);

  // A configured address is used even when the password is left to be generated.
  const isGenerated = !options.adminPassword;
  const password = options.adminPassword ?? createReadablePassword();
  const adminEmail = options.adminEmail?.toLowerCase() ?? 'admin@example.org';
  await createAccount(db, {
    organizationId: organization_id,
    email: adminEmail,
    firstName: 'Demo',
    lastName: 'Administratör',
    role: 'admin',
    password,
  });

  // Accounts for the board's secretary (organizer), each coordinator and two activists. With a
  // generated admin password they share it, so every role can be tried; otherwise they get
  // none and can be opened with a password reset.
  const sharedHash = isGenerated ? await hashPassword(password) : null;
  const accountFor = async (personIndex: number, role: RoleName) => {
    const person = people[personIndex]!;
    await db
      .insertInto('accounts')
      .values({
        organization_id,
        person_id: person.id,
        email: person.email!,
        role,
        password_hash: sharedHash,
      })
      .execute();
    return { role, email: person.email! };
  };
  const logins: DemoLogin[] = [await accountFor(13, 'organizer')];
  for (let i = 0; i < groups.length; i++) logins.push(await accountFor(i, 'coordinator'));
  logins.push(await accountFor(40, 'activist'), await accountFor(41, 'activist'));
  const organizer = await db
    .selectFrom('accounts')
    .select('id')
    .where('person_id', '=', people[13]!.id)
    .executeTakeFirstOrThrow();
  await addRegisterData(db, {
    organization_id,
    personIds: people.map((person) => person.id),
    listOwnerId: organizer.id,
  });
  await addDemoActivities(db, {
    organization_id,
    groupIds: groups.map((group) => group.id),
    membersByGroup: groups.map((group) =>
      people
        .filter((_, i) => i < 60 && i % 10 !== 9 && i % groups.length === groups.indexOf(group))
        .map((person) => person.id),
    ),
    ownerIds: [people[10]!.id, people[13]!.id],
    organizerAccountId: organizer.id,
    activistIds: [people[40]!.id, people[41]!.id],
  });
  // Then every module's own demo rows.
  const story: DemoStory = {
    organizationId: organization_id,
    groupIds: groups.map((group) => group.id),
    personIds: people.map((person) => person.id),
    organizerAccountId: organizer.id,
    random,
  };
  for (const module of options.modules ?? (await loadServerModules())) {
    await module.demo?.(db, story);
  }

  return {
    organizationId: organization_id,
    admin: { email: adminEmail, password, isGenerated },
    logins,
    people: people.length,
  };
}
