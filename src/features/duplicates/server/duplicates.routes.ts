import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import { reachableGroupIds } from '../../organizations/server/organizations.policy.ts';
import { assertReaches } from '../../people/register/server/people.policy.ts';
import { getPerson } from '../../people/register/server/register.queries.ts';
import { duplicateRoutes as routes } from '../duplicates.contract.ts';
import { listDuplicatePairs, markDistinct } from './duplicates.queries.ts';
import { mergePeople } from './merge.service.ts';

/** How many different people the pairs show. */
function peopleIn(pairs: { first: { id: string }; second: { id: string } }[]) {
  return new Set(pairs.flatMap((pair) => [pair.first.id, pair.second.id])).size;
}

export function registerDuplicateRoutes(app: FastifyInstance) {
  addRoute(app, routes.listDuplicates, async (request) => {
    const items = await listDuplicatePairs(app.db, getAuth(request).organizationId);
    await auditPeopleRead(request, { list: 'duplicates', count: peopleIn(items) });
    return { items };
  });

  addRoute(app, routes.listPersonDuplicates, async (request) => {
    const auth = getAuth(request);
    const person = await getPerson(app.db, auth.organizationId, request.params.id);
    assertReaches(auth, person.localGroup?.id ?? null);
    // Only people the caller may see: a coordinator learns nothing of other groups' members.
    const groupIds = reachableGroupIds(auth);
    const items = await listDuplicatePairs(app.db, auth.organizationId, person.id, groupIds);
    await auditPeopleRead(request, {
      list: 'person-duplicates',
      query: { personId: person.id },
      count: peopleIn(items),
    });
    return { items };
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
