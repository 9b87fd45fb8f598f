import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../platform/shared/app-error.ts';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { organizationRoutes as routes } from '../organizations.contract.ts';
import { listCommittees } from './committees.queries.ts';
import {
  createLocalGroup,
  deleteLocalGroup,
  getLocalGroup,
  listLocalGroupMembers,
  listLocalGroups,
  updateLocalGroup,
} from './local-groups.queries.ts';
import {
  findOrganizationBySlug,
  getOrganization,
  listAncestors,
  listAssociations,
} from './organizations.queries.ts';
import { assertCanSeeGroupMembers, assertCanUpdateLocalGroup } from './organizations.policy.ts';

export function registerOrganizationRoutes(app: FastifyInstance) {
  addRoute(app, routes.current, async (request) => {
    const organization = await getOrganization(app.db, getAuth(request).organizationId);
    return {
      id: organization.id,
      slug: organization.slug,
      name: organization.name,
      kind: organization.kind,
      ancestors: await listAncestors(app.db, organization),
    };
  });

  addRoute(app, routes.listLocalGroups, async (request) => ({
    items: await listLocalGroups(app.db, getAuth(request).organizationId),
  }));

  addRoute(app, routes.getLocalGroup, async (request) =>
    getLocalGroup(app.db, getAuth(request).organizationId, request.params.id),
  );

  addRoute(app, routes.createLocalGroup, async (request) =>
    createLocalGroup(app.db, getAuth(request).organizationId, request.body),
  );

  addRoute(app, routes.updateLocalGroup, async (request) => {
    const auth = getAuth(request);
    await getLocalGroup(app.db, auth.organizationId, request.params.id);
    assertCanUpdateLocalGroup(auth, request.params.id, request.body);
    return updateLocalGroup(app.db, auth.organizationId, request.params.id, request.body);
  });

  addRoute(app, routes.deleteLocalGroup, async (request) => {
    await deleteLocalGroup(app.db, getAuth(request).organizationId, request.params.id);
    return { ok: true as const };
  });

  addRoute(app, routes.listLocalGroupMembers, async (request) => {
    const auth = getAuth(request);
    await getLocalGroup(app.db, auth.organizationId, request.params.id);
    assertCanSeeGroupMembers(auth, request.params.id);
    const items = await listLocalGroupMembers(app.db, auth.organizationId, request.params.id);
    await auditPeopleRead(request, {
      list: 'group-members',
      query: { localGroupId: request.params.id },
      count: items.length,
    });
    return { items };
  });

  addRoute(app, routes.listCommittees, async (request) => ({
    items: await listCommittees(app.db, getAuth(request).organizationId),
  }));

  addRoute(app, routes.listPublicAssociations, async () => ({
    items: await listAssociations(app.db),
  }));

  addRoute(app, routes.publicOrganization, async (request) => {
    const organization = await findOrganizationBySlug(app.db, request.params.slug);
    if (!organization || organization.kind !== 'association') {
      throw new AppError('not_found', 'No such association');
    }
    const groups = await listLocalGroups(app.db, organization.id);
    return {
      slug: organization.slug,
      name: organization.name,
      ancestors: await listAncestors(app.db, organization),
      localGroups: groups.map(({ id, name, areaDescription }) => ({ id, name, areaDescription })),
    };
  });
}
