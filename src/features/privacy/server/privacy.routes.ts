import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../platform/shared/app-error.ts';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { recordAudit } from '../../audit/server/audit.queries.ts';
import { getPerson } from '../../people/register/server/register.queries.ts';
import { assertReaches } from '../../people/register/server/people.policy.ts';
import { privacyRoutes as routes } from '../privacy.contract.ts';
import { listConsents, recordConsent, withdrawConsent } from './consents.queries.ts';
import { erasePerson } from './erase.queries.ts';
import { collectMyData, myDataAsCsv } from './my-data.ts';
import { registerRetentionRoutes } from './retention.routes.ts';

export function registerPrivacyRoutes(app: FastifyInstance) {
  const parts = () => [...app.personData.values()];
  /** The person, if the caller reaches them (else 404). */
  const reachable = async (request: FastifyRequest, personId: string) => {
    const auth = getAuth(request);
    const person = await getPerson(app.db, auth.organizationId, personId);
    assertReaches(auth, person.localGroup?.id ?? null);
    return { auth, person };
  };

  addRoute(app, routes.listConsents, async (request) => {
    const { auth } = await reachable(request, request.params.id);
    const items = await listConsents(app.db, auth.organizationId, request.params.id);
    await auditPeopleRead(request, { personId: request.params.id, part: 'consents' });
    return { items };
  });

  addRoute(app, routes.recordConsent, async (request) => {
    const { auth } = await reachable(request, request.params.id);
    return app.db.transaction().execute(async (trx) => {
      const consent = await recordConsent(trx, {
        ...request.body,
        organizationId: auth.organizationId,
        personId: request.params.id,
        accountId: auth.accountId,
      });
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'person.consent',
        personId: request.params.id,
        details: { purpose: consent.purpose, change: 'given' },
      });
      return consent;
    });
  });

  addRoute(app, routes.withdrawConsent, async (request) => {
    const { auth } = await reachable(request, request.params.id);
    const consent = await withdrawConsent(
      app.db,
      auth.organizationId,
      request.params.id,
      request.params.consentId,
    );
    await recordAudit(app.db, {
      organizationId: auth.organizationId,
      accountId: auth.accountId,
      action: 'person.consent',
      personId: request.params.id,
      details: { purpose: consent.purpose, change: 'withdrawn' },
    });
    return consent;
  });

  addRoute(app, routes.myData, async (request) => {
    const auth = getAuth(request);
    return collectMyData(app.db, parts(), auth);
  });

  addRoute(app, routes.myDataCsv, async (request) => {
    const auth = getAuth(request);
    const data = await collectMyData(app.db, parts(), auth);
    return {
      filename: `mina-uppgifter-${data.downloadedAt.slice(0, 10)}.csv`,
      content: myDataAsCsv(data),
    };
  });

  addRoute(app, routes.erasePerson, async (request) => {
    const auth = getAuth(request);
    await getPerson(app.db, auth.organizationId, request.params.id);
    if (request.params.id === auth.personId) {
      throw new AppError('conflict', 'Another admin must erase you');
    }
    const erasedAt = await app.db.transaction().execute(async (trx) => {
      const at = await erasePerson(
        trx,
        parts(),
        {
          organizationId: auth.organizationId,
          personId: request.params.id,
        },
        app.events,
      );
      await recordAudit(trx, {
        organizationId: auth.organizationId,
        accountId: auth.accountId,
        action: 'person.erase',
        personId: request.params.id,
      });
      return at;
    });
    return { ok: true as const, erasedAt: erasedAt.toISOString() };
  });

  registerRetentionRoutes(app);
}
