import type { FastifyInstance } from 'fastify';
import { getAuth, type Auth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { activityRoutes as routes } from '../activities.contract.ts';
import { getActivity, getActivityRow, listActivities } from './activities.queries.ts';
import {
  assertCanManage,
  assertCanRead,
  assertMayPlaceIn,
  canManageActivity,
  canSeeSignups,
  readerOf,
} from './activities.policy.ts';
import {
  cancelActivity,
  deleteActivity,
  insertActivity,
  assertReferences,
  updateActivity,
} from './activity-write.service.ts';
import { createSeries } from './series.service.ts';
import { registerShiftRoutes } from './shifts.routes.ts';

export function registerActivityRoutes(app: FastifyInstance) {
  /** The activity as this caller sees it. */
  const present = async (auth: Auth, id: string) => {
    const row = await getActivityRow(app.db, auth.organizationId, id);
    assertCanRead(auth, row);
    return getActivity(app.db, auth.organizationId, id, {
      personId: auth.personId,
      canManage: canManageActivity(auth, row),
      canSeeSignups: canSeeSignups(auth, row),
    });
  };

  addRoute(app, routes.listActivities, async (request) => {
    const auth = getAuth(request);
    const items = await listActivities(app.db, {
      ...request.query,
      organizationId: auth.organizationId,
      reader: readerOf(auth),
    });
    return { items };
  });

  addRoute(app, routes.getActivity, async (request) =>
    present(getAuth(request), request.params.id),
  );

  addRoute(app, routes.createActivity, async (request) => {
    const auth = getAuth(request);
    assertMayPlaceIn(auth, request.body.localGroupId);
    const id = await app.db.transaction().execute(async (trx) => {
      await assertReferences(trx, auth.organizationId, request.body);
      return insertActivity(trx, {
        ...request.body,
        organizationId: auth.organizationId,
        createdBy: auth.accountId,
      });
    });
    return present(auth, id);
  });

  addRoute(app, routes.updateActivity, async (request) => {
    const auth = getAuth(request);
    const row = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanManage(auth, row);
    if (request.body.localGroupId !== undefined) assertMayPlaceIn(auth, request.body.localGroupId);
    await app.db.transaction().execute(async (trx) => {
      await updateActivity(trx, app.events, auth.organizationId, row.id, request.body);
    });
    return present(auth, row.id);
  });

  addRoute(app, routes.cancelActivity, async (request) => {
    const auth = getAuth(request);
    const row = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanManage(auth, row);
    await app.db
      .transaction()
      .execute((trx) => cancelActivity(trx, app.events, auth.organizationId, row.id, request.body));
    return present(auth, row.id);
  });

  addRoute(app, routes.deleteActivity, async (request) => {
    const auth = getAuth(request);
    const row = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanManage(auth, row);
    const deleted = await app.db
      .transaction()
      .execute((trx) => deleteActivity(trx, auth.organizationId, row.id, request.query.scope));
    return { deleted };
  });

  addRoute(app, routes.createSeries, async (request) => {
    const auth = getAuth(request);
    assertMayPlaceIn(auth, request.body.activity.localGroupId);
    if (request.body.activity.shifts.length > 20) {
      throw new AppError('validation', 'A series may have at most 20 shifts per occurrence', {
        errors: [{ path: 'body.activity.shifts', code: 'too_big', message: 'Too many shifts' }],
      });
    }
    return app.db.transaction().execute((trx) =>
      createSeries(trx, {
        ...request.body,
        organizationId: auth.organizationId,
        createdBy: auth.accountId,
      }),
    );
  });

  registerShiftRoutes(app);
}
