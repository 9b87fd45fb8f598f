import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { campaignRoutes as routes } from '../campaigns.contract.ts';
import {
  createCampaign,
  deleteCampaign,
  listCampaigns,
  updateCampaign,
} from './campaigns.queries.ts';

export function registerCampaignRoutes(app: FastifyInstance) {
  const org = (request: Parameters<typeof getAuth>[0]) => getAuth(request).organizationId;

  addRoute(app, routes.listCampaigns, async (request) => ({
    items: await listCampaigns(app.db, org(request)),
  }));
  addRoute(app, routes.createCampaign, async (request) =>
    createCampaign(app.db, org(request), request.body),
  );
  addRoute(app, routes.updateCampaign, async (request) =>
    updateCampaign(app.db, org(request), request.params.id, request.body),
  );
  addRoute(app, routes.deleteCampaign, async (request) => {
    await deleteCampaign(app.db, org(request), request.params.id);
    return { ok: true as const };
  });
}
