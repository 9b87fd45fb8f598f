import type { FastifyInstance } from 'fastify';
import { getAuth, heardEveryInvalidation, type Auth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../../platform/server/people-read.ts';
import {
  prepareResponse,
  ResponseCache,
  sendPrepared,
} from '../../../../platform/server/response-cache.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { reachableGroupIds } from '../../../organizations/server/organizations.policy.ts';
import { signupRoutes as routes } from '../signups.contract.ts';
import { getActivityRow } from '../../schedule/server/activities.queries.ts';
import {
  assertCanManage,
  assertCanRead,
  assertCanSeeSignups,
} from '../../schedule/server/activities.policy.ts';
import { listMyActivities } from './my-activities.queries.ts';
import { myActivitiesKey, outdatesMyActivities } from './my-activities.cache.ts';
import {
  assertBeforeCutoff,
  cancelSignup,
  findLiveSignup,
  moveSignup,
  signUp,
} from './signup.service.ts';
import { findShift, getShiftSummary } from '../../schedule/server/shifts.queries.ts';
import {
  findReport,
  getSignup,
  listSignups,
  saveReport,
  setAttendance,
} from './signups.queries.ts';

export function registerSignupRoutes(app: FastifyInstance) {
  // "Min sida" is opened far more often than anything on it changes. Each person's answer is
  // kept (serialized and gzipped) until a committed write to what it reads publishes its key
  // (the database's triggers do, see my-activities.cache.ts), and at most 10 s: time passing
  // (an activity starting, a scheduled one being published) changes it too.
  const myActivities = new ResponseCache({ ttlMs: 10_000, maxEntries: 2_000 });
  app.invalidations.subscribe((key) =>
    myActivities.deleteWhere((_answer, cacheKey) => outdatesMyActivities(key, cacheKey)),
  );
  const readableShift = async (auth: Auth, shiftId: string) => {
    const shift = await findShift(app.db, auth.organizationId, shiftId);
    if (!shift) throw new AppError('not_found', 'No such shift');
    assertCanRead(auth, shift);
    return shift;
  };

  addRoute(app, routes.signUp, async (request) => {
    const auth = getAuth(request);
    const shift = await readableShift(auth, request.params.id);
    if (shift.cancelled_at) {
      throw new AppError('conflict', 'The activity is cancelled', {
        errors: [{ path: 'shift', code: 'activity_cancelled', message: 'Cancelled' }],
      });
    }
    assertBeforeCutoff(shift.starts_at, shift.signup_cutoff_minutes);
    await signUp(app.db, {
      organizationId: auth.organizationId,
      shiftId: shift.id,
      personId: auth.personId,
      source: 'self',
      events: app.events,
    });
    const summary = await getShiftSummary(app.db, shift, auth.personId);
    return { signup: summary.mySignup!, shift: summary };
  });

  addRoute(app, routes.cancelMySignup, async (request) => {
    const auth = getAuth(request);
    const shift = await readableShift(auth, request.params.id);
    const live = await findLiveSignup(app.db, shift.id, auth.personId);
    if (!live) throw new AppError('not_found', 'You are not signed up for this shift');
    assertBeforeCutoff(shift.starts_at, shift.signup_cutoff_minutes);
    await cancelSignup(app.db, {
      organizationId: auth.organizationId,
      signupId: live.id,
      by: 'self',
      events: app.events,
    });
    return { shift: await getShiftSummary(app.db, shift, auth.personId) };
  });

  addRoute(
    app,
    routes.myActivities,
    async (request, reply) => {
      const auth = getAuth(request);
      const make = async () => {
        const mine = await listMyActivities(app.db, auth.organizationId, auth.personId);
        const body = routes.myActivities.response.parse(mine);
        return prepareResponse(JSON.stringify(body), 'application/json; charset=utf-8');
      };
      // Kept answers are trusted only when every change committed before is known to be heard.
      const prepared = heardEveryInvalidation(request)
        ? await myActivities.get(myActivitiesKey(auth.organizationId, auth.personId), make)
        : await make();
      // The browser keeps it too, and asks with its ETag each time (304 when unchanged).
      return sendPrepared(request, reply, prepared, 'private, no-cache');
    },
    {
      // The session has been checked by now; the kept answer is the caller's own.
      fromCache: (request, reply) => {
        const { auth } = request;
        if (!auth || !heardEveryInvalidation(request)) return undefined;
        const prepared = myActivities.peek(myActivitiesKey(auth.organizationId, auth.personId));
        return prepared && sendPrepared(request, reply, prepared, 'private, no-cache');
      },
    },
  );

  addRoute(app, routes.listSignups, async (request) => {
    const auth = getAuth(request);
    const activity = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanSeeSignups(auth, activity);
    const items = await listSignups(app.db, auth.organizationId, activity.id);
    await auditPeopleRead(request, {
      list: 'signups',
      query: { activityId: activity.id },
      count: new Set(items.map((signup) => signup.person.id)).size,
    });
    return { items };
  });

  addRoute(app, routes.bookPerson, async (request) => {
    const auth = getAuth(request);
    const shift = await findShift(app.db, auth.organizationId, request.params.id);
    if (!shift) throw new AppError('not_found', 'No such shift');
    assertCanManage(auth, shift);
    const person = await app.db
      .selectFrom('people')
      .select(['id', 'local_group_id'])
      .where('organization_id', '=', auth.organizationId)
      .where('id', '=', request.body.personId)
      .where('erased_at', 'is', null)
      .executeTakeFirst();
    const reach = reachableGroupIds(auth);
    if (
      !person ||
      (reach !== 'all' && (!person.local_group_id || !reach.includes(person.local_group_id)))
    ) {
      throw new AppError('validation', 'No such person', {
        errors: [{ path: 'body.personId', code: 'unknown', message: 'No such person' }],
      });
    }
    const result = await signUp(app.db, {
      organizationId: auth.organizationId,
      shiftId: shift.id,
      personId: person.id,
      source: 'booked',
      bookedBy: auth.accountId,
      events: app.events,
    });
    if (!result.isNew) {
      throw new AppError('conflict', 'The person is already signed up for this shift', {
        errors: [{ path: 'body.personId', code: 'already_signed_up', message: 'Already there' }],
      });
    }
    return (await getSignup(app.db, auth.organizationId, result.id)).signup;
  });

  /** A sign-up whose activity the caller manages. */
  const managedSignup = async (auth: Auth, signupId: string) => {
    const found = await getSignup(app.db, auth.organizationId, signupId);
    const activity = await getActivityRow(app.db, auth.organizationId, found.activityId);
    return { found, activity };
  };

  addRoute(app, routes.moveSignup, async (request) => {
    const auth = getAuth(request);
    const { activity } = await managedSignup(auth, request.params.id);
    assertCanManage(auth, activity);
    await moveSignup(app.db, {
      organizationId: auth.organizationId,
      signupId: request.params.id,
      toShiftId: request.body.shiftId,
      events: app.events,
    });
    return (await getSignup(app.db, auth.organizationId, request.params.id)).signup;
  });

  addRoute(app, routes.removeSignup, async (request) => {
    const auth = getAuth(request);
    const { activity } = await managedSignup(auth, request.params.id);
    assertCanManage(auth, activity);
    await cancelSignup(app.db, {
      organizationId: auth.organizationId,
      signupId: request.params.id,
      by: 'organizer',
      events: app.events,
    });
    return { ok: true as const };
  });

  addRoute(app, routes.markAttendance, async (request) => {
    const auth = getAuth(request);
    const { activity } = await managedSignup(auth, request.params.id);
    assertCanSeeSignups(auth, activity);
    await setAttendance(app.db, auth.organizationId, request.params.id, request.body.attended);
    return (await getSignup(app.db, auth.organizationId, request.params.id)).signup;
  });

  addRoute(app, routes.getReport, async (request) => {
    const auth = getAuth(request);
    const activity = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanSeeSignups(auth, activity);
    return { report: await findReport(app.db, auth.organizationId, activity.id) };
  });

  addRoute(app, routes.saveReport, async (request) => {
    const auth = getAuth(request);
    const activity = await getActivityRow(app.db, auth.organizationId, request.params.id);
    assertCanSeeSignups(auth, activity);
    return saveReport(app.db, {
      ...request.body,
      organizationId: auth.organizationId,
      activityId: activity.id,
      accountId: auth.accountId,
    });
  });
}
