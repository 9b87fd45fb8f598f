import type { z } from 'zod';
import type { Activity, ActivityListItem, ShiftSummary } from '../activities.contract.ts';
import { type ActivityType } from '../activity-types.contract.ts';

// Shared by the activities pages' component tests: activities, shifts, types and local groups as
// the API answers with them (campaigns and sign-ups in campaigns.fixtures.ts and
// signups.fixtures.ts of their capabilities). The people are invented.

export const typeId = 'a1111111-1111-4111-8111-111111111111';
export const doorTypeId = 'a2222222-2222-4222-8222-222222222222';
export const campaignId = 'c1111111-1111-4111-8111-111111111111';
export const groupId = 'f1b3cab5-3163-4021-a390-36bfca7b5746';
export const activityId = 'b1111111-1111-4111-8111-111111111111';

export function buildShiftSummary(
  overrides: Partial<z.output<typeof ShiftSummary>> = {},
): z.output<typeof ShiftSummary> {
  return {
    id: 'd1111111-1111-4111-8111-111111111111',
    title: '',
    startsAt: '2025-05-10T08:00:00.000Z',
    endsAt: '2025-05-10T10:00:00.000Z',
    capacity: 10,
    wanted: 8,
    confirmed: 3,
    waiting: 0,
    mySignup: null,
    ...overrides,
  };
}

export function buildListItem(
  overrides: Partial<z.output<typeof ActivityListItem>> = {},
): z.output<typeof ActivityListItem> {
  return {
    id: activityId,
    title: 'Flygblad vid Huddinge centrum',
    type: { id: typeId, key: 'leafleting', name: 'Flygbladsutdelning' },
    campaign: { id: campaignId, title: 'Valet 2026', colour: '#1971c2' },
    localGroup: { id: groupId, name: 'Flemingsberg' },
    place: 'Huddinge centrum, vid fontänen',
    latitude: null,
    longitude: null,
    startsAt: '2025-05-10T08:00:00.000Z',
    endsAt: '2025-05-10T10:00:00.000Z',
    visibility: 'members',
    publishAt: null,
    isPublished: true,
    cancelledAt: null,
    seriesId: null,
    shifts: [buildShiftSummary()],
    ...overrides,
  };
}

export function buildActivityDetail(
  overrides: Partial<z.output<typeof Activity>> = {},
): z.output<typeof Activity> {
  return {
    ...buildListItem(),
    description: 'Vi delar ut **flygblad**.',
    descriptionHtml: '<p>Vi delar ut <strong>flygblad</strong>.</p>\n',
    latitude: 59.2367,
    longitude: 17.9813,
    contactPerson: { id: '55555555-5555-4555-8555-555555555555', name: 'Eva Eriksson' },
    cancelReason: null,
    signupCutoffMinutes: 120,
    reminderOffsetMinutes: 1440,
    sequence: 0,
    imageUrl: null,
    series: null,
    occurrenceDate: null,
    canManage: true,
    canSeeSignups: true,
    createdAt: '2025-04-01T10:00:00.000Z',
    updatedAt: '2025-04-01T10:00:00.000Z',
    ...overrides,
  };
}

export const activityTypes: { items: z.output<typeof ActivityType>[] } = {
  items: [
    {
      id: typeId,
      key: 'leafleting',
      name: 'Flygbladsutdelning',
      position: 0,
      isArchived: false,
      reportKinds: ['leaflets', 'conversations'],
    },
    {
      id: doorTypeId,
      key: 'door_knocking',
      name: 'Dörrknackning',
      position: 1,
      isArchived: false,
      reportKinds: ['doorsKnocked', 'conversations', 'newContacts'],
    },
  ],
};

export const localGroups = {
  items: [
    { id: groupId, name: 'Flemingsberg', areaDescription: '', coordinator: null, memberCount: 12 },
  ],
};
