import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { sendPrepared } from '../../../platform/server/response-cache.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { areaRoutes as routes } from '../areas.contract.ts';
import { getAreaSettings, updateAreaSettings } from './area-settings.queries.ts';
import { coverageForPeriod } from './coverage.service.ts';
import { forgetDistrictIndex } from './district-index.cache.ts';
import { importElection, previewElectionImport } from './election-import.service.ts';
import { deleteElection, getElection, listElections } from './elections.queries.ts';
import {
  getLocalGroupDistricts,
  listLocalGroupDistricts,
  setLocalGroupDistricts,
} from './local-group-districts.queries.ts';
import {
  createPriorityArea,
  deletePriorityArea,
  listPriorityAreas,
  updatePriorityArea,
} from './priority-areas.queries.ts';
import {
  forgetElectionAnswers,
  preparedElectionAnswer,
  preparedTopology,
} from './election-answers.cache.ts';

/** An election's kept answers, dropped when it changes. */
function forgetElection(electionId: string) {
  forgetElectionAnswers(electionId);
  forgetDistrictIndex(electionId);
}

export function registerAreaRoutes(app: FastifyInstance) {
  const org = (request: FastifyRequest) => getAuth(request).organizationId;

  addRoute(app, routes.listElections, async (request) => ({
    items: await listElections(app.db, org(request)),
  }));
  // The browser keeps both and asks with the ETag (304 while the import is the same).
  addRoute(app, routes.getElection, async (request, reply) => {
    const organizationId = org(request);
    const { id } = request.params;
    const prepared = await preparedElectionAnswer(app.db, organizationId, id, 'results', () =>
      getElection(app.db, organizationId, id),
    );
    return sendPrepared(request, reply, prepared, 'private, no-cache');
  });
  addRoute(app, routes.getElectionTopology, async (request, reply) => {
    const { id } = request.params;
    const prepared = await preparedTopology(app.db, org(request), id, request.query.level);
    return sendPrepared(request, reply, prepared, 'private, no-cache');
  });
  addRoute(app, routes.deleteElection, async (request) => {
    await deleteElection(app.db, org(request), request.params.id);
    forgetElection(request.params.id);
    return { ok: true as const };
  });

  addRoute(app, routes.previewElectionImport, async (request) =>
    previewElectionImport(app.db, org(request), request.body),
  );
  addRoute(app, routes.importElection, async (request) => {
    const auth = getAuth(request);
    const result = await importElection(app.db, auth.organizationId, request.body, auth.accountId);
    forgetElection(result.election.id);
    return result;
  });

  addRoute(app, routes.getAreaSettings, async (request) => getAreaSettings(app.db, org(request)));
  addRoute(app, routes.updateAreaSettings, async (request) =>
    updateAreaSettings(app.db, org(request), request.body),
  );

  addRoute(app, routes.listPriorityAreas, async (request) => ({
    items: await listPriorityAreas(app.db, org(request)),
  }));
  addRoute(app, routes.createPriorityArea, async (request) => {
    const auth = getAuth(request);
    return createPriorityArea(app.db, auth.organizationId, {
      ...request.body,
      createdBy: auth.accountId,
    });
  });
  addRoute(app, routes.updatePriorityArea, async (request) =>
    updatePriorityArea(app.db, org(request), request.params.id, request.body),
  );
  addRoute(app, routes.deletePriorityArea, async (request) => {
    await deletePriorityArea(app.db, org(request), request.params.id);
    return { ok: true as const };
  });

  addRoute(app, routes.listLocalGroupDistricts, async (request) => ({
    items: await listLocalGroupDistricts(app.db, org(request)),
  }));
  addRoute(app, routes.getLocalGroupDistricts, async (request) =>
    getLocalGroupDistricts(app.db, org(request), request.params.id),
  );
  addRoute(app, routes.setLocalGroupDistricts, async (request) =>
    app.db
      .transaction()
      .execute((trx) =>
        setLocalGroupDistricts(trx, org(request), request.params.id, request.body.districtCodes),
      ),
  );

  addRoute(app, routes.getCoverage, async (request) =>
    coverageForPeriod(app.db, org(request), request.query),
  );
}
