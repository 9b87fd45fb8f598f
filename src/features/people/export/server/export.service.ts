import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import { formatPhone } from '../../../../platform/shared/phone.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import type { CustomField } from '../../../custom-fields/custom-fields.contract.ts';
import { listCustomFields } from '../../../custom-fields/server/custom-fields.queries.ts';
import { type PersonCondition } from '../../../../platform/server/person-condition.ts';
import { defaultExportColumns, exportColumns, type ExportColumn } from '../export.contract.ts';
import { writeCsv, type ExportValue } from '../../../../platform/server/write-csv.ts';
import { writeXlsx } from '../../../../platform/server/write-xlsx.ts';

/** Swedish column headers; the import maps each of them back to its field. */
const HEADERS: Record<ExportColumn, string> = {
  firstName: 'Förnamn',
  lastName: 'Efternamn',
  email: 'E-post',
  phone: 'Telefon',
  address: 'Adress',
  postcode: 'Postnummer',
  city: 'Ort',
  memberNumber: 'Medlemsnummer',
  memberSince: 'Medlem sedan',
  isMember: 'Medlem',
  membershipStatus: 'Medlemsstatus',
  gender: 'Kön',
  birthYear: 'Födelseår',
  localGroup: 'Lokalgrupp',
  tags: 'Taggar',
  notes: 'Anteckningar',
  createdAt: 'Tillagd',
};

const GENDER = { woman: 'kvinna', man: 'man', other: 'annat' } as const;
const STATUS = { active: 'aktiv', lapsed: 'vilande', resigned: 'utträdd' } as const;

export interface ExportOptions {
  organizationId: string;
  /** The association's slug, for the file name. */
  slug: string;
  /** Who exports; null from the command line. */
  accountId: string | null;
  format: 'csv' | 'xlsx';
  /** Who is exported (a saved list's filter, the register's search); everyone when left out. */
  where?: PersonCondition;
  /** What was exported, for the audit log (never the words searched for). */
  describe: Record<string, unknown>;
  columns?: ExportColumn[];
  /** A saved list's own columns, used where they are export columns, when `columns` is not given. */
  savedColumns?: string[];
  via?: 'cli';
}

export interface ExportedFile {
  filename: string;
  contentType: string;
  content: Buffer;
  count: number;
}

/**
 * Writes the people a condition picks (or the whole association) as CSV or XLSX. Without chosen
 * columns it is the whole register, the association's own fields included, as the import reads
 * it back: dates are dates, numbers numbers, codes text.
 */
export async function exportPeople(db: Kysely<DB>, options: ExportOptions): Promise<ExportedFile> {
  const chosen = options.columns ?? listColumns(options.savedColumns);
  const columns = chosen ?? defaultExportColumns;
  const customFields = chosen ? [] : await listCustomFields(db, options.organizationId);
  const people = await listPeopleForExport(db, options.organizationId, options.where);
  const headers = [
    ...columns.map((column) => HEADERS[column]),
    ...customFields.map((field) => field.label),
  ];
  const rows = people.map((person) => [
    ...columns.map((column) => cell(person, column)),
    ...customFields.map((field) => customCell(person.custom, field)),
  ]);
  const content =
    options.format === 'csv' ? writeCsv(headers, rows) : await writeXlsx(headers, rows);
  await recordAudit(db, {
    organizationId: options.organizationId,
    accountId: options.accountId,
    action: 'people.export',
    details: {
      format: options.format,
      count: people.length,
      columns,
      ...options.describe,
      ...(options.via ? { via: options.via } : {}),
    },
  });
  return {
    filename: `medlemsregister-${stockholmDate()}.${options.format}`,
    contentType:
      options.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content,
    count: people.length,
  };
}

function listColumns(columns: string[] | undefined): ExportColumn[] | undefined {
  if (!columns?.length) return undefined;
  const known = columns.filter((column): column is ExportColumn =>
    (exportColumns as readonly string[]).includes(column),
  );
  return known.length ? known : undefined;
}

// Swedish alphabetical order on any server (å, ä, ö after z), as the register sorts.
const swedishOrder = (column: string) =>
  sql`translate(lower(coalesce(${sql.ref(column)}, '')),
    'åäöæøéèêüáàç', '{|}|}eeeyaac') collate "C"`;

async function listPeopleForExport(
  db: Kysely<DB>,
  organizationId: string,
  where: PersonCondition | undefined,
) {
  let query = db
    .selectFrom('people as p')
    .leftJoin('local_groups as g', 'g.id', 'p.local_group_id')
    .selectAll('p')
    .select([
      'g.name as group_name',
      sql<string | null>`(select string_agg(t.name, ', ' order by t.name)
        from person_tags pt join tags t on t.id = pt.tag_id where pt.person_id = p.id)`.as(
        'tag_names',
      ),
    ])
    .where('p.organization_id', '=', organizationId);
  if (where) {
    query = query.where((eb) =>
      where(eb as unknown as ExpressionBuilder<{ p: DB['people'] }, 'p'>),
    );
  }
  return query
    .orderBy(swedishOrder('p.last_name'))
    .orderBy(swedishOrder('p.first_name'))
    .orderBy('p.id')
    .execute();
}

type ExportRow = Awaited<ReturnType<typeof listPeopleForExport>>[number];

function cell(person: ExportRow, column: ExportColumn): ExportValue {
  switch (column) {
    case 'firstName':
      return person.first_name;
    case 'lastName':
      return person.last_name;
    case 'email':
      return person.email;
    case 'phone':
      return person.phone ? formatPhone(person.phone) : null;
    case 'address':
      return person.address;
    case 'postcode':
      return person.postcode;
    case 'city':
      return person.city;
    case 'memberNumber':
      return person.member_number;
    case 'memberSince':
      return asDate(person.member_since);
    case 'isMember':
      return person.is_member ? 'ja' : 'nej';
    case 'membershipStatus':
      return STATUS[person.membership_status];
    case 'gender':
      return person.gender ? GENDER[person.gender] : null;
    case 'birthYear':
      return person.birth_year;
    case 'localGroup':
      return person.group_name;
    case 'tags':
      return person.tag_names;
    case 'notes':
      return person.notes;
    case 'createdAt':
      return asDate(stockholmDate(person.created_at));
  }
}

/** A custom value as its kind: a date a date cell, a number a number, choices one cell. */
function customCell(values: unknown, field: CustomField): ExportValue {
  const value = (values as Record<string, unknown> | null)?.[field.id];
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join('; ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (field.kind === 'date' && typeof value === 'string') return asDate(value);
  if (typeof value === 'number') return value;
  return String(value);
}

/** 'YYYY-MM-DD' as midnight UTC: a date cell in XLSX, the same text again in CSV. */
function asDate(day: string | null): Date | null {
  return day ? new Date(`${day}T00:00:00Z`) : null;
}

/** YYYY-MM-DD of a moment in Sweden. */
function stockholmDate(moment = new Date()): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
}
