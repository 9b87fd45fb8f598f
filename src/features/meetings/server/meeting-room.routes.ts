import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAuth, hasPermission } from '../../../platform/server/auth.ts';
import { auditPeopleRead, describeSearchText } from '../../../platform/server/people-read.ts';
import { matchesNoneMatch } from '../../../platform/server/response-cache.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { meetingRoomRoutes as routes } from '../meeting-room.contract.ts';
import { liveVersion } from './live-version.queries.ts';
import { inMeetingTransaction } from './meeting-lock.ts';
import { getLiveState } from './live.queries.ts';
import {
  assertCanSeeStatistics,
  getMeetingAccess,
  managedMeetingOf,
  meetingOfRequest,
} from './meetings.policy.ts';
import {
  addAttendee,
  checkIn,
  closeMeeting,
  getSpeakingStatistics,
  openMeeting,
  removeAttendee,
  setCurrentItem,
} from './room.service.ts';
import { isFirstTimeSpeaker } from '../speaker-order.ts';
import { listAttendance } from './meeting-people.queries.ts';
import { findPeopleByName, namesOf, refOf } from './people-names.queries.ts';
import {
  getSpeakerRow,
  spokenAtMeeting,
  nextSpeaker,
  requestFloor,
  startSpeaker,
  stopSpeaker,
  withdrawSpeaker,
} from './speakers.service.ts';

// The meeting in the room. Every change runs in a transaction and raises the live version, so
// polls from any server process see it.

export function registerMeetingRoomRoutes(app: FastifyInstance) {
  const db = app.db;
  const ok = { ok: true as const };
  const meetingOf = meetingOfRequest;
  const managed = managedMeetingOf;

  addRoute(app, routes.getLiveState, async (request, reply) => {
    const auth = getAuth(request);
    const access = await meetingOf(request);
    // One indexed read decides: the same version is the same answer for this caller. The tag
    // names the caller, whose own part (place, chair's view) is in the answer.
    const etag = `W/"${await liveVersion(db, access.id)}-${auth.personId.slice(0, 8)}"`;
    reply.header('etag', etag);
    reply.header('cache-control', 'private, no-cache');
    const noneMatch = request.headers['if-none-match'];
    if (noneMatch !== undefined && matchesNoneMatch(noneMatch, etag)) {
      // Not modified: the answer shows nobody, so nothing is written to the audit log.
      await auditPeopleRead(request, {
        list: 'meeting-live',
        count: 0,
        page: { offset: 0, limit: 0 },
      });
      return reply.code(304).send();
    }
    const state = await getLiveState(db, auth, access, new Date());
    await auditPeopleRead(request, {
      list: 'meeting-live',
      query: { meetingId: access.id, version: state.version },
      count: state.queue.length + (state.current ? 1 : 0) + (state.chair?.finished?.length ?? 0),
    });
    return state;
  });

  addRoute(app, routes.openMeeting, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) => openMeeting(trx, access.id, new Date()));
    return ok;
  });
  addRoute(app, routes.closeMeeting, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) => closeMeeting(trx, access, new Date()));
    return ok;
  });
  addRoute(app, routes.setCurrentItem, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) =>
      setCurrentItem(trx, access.id, request.body.itemId, new Date()),
    );
    return ok;
  });

  addRoute(app, routes.checkIn, async (request) => {
    const access = await meetingOf(request);
    await inMeetingTransaction(db, access.id, (trx) =>
      checkIn(trx, getAuth(request), access, request.body.code, new Date()),
    );
    return ok;
  });
  addRoute(app, routes.listAttendance, async (request) => {
    const access = await managed(request, request.params.id);
    const items = await listAttendance(db, access.organizationId, access.id);
    await auditPeopleRead(request, {
      list: 'meeting-attendance',
      query: { meetingId: access.id },
      count: items.length,
    });
    return { items };
  });
  addRoute(app, routes.addAttendee, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) =>
      addAttendee(trx, access, request.body.personId, 'chair', new Date()),
    );
    return ok;
  });
  addRoute(app, routes.removeAttendee, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) =>
      removeAttendee(trx, access.id, request.params.personId),
    );
    return ok;
  });

  addRoute(app, routes.requestFloor, async (request) => {
    const auth = getAuth(request);
    const access = await meetingOf(request);
    const id = await inMeetingTransaction(db, access.id, (trx) =>
      requestFloor(trx, auth, access, request.body, new Date()),
    );
    const row = await getSpeakerRow(db, auth.organizationId, id);
    const names = await namesOf(db, auth.organizationId, [row.person_id]);
    return {
      id: row.id,
      itemId: row.item_id,
      person: refOf(names, row.person_id),
      kind: row.kind,
      replyToId: row.reply_to_id,
      requestedAt: row.requested_at.toISOString(),
      isFirstTime: isFirstTimeSpeaker(row.person_id, await spokenAtMeeting(db, access.id)),
      startedAt: null,
      endedAt: null,
    };
  });
  const speakerOf = async (request: FastifyRequest<{ Params: { id: string } }>) => {
    const auth = getAuth(request);
    const entry = await getSpeakerRow(db, auth.organizationId, request.params.id);
    return { entry, access: await getMeetingAccess(db, auth, entry.meeting_id) };
  };
  addRoute(app, routes.withdrawSpeaker, async (request) => {
    const { entry, access } = await speakerOf(request);
    await inMeetingTransaction(db, entry.meeting_id, (trx) =>
      withdrawSpeaker(trx, getAuth(request), access, entry, new Date()),
    );
    return ok;
  });
  addRoute(app, routes.startSpeaker, async (request) => {
    const { entry } = await speakerOf(request);
    await managed(request, entry.meeting_id);
    await inMeetingTransaction(db, entry.meeting_id, (trx) =>
      startSpeaker(trx, entry.meeting_id, entry.id, new Date()),
    );
    return ok;
  });
  addRoute(app, routes.stopSpeaker, async (request) => {
    const { entry } = await speakerOf(request);
    await managed(request, entry.meeting_id);
    await inMeetingTransaction(db, entry.meeting_id, (trx) =>
      stopSpeaker(trx, entry.meeting_id, entry.id, new Date()),
    );
    return ok;
  });
  addRoute(app, routes.nextSpeaker, async (request) => {
    const access = await managed(request, request.params.id);
    await inMeetingTransaction(db, access.id, (trx) => nextSpeaker(trx, access.id, new Date()));
    return ok;
  });

  addRoute(app, routes.getSpeakingStatistics, async (request) => {
    const access = await meetingOf(request);
    assertCanSeeStatistics(access);
    return getSpeakingStatistics(db, access, new Date());
  });

  addRoute(app, routes.findMeetingPeople, async (request) => {
    const access = await managed(request, request.params.id);
    // Coordinators and up search the register; other planners only the meeting's own circle.
    const circle = hasPermission(getAuth(request).role, 'coordinator')
      ? undefined
      : {
          meetingId: access.id,
          activityId: access.activityId,
          localGroupId: access.activity.local_group_id,
        };
    const items = await findPeopleByName(db, access.organizationId, request.query.q, circle);
    await auditPeopleRead(request, {
      list: 'meeting-people',
      query: { meetingId: access.id, q: describeSearchText(request.query.q) },
      count: items.length,
    });
    return { items };
  });
}
