import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import { reachableGroupIds } from '../../organizations/server/organizations.policy.ts';
import { assertReaches } from '../../people/register/server/people.policy.ts';
import { getPerson } from '../../people/register/server/register.queries.ts';
import { duplicateRoutes as routes } from '../duplicates.contract.ts';
import { listDuplicatePairs, markDistinct } from './duplicates.queries.ts';
import { mergePeople } from './merge.service.ts';

export function registerDuplicateRoutes(app: FastifyInstance) {
  addRoute(app, routes.listDuplicates, async (request) => ({
    items: await listDuplicatePairs(app.db, getAuth(request).organizationId),
  }));

  addRoute(app, routes.listPersonDuplicates, async (request) => {
    const auth = getAuth(request);
    const person = await getPerson(app.db, auth.organizationId, request.params.id);
    assertReaches(auth, person.localGroup?.id ?? null);
    // Only people the caller may see: a coordinator learns nothing of other groups' members.
    const groupIds = reachableGroupIds(auth);
    return {
      items: await listDuplicatePairs(app.db, auth.organizationId, request.params.id, groupIds),
    };
  });

  addRoute(app, routes.markDistinct, async (request) => {
    const auth = getAuth(request);
    await Promise.all(
      [request.body.firstId, request.body.secondId].map((id) =>
        getPerson(app.db, auth.organizationId, id),
      ),
    );
    await markDistinct(app.db, {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      ids: [request.body.firstId, request.body.secondId],
    });
    return { ok: true as const };
  });

  addRoute(app, routes.mergePeople, async (request) => {
    const auth = getAuth(request);
    await app.db.transaction().execute(async (trx) => {
      await mergePeople(
        trx,
        [...app.personData.values()],
        {
          ...request.body,
          organizationId: auth.organizationId,
        },
        app.events,
      );
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'people.merge',
        personId: request.body.keepId,
        details: { mergedId: request.body.mergeId, took: request.body.take },
      });
    });
    return getPerson(app.db, auth.organizationId, request.body.keepId);
  });
}
