import type { Condition, FilterGroup } from '../lists.contract.ts';

type Described = Record<string, unknown>;

/**
 * A filter as the audit log keeps it: its structure, ids, choices, dates and years, but of a
 * value someone typed (a text condition's, a custom field's) only its length — the words may be
 * a name, an address or a phone number, and the log holds no names or contact data.
 */
export function describeFilter(group: FilterGroup): Described {
  return {
    type: 'group',
    op: group.op,
    not: group.not,
    conditions: group.conditions.map((part) =>
      part.type === 'group' ? describeFilter(part) : describeCondition(part),
    ),
  };
}

function describeCondition(condition: Condition): Described {
  if (condition.type === 'text') {
    const { value, ...rest } = condition;
    return { ...rest, valueLength: value.length };
  }
  if (condition.type === 'custom' && typeof condition.value !== 'boolean') {
    const { value, ...rest } = condition;
    return { ...rest, valueLength: value === null ? null : String(value).length };
  }
  return condition;
}
