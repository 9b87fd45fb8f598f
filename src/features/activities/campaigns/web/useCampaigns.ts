import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../../platform/web/api.ts';
import { campaignRoutes } from '../campaigns.contract.ts';

// The organizer's campaign queries; a change to a campaign refreshes the activities too
// (`activitiesQueryKey` in schedule/web/useActivities.ts).

export const campaignsQueryKey = ['campaigns'] as const;

export function useCampaigns() {
  return useQuery({
    queryKey: campaignsQueryKey,
    queryFn: () => callApi(campaignRoutes.listCampaigns),
  });
}
