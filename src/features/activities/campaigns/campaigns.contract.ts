import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import { Colour } from '../../tags/tags.contract.ts';
import { DateOnly, Ref } from '../schedule/activities.contract.ts';

// Campaigns group activities (activity types are the schedule's: activity-types.contract.ts).

export const Campaign = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  colour: z.string(),
  owner: Ref.nullable(),
  activityCount: z.number().int(),
});

const campaignFields = {
  title: z.string().trim().min(1).max(200),
  description: z.string().max(5000),
  startsOn: DateOnly.nullable(),
  endsOn: DateOnly.nullable(),
  colour: Colour,
  /** The person responsible. */
  ownerId: Id.nullable(),
};
export const CampaignInput = z
  .object({
    ...campaignFields,
    description: campaignFields.description.default(''),
    startsOn: campaignFields.startsOn.default(null),
    endsOn: campaignFields.endsOn.default(null),
    colour: campaignFields.colour.default('#c8102e'),
    ownerId: campaignFields.ownerId.default(null),
  })
  .refine((c) => !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn, {
    path: ['endsOn'],
    message: 'Ends before it starts',
  });
export const CampaignPatch = z.object(campaignFields).partial();

const IdParams = z.object({ id: Id });
const tags = ['activities'];

export const campaignRoutes = defineRoutes({
  listCampaigns: defineRoute({
    method: 'GET',
    path: '/api/campaigns',
    permission: 'activist',
    summary: 'Campaigns, latest first, with how many activities each has',
    tags,
    response: z.object({ items: z.array(Campaign) }),
  }),
  createCampaign: defineRoute({
    method: 'POST',
    path: '/api/campaigns',
    permission: 'organizer',
    summary: 'Create a campaign',
    tags,
    status: 201,
    body: CampaignInput,
    response: Campaign,
  }),
  updateCampaign: defineRoute({
    method: 'PATCH',
    path: '/api/campaigns/:id',
    permission: 'organizer',
    summary: 'Change a campaign',
    tags,
    params: IdParams,
    body: CampaignPatch,
    response: Campaign,
  }),
  deleteCampaign: defineRoute({
    method: 'DELETE',
    path: '/api/campaigns/:id',
    permission: 'organizer',
    summary: 'Delete a campaign; its activities stay, without a campaign',
    tags,
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
});
