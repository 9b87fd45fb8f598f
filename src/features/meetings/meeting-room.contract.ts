import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { Ref } from '../activities/schedule/activities.contract.ts';
import { defineRoutes } from '../../platform/shared/route.ts';
import {
  Attendee,
  AttendeeInput,
  CheckInInput,
  CurrentItemInput,
  FloorRequestInput,
  LiveState,
  SpeakerEntry,
  SpeakingStatistics,
} from './meeting-live.contract.ts';
import { IdParams, memberRoute, ok } from './meeting-route.contract.ts';

// The meeting in the room: opening and closing, the current item, attendance, the speakers'
// list and its live state, the statistics. Part of `meetingRoutes` (meetings.contract.ts).

const AttendeeParams = z.object({ id: Id, personId: Id });
const PeopleQuery = z.object({ q: z.string().trim().min(1).max(100) });

export const meetingRoomRoutes = defineRoutes({
  getLiveState: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id/live',
    summary: 'The meeting now: item, speaker, queue, attendance (ETag; 304 while unchanged)',
    params: IdParams,
    response: LiveState,
    audit: 'people-read',
  }),
  openMeeting: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/open',
    summary: 'Open the meeting (check-in opens)',
    params: IdParams,
    ...ok,
  }),
  closeMeeting: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/close',
    summary: 'Close the meeting: the running turn ends, the queue is cleared',
    params: IdParams,
    ...ok,
  }),
  setCurrentItem: memberRoute({
    method: 'PUT',
    path: '/api/meetings/:id/current-item',
    summary: 'Move to an agenda item',
    params: IdParams,
    body: CurrentItemInput,
    ...ok,
  }),
  checkIn: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/check-in',
    summary: 'Check in with the code shown in the room',
    params: IdParams,
    body: CheckInInput,
    ...ok,
    problems: ['too_many_requests'],
  }),
  listAttendance: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id/attendance',
    summary: 'Who checked in (those who manage the meeting)',
    params: IdParams,
    response: z.object({ items: z.array(Attendee) }),
    audit: 'people-read',
  }),
  addAttendee: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/attendance',
    summary: 'The chair checks someone in',
    params: IdParams,
    body: AttendeeInput,
    ...ok,
  }),
  removeAttendee: memberRoute({
    method: 'DELETE',
    path: '/api/meetings/:id/attendance/:personId',
    summary: 'Take someone off the attendance',
    params: AttendeeParams,
    ...ok,
  }),
  requestFloor: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/speakers',
    status: 201,
    summary: 'Ask for the floor or a reply (the chair may add someone)',
    params: IdParams,
    body: FloorRequestInput,
    response: SpeakerEntry,
  }),
  withdrawSpeaker: memberRoute({
    method: 'DELETE',
    path: '/api/meeting-speakers/:id',
    summary: 'Leave the speakers’ list (one’s own place, or the chair any)',
    params: IdParams,
    ...ok,
  }),
  startSpeaker: memberRoute({
    method: 'POST',
    path: '/api/meeting-speakers/:id/start',
    summary: 'Give this speaker the floor (ends the running turn)',
    params: IdParams,
    ...ok,
  }),
  stopSpeaker: memberRoute({
    method: 'POST',
    path: '/api/meeting-speakers/:id/stop',
    summary: 'End this turn',
    params: IdParams,
    ...ok,
  }),
  nextSpeaker: memberRoute({
    method: 'POST',
    path: '/api/meetings/:id/speakers/next',
    summary: 'End the running turn and give the floor to the first in the queue',
    params: IdParams,
    ...ok,
  }),
  getSpeakingStatistics: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id/statistics',
    summary: 'Turns and speaking time by gender and first-time speakers: totals only',
    params: IdParams,
    response: SpeakingStatistics,
  }),
  findMeetingPeople: memberRoute({
    method: 'GET',
    path: '/api/meetings/:id/people',
    summary:
      'People of the association by name, for those who manage the meeting to check in, ' +
      'put on the speakers’ list or elect (at most 20)',
    params: IdParams,
    query: PeopleQuery,
    response: z.object({ items: z.array(Ref) }),
    audit: 'people-read',
  }),
});
