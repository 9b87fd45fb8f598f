import { Condition, type FilterGroup } from '../lists.contract.ts';

/**
 * A filter while it is being edited: the contract's groups and conditions, each with a key for
 * React, and allowed to be incomplete (no tag chosen yet, an empty value). Only complete parts
 * are ever sent.
 */
export type ConditionType = Condition['type'];
export type DraftCondition = Condition & { key: string };
export interface DraftGroup {
  key: string;
  type: 'group';
  op: 'and' | 'or';
  not: boolean;
  items: DraftNode[];
}
export type DraftNode = DraftCondition | DraftGroup;

/** Groups inside groups: the builder offers nesting this deep (the root is depth 0). */
export const maxGroupDepth = 2;

let lastKey = 0;
function nextKey() {
  lastKey += 1;
  return `k${lastKey}`;
}

/** A new condition of `type`, with the choices a person must make still open. */
export function newCondition(type: ConditionType): DraftCondition {
  const key = nextKey();
  switch (type) {
    case 'text':
      return { key, type, field: 'firstName', op: 'contains', value: '' };
    case 'membership':
      return { key, type, isMember: true };
    case 'membershipStatus':
      return { key, type, statuses: ['active'] };
    case 'gender':
      return { key, type, genders: [] };
    case 'localGroup':
      return { key, type, localGroupIds: [], includeNone: false };
    case 'tag':
      return { key, type, tagIds: [], match: 'any' };
    case 'date':
      return { key, type, field: 'memberSince', from: null, to: null };
    case 'custom':
      return { key, type, fieldId: '', op: 'equals', value: null };
    case 'birthYear':
      return { key, type, from: null, to: null };
    case 'consent':
      return { key, type, purpose: 'contact' };
    case 'retention':
      return { key, type, flagged: true };
    case 'participation':
      return {
        key,
        type,
        what: 'signedUp',
        activityTypeIds: [],
        campaignId: null,
        from: null,
        to: null,
      };
  }
}

export function newGroup(op: 'and' | 'or' = 'and'): DraftGroup {
  return { key: nextKey(), type: 'group', op, not: false, items: [] };
}

export function fromFilter(group: FilterGroup): DraftGroup {
  return {
    key: nextKey(),
    type: 'group',
    op: group.op,
    not: group.not,
    items: group.conditions.map((part) =>
      part.type === 'group' ? fromFilter(part) : { ...part, key: nextKey() },
    ),
  };
}

/** What a condition still lacks, as a message id; null when it can be sent. */
export type Problem =
  'value' | 'status' | 'gender' | 'localGroup' | 'tag' | 'range' | 'order' | 'field' | 'invalid';

function isBlank(value: unknown) {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function rangeProblem(from: string | number | null, to: string | number | null): Problem | null {
  if (from === null && to === null) return 'range';
  if (from !== null && to !== null && from > to) return 'order';
  return null;
}

export function conditionProblem(condition: Condition): Problem | null {
  const problem = ((): Problem | null => {
    switch (condition.type) {
      case 'text':
        return condition.op !== 'isEmpty' &&
          condition.op !== 'isNotEmpty' &&
          isBlank(condition.value)
          ? 'value'
          : null;
      case 'membership':
      case 'consent':
      case 'retention':
        return null;
      case 'membershipStatus':
        return condition.statuses.length === 0 ? 'status' : null;
      case 'gender':
        return condition.genders.length === 0 ? 'gender' : null;
      case 'localGroup':
        return condition.localGroupIds.length === 0 && !condition.includeNone ? 'localGroup' : null;
      case 'tag':
        return condition.tagIds.length === 0 ? 'tag' : null;
      case 'date':
        return rangeProblem(condition.from, condition.to);
      case 'birthYear':
        return rangeProblem(condition.from, condition.to);
      case 'participation':
        // Every choice may stay open (any type, any time); only a reversed range is wrong.
        return condition.from && condition.to && condition.from > condition.to ? 'order' : null;
      case 'custom':
        if (!condition.fieldId) return 'field';
        return condition.op !== 'isEmpty' &&
          condition.op !== 'isNotEmpty' &&
          isBlank(condition.value)
          ? 'value'
          : null;
    }
  })();
  if (problem) return problem;
  // Whatever else the contract refuses (a year out of range, a too long text).
  const { key: _key, ...plain } = condition as DraftCondition;
  return Condition.safeParse(plain).success ? null : 'invalid';
}

/** A group with nothing left to test is as good as missing: it is not sent either. */
export function isEmptyGroup(group: DraftGroup) {
  return group.items.length === 0;
}

function clean(group: DraftGroup, incomplete: { count: number }): FilterGroup {
  const conditions: FilterGroup['conditions'] = [];
  for (const item of group.items) {
    if (item.type === 'group') {
      if (isEmptyGroup(item)) incomplete.count += 1;
      const part = clean(item, incomplete);
      // A group whose conditions are all incomplete would match no one (OR) or all (AND).
      if (part.conditions.length > 0) conditions.push(part);
      continue;
    }
    if (conditionProblem(item)) {
      incomplete.count += 1;
      continue;
    }
    const { key: _key, ...condition } = item;
    conditions.push(condition);
  }
  return { type: 'group', op: group.op, not: group.not, conditions };
}

/**
 * The filter to send: complete conditions only, keys dropped. With no conditions at all the top
 * group matches everyone, as a person expects of a list with no conditions yet.
 */
export function toFilter(root: DraftGroup): { filter: FilterGroup; incomplete: number } {
  const incomplete = { count: 0 };
  const filter = clean(root, incomplete);
  if (filter.conditions.length === 0) filter.op = 'and';
  return { filter, incomplete: incomplete.count };
}
