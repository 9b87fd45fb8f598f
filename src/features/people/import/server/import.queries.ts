import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { Gender, MembershipStatus } from '../../../../platform/shared/db-values.generated.ts';

/** The columns an import writes, as stored. */
export interface ImportColumns {
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  gender: Gender | null;
  birth_year: number | null;
  is_member: boolean;
  member_number: string | null;
  member_since: string | null;
  membership_status: MembershipStatus;
  local_group_id: string | null;
  notes: string;
  /** Custom values by field id; in a change, only the fields the import sets. */
  custom: Record<string, unknown>;
  /** Tag names; in a change, only the tags the import adds (it never takes one away). */
  tags: string[];
}

export type ImportColumn = keyof ImportColumns;

/** The plain columns an import writes (an undo sets back no others); custom and tags aside. */
export const personColumns = [
  'first_name',
  'last_name',
  'email',
  'phone',
  'address',
  'postcode',
  'city',
  'gender',
  'birth_year',
  'is_member',
  'member_number',
  'member_since',
  'membership_status',
  'local_group_id',
  'notes',
] as const satisfies readonly ImportColumn[];

export interface ExistingPerson extends ImportColumns {
  id: string;
}

/** Everyone in the association, with the fields an import may match on or change. */
export async function listPeopleForImport(
  db: Kysely<DB>,
  organizationId: string,
): Promise<ExistingPerson[]> {
  return (
    db
      .selectFrom('people')
      .select([
        'id',
        ...personColumns,
        'custom',
        sql<string[]>`array(select t.name from person_tags pt join tags t on t.id = pt.tag_id
          where pt.person_id = people.id order by t.name)`.as('tags'),
      ])
      .where('organization_id', '=', organizationId)
      // The oldest record wins when several share an e-mail or phone number.
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  );
}

export async function listLocalGroupsForImport(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('local_groups')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .execute();
}

// Rows per statement: the whole batch travels as one JSON parameter, so only memory limits it.
const BATCH = 2000;

const recordType = sql.raw(`
  first_name text, last_name text, email text, phone text, address text, postcode text,
  city text, gender text, birth_year integer, is_member boolean, member_number text,
  member_since date, membership_status text, local_group_id uuid, notes text, custom jsonb`);

/** Told after each batch how many people it wrote; awaited, so it may let other work run. */
export type OnBatch = (written: number) => void | Promise<void>;

/**
 * Inserts new people in batches, each one statement reading a JSON array. Answers the new ids
 * with their tags, in order (`tagImportedPeople` takes those with tags).
 */
export async function insertPeople(
  db: Kysely<DB>,
  organizationId: string,
  people: ImportColumns[],
  onBatch: OnBatch = () => {},
): Promise<{ id: string; tags: string[] }[]> {
  const inserted: { id: string; tags: string[] }[] = [];
  for (let start = 0; start < people.length; start += BATCH) {
    const rows = people.slice(start, start + BATCH).map((person) => {
      const id = randomUUID();
      inserted.push({ id, tags: person.tags });
      return { ...person, id };
    });
    await sql`
      insert into people (id, organization_id, first_name, last_name, email, phone, address,
        postcode, city, gender, birth_year, is_member, member_number, member_since,
        membership_status, local_group_id, notes, custom)
      select id, ${organizationId}::uuid, first_name, last_name, email, phone, address, postcode,
        city, gender, birth_year, is_member, member_number, member_since, membership_status,
        local_group_id, notes, coalesce(custom, '{}'::jsonb)
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, ${recordType})`.execute(
      db,
    );
    await onBatch(rows.length);
  }
  return inserted;
}

// The colour tags created by an import get; the tags page can change it.
const IMPORTED_TAG_COLOUR = '#868e96';

/**
 * Puts the named tags on people, creating the tags the association lacks. A name matches a tag
 * in any case; tags already on a person stay, none is taken away.
 */
export async function tagImportedPeople(
  db: Kysely<DB>,
  organizationId: string,
  accountId: string | null,
  people: { id: string; tags: string[] }[],
) {
  if (people.length === 0) return;
  const existing = await db
    .selectFrom('tags')
    .select(['id', 'name'])
    .where('organization_id', '=', organizationId)
    .orderBy('created_at')
    .execute();
  const idOf = new Map<string, string>();
  for (const tag of existing) {
    if (!idOf.has(tag.name.toLowerCase())) idOf.set(tag.name.toLowerCase(), tag.id);
  }
  const missing = new Map<string, string>();
  for (const name of people.flatMap((person) => person.tags)) {
    if (!idOf.has(name.toLowerCase())) missing.set(name.toLowerCase(), name);
  }
  if (missing.size > 0) {
    const created = await db
      .insertInto('tags')
      .values(
        [...missing.values()].map((name) => ({
          organization_id: organizationId,
          name,
          colour: IMPORTED_TAG_COLOUR,
        })),
      )
      .returning(['id', 'name'])
      .execute();
    for (const tag of created) idOf.set(tag.name.toLowerCase(), tag.id);
  }
  const rows = people.flatMap((person) =>
    person.tags.map((name) => ({
      organization_id: organizationId,
      person_id: person.id,
      tag_id: idOf.get(name.toLowerCase())!,
      created_by: accountId,
    })),
  );
  // Batches keep each statement well under PostgreSQL's 65,535 parameters.
  for (let start = 0; start < rows.length; start += 5000) {
    await db
      .insertInto('person_tags')
      .values(rows.slice(start, start + 5000))
      .onConflict((oc) => oc.columns(['person_id', 'tag_id']).doNothing())
      .execute();
  }
}

/**
 * Changes people in batches. Each change carries only the columns that change; a missing column
 * keeps its value (an import never blanks out data), hence the coalesce on every column. Custom
 * values given replace those fields' values only.
 */
export async function updatePeople(
  db: Kysely<DB>,
  organizationId: string,
  changes: (Partial<ImportColumns> & { id: string })[],
  onBatch: OnBatch = () => {},
) {
  // A member number moving from one person to another within this import: free them all first,
  // so the unique index never sees two holders at once, whatever order the rows are updated in.
  const renumbered = changes.filter((change) => change.member_number !== undefined);
  for (let start = 0; start < renumbered.length; start += BATCH) {
    const ids = renumbered.slice(start, start + BATCH).map((change) => change.id);
    await db
      .updateTable('people')
      .set({ member_number: null })
      .where('organization_id', '=', organizationId)
      .where('id', 'in', ids)
      .execute();
  }
  for (let start = 0; start < changes.length; start += BATCH) {
    const rows = changes.slice(start, start + BATCH);
    await sql`
      update people as p set
        first_name = coalesce(v.first_name, p.first_name),
        last_name = coalesce(v.last_name, p.last_name),
        email = coalesce(v.email, p.email),
        phone = coalesce(v.phone, p.phone),
        address = coalesce(v.address, p.address),
        postcode = coalesce(v.postcode, p.postcode),
        city = coalesce(v.city, p.city),
        gender = coalesce(v.gender, p.gender),
        birth_year = coalesce(v.birth_year, p.birth_year),
        is_member = coalesce(v.is_member, p.is_member),
        member_number = coalesce(v.member_number, p.member_number),
        member_since = coalesce(v.member_since, p.member_since),
        membership_status = coalesce(v.membership_status, p.membership_status),
        local_group_id = coalesce(v.local_group_id, p.local_group_id),
        notes = coalesce(v.notes, p.notes),
        custom = coalesce(p.custom || v.custom, p.custom),
        updated_at = now()
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id uuid, ${recordType})
      where p.id = v.id and p.organization_id = ${organizationId}::uuid`.execute(db);
    await onBatch(rows.length);
  }
}
