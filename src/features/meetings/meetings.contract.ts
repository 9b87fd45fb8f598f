// CONTRACT v1
import { z } from 'zod';
import { meetingRoomRoutes } from './meeting-room.contract.ts';
import { meetingRecordRoutes } from './meeting-after.contract.ts';
import { IdParams, memberRoute, ok, organizerRoute } from './meeting-route.contract.ts';
import {
  AgendaItem,
  AgendaItemInput,
  AgendaItemPatch,
  AgendaOrderInput,
  Meeting,
  MeetingInput,
  MeetingListItem,
  MeetingListQuery,
  MeetingPatch,
  Partner,
  PartnerInput,
  PlanningInput,
  TakeProposalInput,
  TopicProposal,
  TopicProposalInput,
} from './meeting-plan.contract.ts';
import { defineRoutes } from '../../platform/shared/route.ts';

// Meetings: every route, in one table (`meetingRoutes`). Planning is declared here; the meeting
// in the room in meeting-room.contract.ts, what it leaves behind in meeting-after.contract.ts.
// The schemas are in meeting-plan (the meeting, its agenda, planning group, partners, members'
// topics), meeting-live (attendance, the speakers' list, live state, statistics) and
// meeting-records (decisions, elections, minutes, tasks, board roles, numbers for the plan).

export const meetingPlanRoutes = defineRoutes({
  // Planning
  listMeetings: memberRoute({
    method: 'GET',
    path: '/api/meetings',
    summary: 'Meetings the caller may see, by start',
    query: MeetingListQuery,
    response: z.object({ items: z.array(MeetingListItem) }),
  }),
  getMeeting: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id',
    summary: 'A meeting with its agenda, decisions, elections, planners and partners',
    params: IdParams,
    response: Meeting,
    audit: 'people-read',
  }),
  /** Those who manage the activity (organizers, the local group's coordinator). */
  createMeeting: memberRoute({
    method: 'POST',
    path: '/api/meetings',
    status: 201,
    summary: 'Make an activity a meeting (one meeting per activity)',
    body: MeetingInput,
    response: Meeting,
  }),
  updateMeeting: memberRoute({
    method: 'PATCH',
    path: '/api/meetings/:id',
    summary: 'Change a meeting’s kind, theme and rules',
    params: IdParams,
    body: MeetingPatch,
    response: Meeting,
  }),
  deleteMeeting: organizerRoute({
    method: 'DELETE',
    path: '/api/meetings/:id',
    summary: 'Delete a meeting and everything in it; its activity stays',
    params: IdParams,
    ...ok,
  }),
  setPlanningGroup: memberRoute({
    method: 'PUT',
    path: '/api/meetings/:id/planning-group',
    summary: 'Set the planners and the committee (council group) planning the meeting',
    params: IdParams,
    body: PlanningInput,
    ...ok,
  }),
  addPartner: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/partners',
    status: 201,
    summary: 'Invite a partner or another association',
    params: IdParams,
    body: PartnerInput,
    response: Partner,
  }),
  deletePartner: memberRoute({
    method: 'DELETE',
    path: '/api/meeting-partners/:id',
    summary: 'Remove an invited partner',
    params: IdParams,
    ...ok,
  }),
  addAgendaItem: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/agenda',
    status: 201,
    summary: 'Add an item at the end of the agenda',
    params: IdParams,
    body: AgendaItemInput,
    response: AgendaItem,
  }),
  updateAgendaItem: memberRoute({
    method: 'PATCH',
    path: '/api/agenda-items/:id',
    summary: 'Change an agenda item',
    params: IdParams,
    body: AgendaItemPatch,
    response: AgendaItem,
  }),
  deleteAgendaItem: memberRoute({
    method: 'DELETE',
    path: '/api/agenda-items/:id',
    summary: 'Delete an agenda item with its speakers, decisions and elections',
    params: IdParams,
    ...ok,
  }),
  orderAgenda: memberRoute({
    method: 'PUT',
    path: '/api/meetings/:id/agenda/order',
    summary: 'Put the agenda in this order (every item once)',
    params: IdParams,
    body: AgendaOrderInput,
    ...ok,
  }),
  listTopicProposals: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id/proposals',
    summary: 'Topics members proposed, ranked by support (proposers shown to planners only)',
    params: IdParams,
    response: z.object({ items: z.array(TopicProposal) }),
    audit: 'people-read',
  }),
  createTopicProposal: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/proposals',
    status: 201,
    summary: 'Propose a topic or theme for the meeting',
    params: IdParams,
    body: TopicProposalInput,
    response: TopicProposal,
  }),
  deleteTopicProposal: memberRoute({
    method: 'DELETE',
    path: '/api/topic-proposals/:id',
    summary: 'Withdraw one’s own proposal (a planner may remove any) before it is taken up',
    params: IdParams,
    ...ok,
  }),
  supportTopicProposal: memberRoute({
    method: 'PUT',
    path: '/api/topic-proposals/:id/support',
    summary: 'Support a proposal (once per member)',
    params: IdParams,
    response: TopicProposal,
  }),
  unsupportTopicProposal: memberRoute({
    method: 'DELETE',
    path: '/api/topic-proposals/:id/support',
    summary: 'Take back one’s support',
    params: IdParams,
    response: TopicProposal,
  }),
  takeTopicProposal: memberRoute({
    method: 'POST',
    path: '/api/topic-proposals/:id/take',
    status: 201,
    summary: 'Take a proposal onto the agenda as a new item',
    params: IdParams,
    body: TakeProposalInput,
    response: AgendaItem,
  }),
});

/** Every meetings route: its key is its operationId. */
export const meetingRoutes = {
  ...meetingPlanRoutes,
  ...meetingRoomRoutes,
  ...meetingRecordRoutes,
};
