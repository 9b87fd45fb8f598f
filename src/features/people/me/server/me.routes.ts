import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { listPersonCommittees } from '../../../organizations/server/committees.queries.ts';
import { meRoutes as routes } from '../me.contract.ts';
import { getProfile, updateProfile } from './me.queries.ts';

export function registerMeRoutes(app: FastifyInstance) {
  addRoute(app, routes.myPage, async (request) => {
    const auth = getAuth(request);
    const profile = await getProfile(app.db, auth.organizationId, auth.personId);
    const committees = await listPersonCommittees(app.db, auth.organizationId, auth.personId);
    const groups = [
      ...(profile.localGroup
        ? [
            {
              id: profile.localGroup.id,
              name: profile.localGroup.name,
              kind: 'local_group' as const,
              title: auth.coordinatedLocalGroupIds.includes(profile.localGroup.id)
                ? 'coordinator'
                : 'member',
            },
          ]
        : []),
      ...committees.map((committee) => ({
        id: committee.id,
        name: committee.name,
        kind: committee.kind,
        title: committee.title,
      })),
    ];
    return { profile, groups };
  });

  addRoute(app, routes.updateMyProfile, async (request) => {
    const auth = getAuth(request);
    return updateProfile(app.db, auth.organizationId, auth.personId, request.body);
  });
}
