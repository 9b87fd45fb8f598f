import type { z } from 'zod';
import type { ExportInput } from '../people-transfer.contract.ts';
import type { PeopleFilter } from './usePeople.ts';

// The filter language is the one the export takes (a saved list's); named from the export's
// own contract, so the register does not reach into the lists feature for it.
type FilterGroup = NonNullable<z.infer<typeof ExportInput>['filter']>;
type Condition = FilterGroup['conditions'][number];

const searchFields = ['firstName', 'lastName', 'email', 'phone'] as const;

/**
 * The register's quick search and filters as a list filter, for the export: every word of the
 * search in a name, e-mail or phone; the local group; members or contacts.
 */
export function exportFilter(filter: PeopleFilter): FilterGroup {
  const conditions: (Condition | FilterGroup)[] = [];
  for (const word of filter.q.trim().split(/\s+/).filter(Boolean).slice(0, 10)) {
    conditions.push({
      type: 'group',
      op: 'or',
      not: false,
      conditions: searchFields.map((field) => ({
        type: 'text',
        field,
        op: 'contains',
        value: word.slice(0, 200),
      })),
    });
  }
  if (filter.localGroupId) {
    conditions.push({
      type: 'localGroup',
      localGroupIds: [filter.localGroupId],
      includeNone: false,
    });
  }
  if (filter.isMember) {
    conditions.push({ type: 'membership', isMember: filter.isMember === 'true' });
  }
  return { type: 'group', op: 'and', not: false, conditions };
}
