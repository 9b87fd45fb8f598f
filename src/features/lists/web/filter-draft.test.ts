import { describe, expect, it } from 'vitest';
import type { FilterGroup } from '../lists.contract.ts';
import { conditionProblem, fromFilter, newCondition, newGroup, toFilter } from './filter-draft.ts';

const tagId = '77777777-7777-4777-8777-777777777777';

describe('filter drafts', () => {
  it('round-trips a saved filter, nesting and NOT included', () => {
    const filter: FilterGroup = {
      type: 'group',
      op: 'and',
      not: false,
      conditions: [
        { type: 'membership', isMember: true },
        {
          type: 'group',
          op: 'or',
          not: true,
          conditions: [
            { type: 'tag', tagIds: [tagId], match: 'all' },
            { type: 'birthYear', from: 1980, to: null },
          ],
        },
      ],
    };
    expect(toFilter(fromFilter(filter))).toEqual({ filter, incomplete: 0 });
  });

  it('leaves out incomplete conditions and empty groups, and counts them', () => {
    const root = newGroup('and');
    const inner = newGroup('or');
    inner.items = [newCondition('tag'), newCondition('gender')];
    root.items = [newCondition('membership'), inner, newGroup('or'), newCondition('text')];
    expect(toFilter(root)).toEqual({
      filter: {
        type: 'group',
        op: 'and',
        not: false,
        conditions: [{ type: 'membership', isMember: true }],
      },
      incomplete: 4,
    });
  });

  it('matches everyone when nothing is left, even in an OR group', () => {
    const root = newGroup('or');
    expect(toFilter(root).filter).toEqual({ type: 'group', op: 'and', not: false, conditions: [] });
  });

  it('says what a condition lacks', () => {
    expect(conditionProblem({ type: 'text', field: 'city', op: 'contains', value: ' ' })).toBe(
      'value',
    );
    expect(conditionProblem({ type: 'text', field: 'city', op: 'isEmpty', value: '' })).toBeNull();
    expect(conditionProblem({ type: 'localGroup', localGroupIds: [], includeNone: true })).toBe(
      null,
    );
    expect(conditionProblem({ type: 'localGroup', localGroupIds: [], includeNone: false })).toBe(
      'localGroup',
    );
    expect(conditionProblem({ type: 'date', field: 'createdAt', from: null, to: null })).toBe(
      'range',
    );
    expect(
      conditionProblem({ type: 'date', field: 'createdAt', from: '2024-05-01', to: '2024-01-01' }),
    ).toBe('order');
    expect(conditionProblem({ type: 'birthYear', from: 1850, to: null })).toBe('invalid');
    expect(conditionProblem({ type: 'custom', fieldId: '', op: 'equals', value: null })).toBe(
      'field',
    );
    expect(conditionProblem({ type: 'custom', fieldId: tagId, op: 'isEmpty', value: null })).toBe(
      null,
    );
    expect(conditionProblem({ type: 'custom', fieldId: tagId, op: 'gt', value: null })).toBe(
      'value',
    );
    expect(conditionProblem({ type: 'consent', purpose: 'calling' })).toBeNull();
  });
});
