import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import { reachableGroupIds } from '../../organizations/server/organizations.policy.ts';
import { tagRoutes as routes } from '../tags.contract.ts';
import {
  createTag,
  createTagGroup,
  deleteTag,
  deleteTagGroup,
  listTags,
  tagPeople,
  updateTag,
} from './tags.queries.ts';

export function registerTagRoutes(app: FastifyInstance) {
  const organizationOf = (request: Parameters<typeof getAuth>[0]) =>
    getAuth(request).organizationId;

  addRoute(app, routes.listTags, async (request) => listTags(app.db, organizationOf(request)));
  addRoute(app, routes.createTag, async (request) =>
    createTag(app.db, organizationOf(request), request.body),
  );
  addRoute(app, routes.updateTag, async (request) =>
    updateTag(app.db, organizationOf(request), request.params.id, request.body),
  );
  addRoute(app, routes.deleteTag, async (request) => {
    await deleteTag(app.db, organizationOf(request), request.params.id);
    return { ok: true as const };
  });
  addRoute(app, routes.createTagGroup, async (request) =>
    createTagGroup(app.db, organizationOf(request), request.body.name),
  );
  addRoute(app, routes.deleteTagGroup, async (request) => {
    await deleteTagGroup(app.db, organizationOf(request), request.params.id);
    return { ok: true as const };
  });

  addRoute(app, routes.tagPeople, async (request) => {
    const auth = getAuth(request);
    return app.db.transaction().execute(async (trx) => {
      const changed = await tagPeople(trx, {
        ...request.body,
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        groupIds: reachableGroupIds(auth),
      });
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'people.tag',
        details: {
          action: request.body.action,
          tagIds: request.body.tagIds,
          people: request.body.personIds.length,
          // By id, so that each person's timeline shows tags taken off them.
          personIds: request.body.personIds,
          changed,
        },
      });
      return { changed };
    });
  });
}
