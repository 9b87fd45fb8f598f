import type { Person } from '../people.contract.ts';

// Shared by the register's component tests: a person and a tag list (a session, JSON answers
// and the fetch stub are the kernel's, platform/web/web-testing.ts).

export const groupId = 'f1b3cab5-3163-4021-a390-36bfca7b5746';

export function buildPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: '55555555-5555-4555-8555-555555555555',
    firstName: 'Eva',
    lastName: 'Eriksson',
    email: 'eva@example.se',
    phone: '+46701234567',
    address: 'Storgatan 1',
    postcode: '141 30',
    city: 'Huddinge',
    gender: 'woman',
    birthYear: 1985,
    isMember: true,
    memberNumber: '10234',
    memberSince: '2019-03-01',
    membershipStatus: 'active',
    localGroup: { id: groupId, name: 'Flemingsberg' },
    notes: 'Ringer helst på kvällen.\nVill hjälpa till med valstugan.',
    custom: {},
    tags: [{ id: '77777777-7777-4777-8777-777777777777', name: 'Valarbetare', colour: '#c8102e' }],
    hasAccount: false,
    createdAt: '2024-01-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...overrides,
  };
}

export const tagList = {
  groups: [],
  items: [
    {
      id: '77777777-7777-4777-8777-777777777777',
      name: 'Valarbetare',
      colour: '#c8102e',
      groupId: null,
      personCount: 3,
    },
    {
      id: '88888888-8888-4888-8888-888888888888',
      name: 'Dörrknackare',
      colour: '#fab005',
      groupId: null,
      personCount: 0,
    },
  ],
};
