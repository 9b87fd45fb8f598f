import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import {
  ActivityListItem,
  MySignup,
  ShiftSummary,
  SignupStatus,
} from '../schedule/activities.contract.ts';
import { reportKinds, type ReportKind } from '../schedule/activity-types.contract.ts';
import { signupSources } from '../../../platform/shared/db-values.generated.ts';

// Sign-ups (by the person), bookings (by an organizer), the waiting list, attendance and the
// activity report, "my activities". Guest sign-ups are the guests capability's
// (guests/guests.contract.ts).

/** A sign-up as its managers and the contact person see it. */
export const Signup = z.object({
  id: Id,
  shiftId: Id,
  person: z.object({ id: Id, name: z.string(), isMember: z.boolean() }),
  status: SignupStatus,
  /** 1 for the first on the waiting list; null unless waiting. */
  waitingPosition: z.number().int().nullable(),
  source: z.enum(signupSources),
  /** Null until marked; false is a no-show. */
  attended: z.boolean().nullable(),
  createdAt: z.string(),
});

export const SignupResult = z.object({ signup: MySignup, shift: ShiftSummary });

const count = z.number().int().min(0).max(10_000_000).nullable();
const numbers = (kind: (schema: typeof count) => z.ZodType) =>
  Object.fromEntries(reportKinds.map((k) => [k, kind(count)]));

/** The numbers by kind; a kind left out or null was not counted. */
export const ReportInput = z.object({
  ...(numbers((c) => c.default(null)) as Record<ReportKind, z.ZodDefault<typeof count>>),
  note: z.string().trim().max(5000).default(''),
});

export const Report = z.object({
  ...(numbers((c) => c) as Record<ReportKind, typeof count>),
  note: z.string(),
  /** The reporter's name. */
  reportedBy: z.string().nullable(),
  reportedAt: z.string(),
});

export const MyActivitySignup = z.object({
  id: Id,
  status: SignupStatus,
  waitingPosition: z.number().int().nullable(),
  shift: z.object({ id: Id, title: z.string(), startsAt: z.string(), endsAt: z.string() }),
  activity: z.object({
    id: Id,
    title: z.string(),
    place: z.string(),
    cancelledAt: z.string().nullable(),
  }),
  /** The last moment I may cancel myself (the organizer's cutoff before the shift). */
  canCancelUntil: z.string(),
});

export const MyActivities = z.object({
  /** My upcoming sign-ups, confirmed and waiting, by start. */
  signups: z.array(MyActivitySignup),
  /** Upcoming published activities of my local group and of the whole association. */
  groupActivities: z.array(ActivityListItem),
});

const IdParams = z.object({ id: Id });
const tags = ['activities'];

export const signupRoutes = defineRoutes({
  signUp: defineRoute({
    method: 'POST',
    path: '/api/shifts/:id/signup',
    permission: 'activist',
    summary: 'Sign myself up for a shift: confirmed while there is room, else the waiting list',
    tags,
    status: 201,
    params: IdParams,
    response: SignupResult,
  }),
  cancelMySignup: defineRoute({
    method: 'DELETE',
    path: '/api/shifts/:id/signup',
    permission: 'activist',
    summary: 'Cancel my sign-up (until the cutoff); the first on the waiting list moves up',
    tags,
    params: IdParams,
    response: z.object({ shift: ShiftSummary }),
  }),
  myActivities: defineRoute({
    method: 'GET',
    path: '/api/me/activities',
    permission: 'activist',
    summary: 'My upcoming sign-ups and the upcoming activities of my group',
    tags,
    response: MyActivities,
  }),
  listSignups: defineRoute({
    method: 'GET',
    path: '/api/activities/:id/signups',
    permission: 'activist',
    summary: 'Who signed up, per shift (managers and the contact person)',
    audit: 'people-read',
    tags,
    params: IdParams,
    response: z.object({ items: z.array(Signup) }),
  }),
  bookPerson: defineRoute({
    method: 'POST',
    path: '/api/shifts/:id/bookings',
    permission: 'coordinator',
    summary: 'Book a person onto a shift (the waiting list when it is full)',
    tags,
    status: 201,
    params: IdParams,
    body: z.object({ personId: Id }),
    response: Signup,
  }),
  moveSignup: defineRoute({
    method: 'POST',
    path: '/api/signups/:id/move',
    permission: 'coordinator',
    summary: 'Move a sign-up to another shift of the same activity',
    tags,
    params: IdParams,
    body: z.object({ shiftId: Id }),
    response: Signup,
  }),
  removeSignup: defineRoute({
    method: 'DELETE',
    path: '/api/signups/:id',
    permission: 'coordinator',
    summary: 'Take a person off a shift; the first on the waiting list moves up',
    tags,
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
  }),
  markAttendance: defineRoute({
    method: 'PATCH',
    path: '/api/signups/:id',
    permission: 'activist',
    summary: 'Mark attended or no-show (managers and the contact person)',
    tags,
    params: IdParams,
    body: z.object({ attended: z.boolean().nullable() }),
    response: Signup,
  }),
  getReport: defineRoute({
    method: 'GET',
    path: '/api/activities/:id/report',
    permission: 'activist',
    summary: "The activity's report, or null (managers and the contact person)",
    tags,
    params: IdParams,
    response: z.object({ report: Report.nullable() }),
  }),
  saveReport: defineRoute({
    method: 'PUT',
    path: '/api/activities/:id/report',
    permission: 'activist',
    summary: "Record the activity's numbers and a note (managers and the contact person)",
    tags,
    params: IdParams,
    body: ReportInput,
    response: Report,
  }),
});

/** The activity and shift (pass) a sign-up is for; a shift's title may be empty. */
const SignupPlace = {
  activity: z.object({ id: Id, title: z.string() }),
  shift: z.object({ id: Id, title: z.string(), startsAt: z.string(), endsAt: z.string() }),
};

/** Sign-ups and attendance in a person's timeline (the timeline adds id, time and actor). */
export const signupTimelineEvents = [
  /** Signed up for a shift (at = then); `status` is the sign-up's now; actor: who booked them. */
  z.object({
    ...SignupPlace,
    kind: z.literal('signup'),
    source: z.enum(signupSources),
    status: SignupStatus,
  }),
  /** The sign-up was cancelled, by the person or an organizer (not recorded which). */
  z.object({ ...SignupPlace, kind: z.literal('signupCancelled') }),
  /** Marked as there or not (a no-show), at the shift's end. */
  z.object({ ...SignupPlace, kind: z.literal('attendance'), attended: z.boolean() }),
] as const;
