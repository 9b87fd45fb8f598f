import type { ExportColumn } from '../../people/export/export.contract.ts';
import type { Sort } from '../lists.contract.ts';

/**
 * Columns a list can show beside the name (always shown). They are named as the export's
 * columns, so exporting a list gives the columns it shows.
 */
export const optionalColumns = [
  'localGroup',
  'memberNumber',
  'isMember',
  'tags',
  'email',
  'phone',
] as const satisfies readonly ExportColumn[];
export type OptionalColumn = (typeof optionalColumns)[number];

/** As the people page shows them. */
export const defaultColumns: OptionalColumn[] = [
  'localGroup',
  'memberNumber',
  'tags',
  'email',
  'phone',
];

export const columnLabels: Record<OptionalColumn, string> = {
  localGroup: 'person.field.localGroup',
  memberNumber: 'person.field.memberNumber',
  isMember: 'person.field.membership',
  tags: 'person.tags',
  email: 'person.field.email',
  phone: 'person.field.phone',
};

/** The optional columns a saved list shows, in a fixed order; the defaults when it names none. */
export function shownColumns(saved: string[]): OptionalColumn[] {
  if (saved.length === 0) return defaultColumns;
  return optionalColumns.filter((column) => saved.includes(column));
}

/** What a list saves as its columns: the name, then the chosen ones. */
export function columnsToSave(chosen: OptionalColumn[]): string[] {
  return ['firstName', 'lastName', ...optionalColumns.filter((column) => chosen.includes(column))];
}

export const sortLabels: Record<`${Sort['field']}.${Sort['direction']}`, string> = {
  'lastName.asc': 'lists.sort.lastName.asc',
  'lastName.desc': 'lists.sort.lastName.desc',
  'firstName.asc': 'lists.sort.firstName.asc',
  'firstName.desc': 'lists.sort.firstName.desc',
  'memberNumber.asc': 'lists.sort.memberNumber.asc',
  'memberNumber.desc': 'lists.sort.memberNumber.desc',
  'city.asc': 'lists.sort.city.asc',
  'city.desc': 'lists.sort.city.desc',
  'createdAt.desc': 'lists.sort.createdAt.desc',
  'createdAt.asc': 'lists.sort.createdAt.asc',
};

export function parseSort(value: string): Sort {
  const [field, direction] = value.split('.') as [Sort['field'], Sort['direction']];
  return { field, direction };
}

/** Clicking a sorted column's header turns it around; another column starts ascending. */
export function toggledSort(current: Sort, field: Sort['field']): Sort {
  if (current.field !== field) return { field, direction: 'asc' };
  return { field, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}
