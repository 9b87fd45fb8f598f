import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { escapeLike, type PersonCondition } from '../../../../platform/server/person-condition.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { normalizePhone } from '../../../../platform/shared/phone.ts';
import type { Person } from '../people.contract.ts';
import { listTagsOfPeople } from '../../../tags/server/tags.queries.ts';
import { listCustomFields } from '../../../custom-fields/server/custom-fields.queries.ts';
import { mergeCustomValues } from '../../../custom-fields/server/custom-values.service.ts';

function selectPeople(db: Kysely<DB>, organizationId: string) {
  return (
    db
      .selectFrom('people as p')
      .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
      .selectAll('p')
      .select([
        'g.name as group_name',
        sql<boolean>`exists (select 1 from accounts a where a.person_id = p.id)`.as('has_account'),
      ])
      .where('p.organization_id', '=', organizationId)
      // An erased person is an anonymous row for counts, not someone to look up.
      .where('p.erased_at', 'is', null)
  );
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>>;

function present(row: Row, tags: Person['tags'] = []): Person {
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    address: row.address,
    postcode: row.postcode,
    city: row.city,
    gender: row.gender,
    birthYear: row.birth_year,
    isMember: row.is_member,
    memberNumber: row.member_number,
    memberSince: row.member_since,
    membershipStatus: row.membership_status,
    localGroup: row.local_group_id ? { id: row.local_group_id, name: row.group_name ?? '' } : null,
    notes: row.notes,
    custom: row.custom as Person['custom'],
    tags,
    hasAccount: row.has_account,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** The register's own search: words of a name, an e-mail address or a phone number. */
export interface RegisterSearch {
  q?: string;
  localGroupId?: string;
  isMember?: 'true' | 'false';
}

/** The register's search as a condition, so an export picks the people the register shows. */
export function registerSearchCondition(search: RegisterSearch): PersonCondition {
  return (eb) => {
    const parts: Expression<SqlBool>[] = [];
    if (search.localGroupId) parts.push(eb('p.local_group_id', '=', search.localGroupId));
    if (search.isMember) parts.push(eb('p.is_member', '=', search.isMember === 'true'));
    if (search.q) {
      const q = search.q;
      const words = q.toLowerCase().split(/\s+/).filter(Boolean);
      const phone = normalizePhone(q);
      parts.push(
        eb.or([
          eb.and(
            words.map((word) =>
              eb(sql`lower(p.first_name || ' ' || p.last_name)`, 'like', `%${escapeLike(word)}%`),
            ),
          ),
          eb(eb.fn('lower', ['p.email']), 'like', `%${escapeLike(q.toLowerCase())}%`),
          ...(phone ? [eb('p.phone', '=', phone)] : []),
        ]),
      );
    }
    return eb.and(parts);
  };
}

export interface PeopleFilter extends RegisterSearch {
  /** 'all', or the local groups the caller reaches. */
  groupIds: string[] | 'all';
  /** A further condition on `people as p` (a saved list's filter). */
  where?: PersonCondition;
  sort?: { field: keyof typeof sortColumns; direction: 'asc' | 'desc' };
  limit: number;
  offset: number;
}

/**
 * A sort key in Swedish alphabetical order on any server: å, ä, ö after z (in that order),
 * accents folded, compared byte-wise so the database's own collation does not matter.
 */
function swedishOrder(column: string) {
  return sql`translate(lower(coalesce(${sql.ref(column)}, '')),
    'åäöæøéèêüáàçÅÄÖÆØÉÈÊÜÁÀÇ', '{|}|}eeeyaac{|}|}eeeyaac') collate "C"`;
}

const sortColumns = {
  lastName: swedishOrder('p.last_name'),
  firstName: swedishOrder('p.first_name'),
  createdAt: sql`p.created_at`,
  memberNumber: sql`p.member_number`,
  city: swedishOrder('p.city'),
};

export async function listPeople(db: Kysely<DB>, organizationId: string, filter: PeopleFilter) {
  let query = selectPeople(db, organizationId);
  if (filter.groupIds !== 'all') {
    if (filter.groupIds.length === 0) return { items: [], total: 0 };
    query = query.where('p.local_group_id', 'in', filter.groupIds);
  }
  if (filter.where) {
    const where = filter.where;
    query = query.where((eb) =>
      where(eb as unknown as ExpressionBuilder<{ p: DB['people'] }, 'p'>),
    );
  }
  const search = registerSearchCondition(filter);
  query = query.where((eb) => search(eb as unknown as ExpressionBuilder<{ p: DB['people'] }, 'p'>));
  const sort = filter.sort ?? { field: 'lastName', direction: 'asc' };
  const countAll = () =>
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow()
      .then((row) => row.count);
  if (filter.limit === 0) return { items: [], total: await countAll() };
  // One pass for the page and the count: the filter is evaluated once.
  const rows = await query
    .select(sql<number>`count(*) over ()`.as('total_count'))
    .orderBy(sql`${sortColumns[sort.field]} ${sql.raw(sort.direction)} nulls last`)
    .orderBy(sortColumns.lastName)
    .orderBy(sortColumns.firstName)
    .orderBy('p.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const total = rows[0]?.total_count ?? (filter.offset > 0 ? await countAll() : 0);
  const tags = await listTagsOfPeople(
    db,
    organizationId,
    rows.map((row) => row.id),
  );
  return { items: rows.map((row) => present(row, tags.get(row.id))), total: Number(total) };
}

export async function getPerson(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await selectPeople(db, organizationId).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such person');
  const tags = await listTagsOfPeople(db, organizationId, [id]);
  return present(row, tags.get(id));
}

export interface PersonValues {
  firstName?: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  gender?: Person['gender'];
  birthYear?: number | null;
  isMember?: boolean;
  memberNumber?: string | null;
  memberSince?: string | null;
  membershipStatus?: Person['membershipStatus'];
  localGroupId?: string | null;
  notes?: string;
  custom?: Record<string, unknown>;
}

/** Checks and converts input to columns: phone to E.164, group and member number valid. */
async function toColumns(
  db: Kysely<DB>,
  organizationId: string,
  values: PersonValues,
  personId?: string,
) {
  const fail = (field: string, code: string, message: string, status: 'validation' | 'conflict') =>
    new AppError(status, message, { errors: [{ path: `body.${field}`, code, message }] });
  let phone = values.phone;
  if (phone) {
    phone = normalizePhone(phone);
    if (!phone) throw fail('phone', 'invalid_phone', 'Not a phone number', 'validation');
  }
  if (values.localGroupId) {
    const group = await db
      .selectFrom('local_groups')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('id', '=', values.localGroupId)
      .executeTakeFirst();
    if (!group) throw fail('localGroupId', 'not_found', 'No such local group', 'validation');
  }
  if (values.memberNumber) {
    let taken = db
      .selectFrom('people')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('member_number', '=', values.memberNumber);
    if (personId) taken = taken.where('id', '!=', personId);
    if (await taken.executeTakeFirst()) {
      throw fail('memberNumber', 'taken', 'Another person has that member number', 'conflict');
    }
  }
  let custom: string | undefined;
  if (values.custom && Object.keys(values.custom).length > 0) {
    const stored = personId
      ? (
          await db
            .selectFrom('people')
            .select('custom')
            .where('id', '=', personId)
            .executeTakeFirstOrThrow()
        ).custom
      : {};
    const merged = mergeCustomValues(
      await listCustomFields(db, organizationId),
      stored,
      values.custom,
    );
    if (merged.errors.length) {
      throw new AppError('validation', 'Some custom values do not fit their fields', {
        errors: merged.errors,
      });
    }
    custom = JSON.stringify(merged.values);
  }
  const columns = {
    custom,
    first_name: values.firstName,
    last_name: values.lastName,
    email: values.email,
    phone: phone === '' ? null : phone,
    address: values.address,
    postcode: values.postcode,
    city: values.city,
    gender: values.gender,
    birth_year: values.birthYear,
    is_member: values.isMember,
    member_number: values.memberNumber,
    member_since: values.memberSince,
    membership_status: values.membershipStatus,
    local_group_id: values.localGroupId,
    notes: values.notes,
  };
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
}

export async function createPerson(
  db: Kysely<DB>,
  organizationId: string,
  values: PersonValues & { firstName: string; lastName: string },
) {
  const columns = await toColumns(db, organizationId, values);
  const row = await db
    .insertInto('people')
    .values({
      ...columns,
      organization_id: organizationId,
      first_name: values.firstName,
      last_name: values.lastName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getPerson(db, organizationId, row.id);
}

export async function updatePerson(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  values: PersonValues,
) {
  const columns = await toColumns(db, organizationId, values, id);
  await db
    .updateTable('people')
    .set({ ...columns, updated_at: new Date() })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
  return getPerson(db, organizationId, id);
}
