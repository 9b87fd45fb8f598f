import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { auditPeopleRead, describeSearchText } from '../../../../platform/server/people-read.ts';
import { recordAudit } from '../../../audit/server/audit.queries.ts';
import { registerRoutes as routes } from '../people.contract.ts';
import { reachableGroupIds } from '../../../organizations/server/organizations.policy.ts';
import { assertMayPlaceIn, assertReaches } from './people.policy.ts';
import { createPerson, getPerson, listPeople, updatePerson } from './register.queries.ts';

export function registerRegisterRoutes(app: FastifyInstance) {
  addRoute(app, routes.listPeople, async (request) => {
    const auth = getAuth(request);
    const { q, localGroupId, isMember, limit, offset } = request.query;
    const page = await listPeople(app.db, auth.organizationId, {
      ...request.query,
      groupIds: reachableGroupIds(auth),
    });
    await auditPeopleRead(request, {
      list: 'register',
      query: {
        q: describeSearchText(q),
        localGroupId: localGroupId ?? null,
        isMember: isMember ?? null,
      },
      page: { offset, limit },
      count: page.items.length,
    });
    return page;
  });

  addRoute(app, routes.getPerson, async (request) => {
    const auth = getAuth(request);
    const person = await getPerson(app.db, auth.organizationId, request.params.id);
    assertReaches(auth, person.localGroup?.id ?? null);
    await auditPeopleRead(request, { personId: person.id });
    return person;
  });

  addRoute(app, routes.createPerson, async (request) => {
    const auth = getAuth(request);
    assertMayPlaceIn(auth, request.body.localGroupId ?? null);
    return app.db.transaction().execute(async (trx) => {
      const person = await createPerson(trx, auth.organizationId, request.body);
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'person.create',
        personId: person.id,
      });
      return person;
    });
  });

  addRoute(app, routes.updatePerson, async (request) => {
    const auth = getAuth(request);
    const before = await getPerson(app.db, auth.organizationId, request.params.id);
    assertReaches(auth, before.localGroup?.id ?? null);
    assertMayPlaceIn(auth, request.body.localGroupId);
    return app.db.transaction().execute(async (trx) => {
      const person = await updatePerson(trx, auth.organizationId, before.id, request.body);
      // Old → new only for what an erased person's row keeps anyway (membership, local group).
      const changes = Object.fromEntries(
        (
          [
            ['isMember', before.isMember, person.isMember],
            ['membershipStatus', before.membershipStatus, person.membershipStatus],
            ['localGroupId', before.localGroup?.id ?? null, person.localGroup?.id ?? null],
          ] as const
        )
          .filter(([, from, to]) => from !== to)
          .map(([field, from, to]) => [field, { from, to }]),
      );
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'person.update',
        personId: person.id,
        // Which fields changed, never their values (but for `changes` above).
        details: {
          fields: Object.keys(request.body).sort(),
          ...(Object.keys(changes).length > 0 ? { changes } : {}),
        },
      });
      return person;
    });
  });
}
