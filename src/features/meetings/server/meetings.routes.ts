import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import {
  canManageActivity,
  canReadActivity,
} from '../../activities/schedule/server/activities.policy.ts';
import { meetingPlanRoutes as routes } from '../meetings.contract.ts';
import {
  addAgendaItem,
  deleteAgendaItem,
  getAgendaItem,
  meetingIdOfItem,
  orderAgenda,
  updateAgendaItem,
} from './agenda.queries.ts';
import {
  createMeeting,
  deleteMeeting,
  getMeeting,
  listMeetings,
  updateMeeting,
} from './meetings.queries.ts';
import { bumpLiveVersion } from './live-version.queries.ts';
import {
  getMeetingAccess,
  managedMeetingOf,
  meetingOfRequest,
  meetingConflict,
} from './meetings.policy.ts';
import {
  addPartner,
  deletePartner,
  meetingIdOfPartner,
  setPlanningGroup,
} from './planning.queries.ts';
import {
  createProposal,
  deleteProposal,
  getProposalRow,
  listProposals,
  setSupport,
  takeProposal,
} from './proposals.queries.ts';

// Planning: meetings, agenda, planning group, partners and members' topic proposals.

export function registerMeetingRoutes(app: FastifyInstance) {
  const db = app.db;
  const ok = { ok: true as const };
  const meetingOf = meetingOfRequest;
  const managed = managedMeetingOf;

  addRoute(app, routes.listMeetings, async (request) => {
    const auth = getAuth(request);
    const items = await listMeetings(db, auth, request.query, (row, plannerOf) => {
      const officer = [row.chair_person_id, row.secretary_person_id].includes(auth.personId);
      if (canManageActivity(auth, row) || plannerOf.has(row.id) || officer) return true;
      return canReadActivity(auth, row) ? false : null;
    });
    return { items };
  });
  addRoute(app, routes.getMeeting, async (request) => {
    const access = await meetingOf(request);
    const meeting = await getMeeting(db, getAuth(request), access);
    await auditPeopleRead(request, { list: 'meeting', query: { meetingId: access.id }, count: 1 });
    return meeting;
  });
  addRoute(app, routes.createMeeting, async (request) => {
    const auth = getAuth(request);
    const activity = await db
      .selectFrom('activities')
      .select(['local_group_id', 'contact_person_id', 'visibility', 'publish_at'])
      .where('organization_id', '=', auth.organizationId)
      .where('id', '=', request.body.activityId)
      .executeTakeFirst();
    if (activity && !canManageActivity(auth, activity)) {
      throw new AppError('forbidden', 'Only those who manage the activity make it a meeting');
    }
    const id = await createMeeting(db, auth.organizationId, request.body);
    return getMeeting(db, auth, await getMeetingAccess(db, auth, id));
  });
  addRoute(app, routes.updateMeeting, async (request) => {
    const auth = getAuth(request);
    const access = await managed(request, request.params.id);
    await db
      .transaction()
      .execute((trx) => updateMeeting(trx, auth.organizationId, access.id, request.body));
    return getMeeting(db, auth, await getMeetingAccess(db, auth, access.id));
  });
  addRoute(app, routes.deleteMeeting, async (request) => {
    const access = await managed(request, request.params.id);
    // Published minutes are the association's record: the meeting stays.
    if (access.minutesPublishedAt !== null) throw meetingConflict('minutes_published');
    await deleteMeeting(db, access.organizationId, access.id);
    return ok;
  });
  addRoute(app, routes.setPlanningGroup, async (request) => {
    const access = await managed(request, request.params.id);
    await db
      .transaction()
      .execute((trx) => setPlanningGroup(trx, access.organizationId, access.id, request.body));
    return ok;
  });
  addRoute(app, routes.addPartner, async (request) => {
    const access = await managed(request, request.params.id);
    return addPartner(db, access.organizationId, access.id, request.body);
  });
  addRoute(app, routes.deletePartner, async (request) => {
    const auth = getAuth(request);
    await managed(request, await meetingIdOfPartner(db, auth.organizationId, request.params.id));
    await deletePartner(db, auth.organizationId, request.params.id);
    return ok;
  });

  addRoute(app, routes.addAgendaItem, async (request) => {
    const access = await managed(request, request.params.id);
    const id = await addAgendaItem(db, access.organizationId, access.id, request.body);
    return getAgendaItem(db, access.organizationId, id);
  });
  addRoute(app, routes.updateAgendaItem, async (request) => {
    const auth = getAuth(request);
    const meetingId = await meetingIdOfItem(db, auth.organizationId, request.params.id);
    await managed(request, meetingId);
    await updateAgendaItem(db, auth.organizationId, request.params.id, request.body);
    await bumpLiveVersion(db, meetingId);
    return getAgendaItem(db, auth.organizationId, request.params.id);
  });
  addRoute(app, routes.deleteAgendaItem, async (request) => {
    const auth = getAuth(request);
    const meetingId = await meetingIdOfItem(db, auth.organizationId, request.params.id);
    await managed(request, meetingId);
    await deleteAgendaItem(db, auth.organizationId, request.params.id);
    await bumpLiveVersion(db, meetingId);
    return ok;
  });
  addRoute(app, routes.orderAgenda, async (request) => {
    const access = await managed(request, request.params.id);
    await db
      .transaction()
      .execute((trx) => orderAgenda(trx, access.organizationId, access.id, request.body.itemIds));
    return ok;
  });

  addRoute(app, routes.listTopicProposals, async (request) => {
    const access = await meetingOf(request);
    const items = await listProposals(db, getAuth(request), access.id, access.canManage);
    const named = access.canManage ? items.filter((item) => item.proposer).length : 0;
    await auditPeopleRead(request, {
      list: 'meeting-proposals',
      query: { meetingId: access.id },
      count: named,
    });
    return { items };
  });
  // The answer to a change names nobody: the caller's own proposal, or one they support.
  const proposalAnswer = async (request: FastifyRequest, meetingId: string, id: string) => {
    const [item] = await listProposals(db, getAuth(request), meetingId, false, id);
    return item!;
  };
  addRoute(app, routes.createTopicProposal, async (request) => {
    const access = await meetingOf(request);
    if (access.closedAt !== null) throw meetingConflict('meeting_held');
    const id = await createProposal(db, getAuth(request), access.id, request.body);
    return proposalAnswer(request, access.id, id);
  });
  addRoute(app, routes.deleteTopicProposal, async (request) => {
    const auth = getAuth(request);
    const proposal = await getProposalRow(db, auth.organizationId, request.params.id);
    const access = await getMeetingAccess(db, auth, proposal.meeting_id);
    if (proposal.person_id !== auth.personId && !access.canManage) {
      throw new AppError('forbidden', 'Only the proposer or a planner may remove it');
    }
    if (proposal.agenda_item_id) throw meetingConflict('on_agenda');
    await deleteProposal(db, auth.organizationId, proposal.id);
    return ok;
  });
  for (const [route, on] of [
    [routes.supportTopicProposal, true],
    [routes.unsupportTopicProposal, false],
  ] as const) {
    addRoute(app, route, async (request) => {
      const auth = getAuth(request);
      const proposal = await getProposalRow(db, auth.organizationId, request.params.id);
      await getMeetingAccess(db, auth, proposal.meeting_id);
      await setSupport(db, auth, proposal.id, on);
      return proposalAnswer(request, proposal.meeting_id, proposal.id);
    });
  }
  addRoute(app, routes.takeTopicProposal, async (request) => {
    const auth = getAuth(request);
    const proposal = await getProposalRow(db, auth.organizationId, request.params.id);
    await managed(request, proposal.meeting_id);
    const itemId = await db
      .transaction()
      .execute((trx) => takeProposal(trx, auth.organizationId, proposal, request.body.kind));
    return getAgendaItem(db, auth.organizationId, itemId);
  });
}
