import type { z } from 'zod';
import type { Campaign } from '../campaigns.contract.ts';
import { campaignId } from '../../schedule/web/schedule.fixtures.ts';

// Campaigns as the API answers with them, for component tests; the activities of
// schedule.fixtures.ts belong to this one.

export const campaigns: { items: z.output<typeof Campaign>[] } = {
  items: [
    {
      id: campaignId,
      title: 'Valet 2026',
      description: '',
      startsOn: '2026-01-01',
      endsOn: '2026-09-13',
      colour: '#1971c2',
      owner: null,
      activityCount: 4,
    },
  ],
};
