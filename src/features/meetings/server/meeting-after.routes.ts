import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { meetingRecordRoutes as routes } from '../meeting-after.contract.ts';
import { meetingIdOfItem } from './agenda.queries.ts';
import {
  createBoardRole,
  deleteBoardRole,
  listBoardRoles,
  updateBoardRole,
} from './board-roles.queries.ts';
import {
  createDecision,
  createElection,
  deleteDecision,
  listDecisions,
  listElections,
  meetingIdOfDecision,
  meetingIdOfElection,
  setElected,
  updateDecision,
} from './decisions.queries.ts';
import { bumpLiveVersion } from './live-version.queries.ts';
import { meetingNumbersForPeriod } from './meeting-numbers.service.ts';
import { getMeetingAccess, managedMeetingOf } from './meetings.policy.ts';
import { registerMinutesRoutes } from './minutes.routes.ts';
import {
  createTask,
  deleteTask,
  findTaskRow,
  getTask,
  listFollowUp,
  listTasks,
  updateTask,
} from './tasks.queries.ts';

// Decisions and elections, tasks from decisions, board roles and the plan's numbers; the
// minutes' routes are in minutes.routes.ts.

export function registerMeetingAfterRoutes(app: FastifyInstance) {
  const db = app.db;
  const ok = { ok: true as const };
  const org = (request: FastifyRequest) => getAuth(request).organizationId;
  const managed = managedMeetingOf;

  addRoute(app, routes.createDecision, async (request) => {
    const meetingId = await meetingIdOfItem(db, org(request), request.params.id);
    await managed(request, meetingId);
    const id = await createDecision(db, org(request), meetingId, request.params.id, request.body);
    await bumpLiveVersion(db, meetingId);
    return (await listDecisions(db, org(request), meetingId, id))[0]!;
  });
  addRoute(app, routes.updateDecision, async (request) => {
    const meetingId = await meetingIdOfDecision(db, org(request), request.params.id);
    await managed(request, meetingId);
    await updateDecision(db, org(request), request.params.id, request.body);
    return (await listDecisions(db, org(request), meetingId, request.params.id))[0]!;
  });
  addRoute(app, routes.deleteDecision, async (request) => {
    await managed(request, await meetingIdOfDecision(db, org(request), request.params.id));
    await deleteDecision(db, org(request), request.params.id);
    return ok;
  });

  addRoute(app, routes.createMeetingElection, async (request) => {
    const meetingId = await meetingIdOfItem(db, org(request), request.params.id);
    await managed(request, meetingId);
    const id = await db
      .transaction()
      .execute((trx) =>
        createElection(trx, org(request), meetingId, request.params.id, request.body),
      );
    return (await listElections(db, org(request), meetingId, id))[0]!;
  });
  addRoute(app, routes.updateMeetingElection, async (request) => {
    const { id } = request.params;
    const meetingId = await meetingIdOfElection(db, org(request), id);
    await managed(request, meetingId);
    const { office, note, elected } = request.body;
    await db.transaction().execute(async (trx) => {
      if (office !== undefined || note !== undefined) {
        await trx
          .updateTable('meeting_elections')
          .set({ ...(office !== undefined && { office }), ...(note !== undefined && { note }) })
          .where('organization_id', '=', org(request))
          .where('id', '=', id)
          .execute();
      }
      if (elected) await setElected(trx, org(request), id, elected);
    });
    return (await listElections(db, org(request), meetingId, id))[0]!;
  });
  addRoute(app, routes.deleteMeetingElection, async (request) => {
    await managed(request, await meetingIdOfElection(db, org(request), request.params.id));
    await db
      .deleteFrom('meeting_elections')
      .where('organization_id', '=', org(request))
      .where('id', '=', request.params.id)
      .execute();
    return ok;
  });

  registerMinutesRoutes(app);

  // Tasks: those of meetings the caller may read.
  const readable = async (request: FastifyRequest, meetingIds: string[]) => {
    const allowed = new Set<string>();
    for (const id of meetingIds) {
      const access = await getMeetingAccess(db, getAuth(request), id).catch(() => null);
      if (access) allowed.add(id);
    }
    return allowed;
  };
  addRoute(app, routes.listTasks, async (request) => {
    const items = await listTasks(
      db,
      getAuth(request),
      request.query,
      (ids) => readable(request, ids),
      new Date(),
    );
    await auditPeopleRead(request, {
      list: 'meeting-tasks',
      query: { ...request.query },
      count: items.filter((task) => task.responsible).length,
    });
    return { items };
  });
  addRoute(app, routes.getFollowUp, async (request) => {
    const access = await getMeetingAccess(db, getAuth(request), request.params.id);
    const all = await listFollowUp(db, access.organizationId, access.id, new Date());
    const allowed = await readable(request, [...new Set(all.map((task) => task.meetingId))]);
    const items = all.filter((task) => allowed.has(task.meetingId));
    await auditPeopleRead(request, {
      list: 'meeting-follow-up',
      query: { meetingId: access.id },
      count: items.filter((task) => task.responsible).length,
    });
    return { items };
  });
  addRoute(app, routes.createTask, async (request) => {
    const meetingId = await meetingIdOfDecision(db, org(request), request.params.id);
    await managed(request, meetingId);
    const decision = { id: request.params.id, meetingId };
    const id = await createTask(db, org(request), decision, request.body, new Date());
    return getTask(db, org(request), id, new Date());
  });
  addRoute(app, routes.updateTask, async (request) => {
    const auth = getAuth(request);
    const task = await findTaskRow(db, auth.organizationId, request.params.id);
    const access = await getMeetingAccess(db, auth, task.meeting_id);
    // The responsible person reports on their own task: its status and follow-up note.
    const ownReport = Object.keys(request.body).every((key) =>
      ['status', 'followUpNote'].includes(key),
    );
    if (!access.canManage && !(task.responsible_person_id === auth.personId && ownReport)) {
      throw new AppError('forbidden', 'Only the meeting’s planners change this task');
    }
    await updateTask(db, auth.organizationId, task.id, request.body, new Date());
    return getTask(db, auth.organizationId, task.id, new Date());
  });
  addRoute(app, routes.deleteTask, async (request) => {
    const task = await findTaskRow(db, org(request), request.params.id);
    await managed(request, task.meeting_id);
    await deleteTask(db, org(request), task.id);
    return ok;
  });

  addRoute(app, routes.listBoardRoles, async (request) => {
    const items = await listBoardRoles(db, org(request));
    await auditPeopleRead(request, {
      list: 'board-roles',
      count: items.filter((role) => role.person).length,
    });
    return { items };
  });
  addRoute(app, routes.createBoardRole, async (request) =>
    createBoardRole(db, org(request), request.body),
  );
  addRoute(app, routes.updateBoardRole, async (request) =>
    updateBoardRole(db, org(request), request.params.id, request.body),
  );
  addRoute(app, routes.deleteBoardRole, async (request) => {
    await deleteBoardRole(db, org(request), request.params.id);
    return ok;
  });
  addRoute(app, routes.getMeetingNumbers, async (request) =>
    meetingNumbersForPeriod(db, org(request), request.query),
  );
}
