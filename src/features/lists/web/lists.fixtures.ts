import type { List } from './useLists.ts';

// Shared by the lists' component tests: a saved list as the server presents it.

export const listId = '99999999-9999-4999-8999-999999999999';

export function buildList(overrides: Partial<List> = {}): List {
  return {
    id: listId,
    name: 'Valarbetare i Flemingsberg',
    description: 'Att ringa inför valet.',
    filter: {
      type: 'group',
      op: 'and',
      not: false,
      conditions: [{ type: 'membership', isMember: true }],
    },
    sort: { field: 'lastName', direction: 'asc' },
    columns: [],
    isShared: false,
    owner: {
      accountId: '11111111-1111-4111-8111-111111111111',
      firstName: 'Anna',
      lastName: 'Svensson',
    },
    isMine: true,
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}
