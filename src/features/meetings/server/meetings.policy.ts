import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { getAuth, hasPermission, type Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { meetingConflicts, type MeetingConflict } from '../meeting-route.contract.ts';
import {
  canManageActivity,
  canReadActivity,
} from '../../activities/schedule/server/activities.policy.ts';

// Who may do what with a meeting. Those who manage its activity (organizers and admins, the local
// group's coordinator), its chair, its secretary and its planners plan and chair it and keep its
// minutes; every member who may read its activity proposes topics, supports them, checks in and
// asks for the floor; the adjusters approve its minutes.

/** What the policy needs to know of a meeting and its activity. */
export interface MeetingAccess {
  id: string;
  organizationId: string;
  activityId: string;
  kind: string;
  chairPersonId: string | null;
  secretaryPersonId: string | null;
  openedAt: Date | null;
  closedAt: Date | null;
  minutesPublishedAt: Date | null;
  activity: {
    local_group_id: string | null;
    contact_person_id: string | null;
    visibility: 'draft' | 'members' | 'public';
    publish_at: Date | null;
  };
  isPlanner: boolean;
  canManage: boolean;
}

/** Reads a meeting as the caller may see it: one the caller may not read answers 404. */
export async function getMeetingAccess(
  db: Kysely<DB>,
  auth: Auth,
  meetingId: string,
): Promise<MeetingAccess> {
  const row = await db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .select([
      'm.id',
      'm.organization_id',
      'm.activity_id',
      'm.kind',
      'm.chair_person_id',
      'm.secretary_person_id',
      'm.opened_at',
      'm.closed_at',
      'm.minutes_published_at',
      'a.local_group_id',
      'a.contact_person_id',
      'a.visibility',
      'a.publish_at',
    ])
    .select((eb) =>
      eb
        .or([
          eb.exists(
            eb
              .selectFrom('meeting_planners as p')
              .select('p.person_id')
              .whereRef('p.meeting_id', '=', 'm.id')
              .where('p.person_id', '=', auth.personId),
          ),
          // The planning committee (the council group, say) plans the meeting with them.
          eb.exists(
            eb
              .selectFrom('committee_members as c')
              .select('c.person_id')
              .whereRef('c.committee_id', '=', 'm.planning_committee_id')
              .where('c.person_id', '=', auth.personId),
          ),
        ])
        .as('is_planner'),
    )
    .where('m.organization_id', '=', auth.organizationId)
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such meeting');
  const activity = {
    local_group_id: row.local_group_id,
    contact_person_id: row.contact_person_id,
    visibility: row.visibility,
    publish_at: row.publish_at,
  };
  const isPlanner = Boolean(row.is_planner);
  const isOfficer = [row.chair_person_id, row.secretary_person_id].includes(auth.personId);
  const canManage = canManageActivity(auth, activity) || isPlanner || isOfficer;
  if (!canManage && !canReadActivity(auth, activity)) {
    throw new AppError('not_found', 'No such meeting');
  }
  return {
    id: row.id,
    organizationId: row.organization_id,
    activityId: row.activity_id,
    kind: row.kind,
    chairPersonId: row.chair_person_id,
    secretaryPersonId: row.secretary_person_id,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    minutesPublishedAt: row.minutes_published_at,
    activity,
    isPlanner,
    canManage,
  };
}

/** The meeting, if the caller manages it (plans, chairs, keeps the minutes). */
export async function getManagedMeeting(db: Kysely<DB>, auth: Auth, meetingId: string) {
  const meeting = await getMeetingAccess(db, auth, meetingId);
  assertCanManageMeeting(meeting);
  return meeting;
}

export function assertCanManageMeeting(meeting: MeetingAccess) {
  if (!meeting.canManage) {
    throw new AppError('forbidden', 'Only those who plan or chair the meeting may do this');
  }
}

/** Members take part while the meeting is open: check in, ask for the floor. */
export function assertOpen(meeting: MeetingAccess) {
  if (meeting.openedAt === null || meeting.closedAt !== null) {
    throw meetingConflict('not_open');
  }
}

/** Statistics are the chair's while the meeting runs, and every member's once it closed. */
export function assertCanSeeStatistics(meeting: MeetingAccess) {
  if (!meeting.canManage && meeting.closedAt === null) {
    throw new AppError('forbidden', 'The statistics are shown to members after the meeting');
  }
}

/**
 * Each person's speaking seconds: to the chair and to organizers and admins, while the meeting is
 * open. Planners, the secretary and coordinators see the totals only; after the meeting, nobody.
 */
export function canSeeTurnTimes(auth: Auth, meeting: MeetingAccess) {
  const running = meeting.openedAt !== null && meeting.closedAt === null;
  const chairs = meeting.chairPersonId === auth.personId || hasPermission(auth.role, 'organizer');
  return running && chairs;
}

/** The meeting named by the request's `:id`, as its caller may see it. */
export function meetingOfRequest(request: FastifyRequest) {
  const { id } = request.params as { id: string };
  return getMeetingAccess(request.server.db, getAuth(request), id);
}

/** A meeting the request's caller manages: by id, or the one named by the request's `:id`. */
export function managedMeetingOf(request: FastifyRequest, meetingId?: string) {
  const id = meetingId ?? (request.params as { id: string }).id;
  return getManagedMeeting(request.server.db, getAuth(request), id);
}

/** A 409 whose reason the web can name: `errors[0].code` is one of `meetingConflicts`. */
export function meetingConflict(code: MeetingConflict) {
  const message = meetingConflicts[code];
  return new AppError('conflict', message, { errors: [{ path: 'meeting', code, message }] });
}
