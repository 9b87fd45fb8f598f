import { AppError } from '../../../../../platform/shared/app-error.ts';
import { customFieldIdOf, customFieldTarget } from '../../import.contract.ts';
import type { ImportProblem } from './import-shapes.ts';
import { isSensitiveHeader } from './map-headers.ts';
import type { ColumnTarget, ImportCustomField, ImportTarget } from './map-headers.ts';
import { parseCustomValue } from './parse-custom-value.ts';
import type { CustomFieldValue } from './parse-custom-value.ts';
import { parseBirthYear, parseSwedishDate } from './parse-date.ts';
import type { DateOptions } from './parse-date.ts';
import { isBlank } from './parse-people-file.ts';
import type { DataRow, ParsedPeopleFile } from './parse-people-file.ts';
import {
  cleanMultilineText,
  cleanText,
  echo,
  parseEmail,
  parseGender,
  parseMemberNumber,
  parsePhone,
  parsePostcode,
  parseTags,
  parseYesNo,
} from './parse-values.ts';
import type { Parsed } from './parse-values.ts';
import type { Gender } from '../../../../../platform/shared/db-values.generated.ts';
import { splitFullName } from './split-name.ts';
import type { SplitName } from './split-name.ts';

/** A person as read from one row, normalized, not yet matched against the register. */
export interface PersonDraft {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  /** E.164. */
  phone: string | null;
  address: string | null;
  postcode: string | null;
  city: string | null;
  memberNumber: string | null;
  /** YYYY-MM-DD. */
  memberSince: string | null;
  birthYear: number | null;
  gender: Gender | null;
  /** Null when the file does not say; true when it only gives a member number or date. */
  isMember: boolean | null;
  membershipStatus: string | null;
  localGroupName: string | null;
  notes: string | null;
  /** Tag names, each once; the association's missing tags are created. */
  tags: string[];
  /** Values of unmapped columns by header; empty cells left out. */
  extra: Record<string, string>;
  /** Values of columns mapped to custom fields, by field id; empty cells left out. */
  custom: Record<string, CustomFieldValue>;
}

export interface RowError extends ImportProblem {
  line: number;
  /** The field that failed; `name` for a row without any name, null for the row as a whole. */
  field: ImportTarget | 'name' | null;
  /** The header of the column the bad value came from. */
  column: string | null;
}

export interface MappedPeople {
  people: { line: number; person: PersonDraft }[];
  errors: RowError[];
  /** Rows whose cells were all empty: skipped without an error. */
  skippedEmptyRows: number;
  /** Values shared by several rows of the file, by the fields people are matched on. */
  duplicates: { field: 'email' | 'phone' | 'memberNumber'; value: string; lines: number[] }[];
}

const NAME_MAX = 100;
const TEXT_MAX = 200;
const NOTES_MAX = 5000;

export interface MappingOptions extends DateOptions {
  /** The association's custom fields, which `custom:<id>` targets refer to. */
  customFields?: readonly ImportCustomField[];
}

/**
 * Turns each row into a person draft or its errors, with one target per column (as suggested by
 * `mapHeaders` or corrected by the user). When several columns have the same field, the first
 * non-empty one in the row is used. A bad row never stops the others.
 */
export function applyMapping(
  file: Pick<ParsedPeopleFile, 'headers' | 'rows'>,
  targets: ColumnTarget[],
  options: MappingOptions = {},
): MappedPeople {
  if (targets.length !== file.headers.length) {
    throw new AppError('bad_request', 'The mapping must have one target per column');
  }
  const customFields = mappedCustomFields(targets, options.customFields ?? []);
  const columnsOf = new Map<ImportTarget, number[]>();
  const extraColumns: number[] = [];
  targets.forEach((target, column) => {
    const header = file.headers[column] ?? '';
    // A personal identity number may only give the birth year; it is never kept as text.
    if (isSensitiveHeader(header) && target !== 'birthYear') return;
    if (target === null) extraColumns.push(column);
    else if (target !== 'ignore') columnsOf.set(target, [...(columnsOf.get(target) ?? []), column]);
  });

  const columns: ColumnPlan = {
    headers: file.headers,
    ofField: columnsOf,
    extra: extraColumns,
    custom: customFields,
  };
  const result: MappedPeople = { people: [], errors: [], skippedEmptyRows: 0, duplicates: [] };
  for (const row of file.rows) {
    if (isBlank(row.values) && !row.hasOverflow) {
      result.skippedEmptyRows++;
      continue;
    }
    const mapped = mapRow(row, columns, options);
    if ('errors' in mapped) result.errors.push(...mapped.errors);
    else result.people.push({ line: row.line, person: mapped.person });
  }
  result.duplicates = findDuplicates(result.people);
  return result;
}

interface ColumnPlan {
  headers: string[];
  ofField: Map<ImportTarget, number[]>;
  extra: number[];
  /** The custom fields some column is mapped to. */
  custom: ImportCustomField[];
}

/** The custom fields the targets name; a field the association does not have is a bad request. */
function mappedCustomFields(
  targets: ColumnTarget[],
  fields: readonly ImportCustomField[],
): ImportCustomField[] {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const mapped = new Map<string, ImportCustomField>();
  targets.forEach((target, index) => {
    const id = customFieldIdOf(target);
    if (id === null) return;
    const field = byId.get(id);
    if (!field) {
      throw new AppError('validation', 'The mapping names a custom field that does not exist', {
        errors: [
          { path: `body.mapping.${index}`, code: 'unknown_field', message: 'No such custom field' },
        ],
      });
    }
    mapped.set(id, field);
  });
  return [...mapped.values()];
}

function mapRow(
  row: DataRow,
  columns: ColumnPlan,
  options: MappingOptions,
): { person: PersonDraft } | { errors: RowError[] } {
  // `order` sorts a row's errors by column, as the user reads the row.
  const errors: (RowError & { order: number })[] = [];
  const cell = (field: ImportTarget): { raw: string; column: number } | null => {
    for (const column of columns.ofField.get(field) ?? []) {
      const raw = row.values[column] ?? '';
      if (raw.trim() !== '') return { raw, column };
    }
    return null;
  };
  const read = <T>(field: ImportTarget, parse: (raw: string) => Parsed<T>): T | null => {
    const found = cell(field);
    if (!found) return null;
    const parsed = parse(found.raw);
    if (parsed.ok) return parsed.value;
    const column = columns.headers[found.column] ?? null;
    errors.push({ line: row.line, field, column, ...parsed.error, order: found.column });
    return null;
  };
  const text = (field: ImportTarget, max = TEXT_MAX, multiline = false): string | null =>
    read(field, (raw): Parsed<string> => {
      const value = multiline ? cleanMultilineText(raw) : cleanText(raw);
      return value !== null && value.length > max ? tooLong(raw, max) : { ok: true, value };
    });

  if (row.hasOverflow) {
    errors.push({
      order: -1,
      line: row.line,
      field: null,
      column: null,
      code: 'too_many_values',
      message:
        'Raden har fler värden än rubrikraden har kolumner; kontrollera citattecken och avgränsare',
      messageEn: 'The row has more values than the header has columns; check quotes and delimiters',
    });
  }
  let firstName = text('firstName', NAME_MAX);
  let lastName = text('lastName', NAME_MAX);
  if (firstName === null && lastName === null) {
    const split = read('fullName', (raw): Parsed<SplitName> => {
      const name = splitFullName(raw);
      const longest = Math.max(name.firstName?.length ?? 0, name.lastName?.length ?? 0);
      return longest > NAME_MAX ? tooLong(raw, NAME_MAX) : { ok: true, value: name };
    });
    if (split) ({ firstName, lastName } = split);
  }
  // A name that was there but too long has its own error already.
  if (firstName === null && lastName === null && errors.every((e) => e.code !== 'too_long')) {
    errors.push({
      order: -1,
      line: row.line,
      field: 'name',
      column: null,
      code: 'missing_name',
      message: 'Raden saknar namn',
      messageEn: 'The row has no name',
    });
  }
  const memberNumber = read('memberNumber', parseMemberNumber);
  const memberSince = read('memberSince', (raw) => parseSwedishDate(raw, options));
  const isMember = read('isMember', parseYesNo);
  const person: PersonDraft = {
    firstName,
    lastName,
    email: read('email', parseEmail),
    phone: read('phone', parsePhone),
    address: text('address'),
    postcode: read('postcode', parsePostcode),
    city: text('city'),
    memberNumber,
    memberSince,
    birthYear: read('birthYear', (raw) => parseBirthYear(raw, options)),
    gender: read('gender', parseGender),
    isMember: isMember ?? (memberNumber !== null || memberSince !== null ? true : null),
    membershipStatus: text('membershipStatus'),
    localGroupName: text('localGroup'),
    notes: text('notes', NOTES_MAX, true),
    tags: read('tags', parseTags) ?? [],
    extra: {},
    custom: {},
  };
  for (const field of columns.custom) {
    const value = read(customFieldTarget(field.id), (raw) => parseCustomValue(raw, field, options));
    if (value !== null) person.custom[field.id] = value;
  }
  if (errors.length > 0) {
    return { errors: errors.sort((a, b) => a.order - b.order).map(({ order: _, ...e }) => e) };
  }
  for (const column of columns.extra) {
    const value = cleanMultilineText(row.values[column]);
    if (value !== null) person.extra[columns.headers[column] ?? ''] = value;
  }
  return { person };
}

function tooLong(raw: string, max: number): Parsed<never> {
  return {
    ok: false,
    error: {
      code: 'too_long',
      message: `Värdet ${echo(raw)} är längre än ${max} tecken`,
      messageEn: `The value ${echo(raw)} is longer than ${max} characters`,
    },
  };
}

function findDuplicates(people: MappedPeople['people']): MappedPeople['duplicates'] {
  const duplicates: MappedPeople['duplicates'] = [];
  for (const field of ['email', 'phone', 'memberNumber'] as const) {
    const lines = new Map<string, number[]>();
    for (const { line, person } of people) {
      const value = person[field];
      if (value === null) continue;
      const found = lines.get(value);
      if (found) found.push(line);
      else lines.set(value, [line]);
    }
    for (const [value, found] of lines) {
      if (found.length > 1) duplicates.push({ field, value, lines: found });
    }
  }
  return duplicates;
}
