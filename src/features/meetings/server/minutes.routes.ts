import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { meetingRecordRoutes as routes } from '../meeting-after.contract.ts';
import { managedMeetingOf, meetingOfRequest, meetingConflict } from './meetings.policy.ts';
import { inMeetingTransaction } from './meeting-lock.ts';
import { minutesPdf } from './minutes-pdf.ts';
import {
  approveMinutes,
  generateMinutes,
  getMinutes,
  markMinutesReady,
  saveMinutes,
  setAdjusters,
} from './minutes.service.ts';

// The minutes: read, generated, edited, sent to the adjusters, approved; the PDF once published.

export function registerMinutesRoutes(app: FastifyInstance) {
  const db = app.db;
  const ok = { ok: true as const };
  const meetingOf = meetingOfRequest;
  const managed = managedMeetingOf;

  addRoute(app, routes.getMinutes, async (request) => {
    const minutes = await getMinutes(db, getAuth(request), await meetingOf(request));
    await auditPeopleRead(request, {
      list: 'meeting-minutes',
      query: { meetingId: minutes.meetingId, status: minutes.status },
      count: minutes.adjusters.length,
    });
    return minutes;
  });
  addRoute(app, routes.generateMinutes, async (request) => {
    const access = await managed(request);
    await inMeetingTransaction(db, access.id, (trx) => generateMinutes(trx, access));
    return getMinutes(db, getAuth(request), access);
  });
  addRoute(app, routes.updateMinutes, async (request) => {
    const access = await managed(request);
    await inMeetingTransaction(db, access.id, (trx) =>
      saveMinutes(trx, access, request.body.markdown),
    );
    return getMinutes(db, getAuth(request), access);
  });
  addRoute(app, routes.setAdjusters, async (request) => {
    const access = await managed(request);
    await inMeetingTransaction(db, access.id, (trx) =>
      setAdjusters(trx, access, request.body.personIds),
    );
    return ok;
  });
  addRoute(app, routes.markMinutesReady, async (request) => {
    const access = await managed(request);
    await inMeetingTransaction(db, access.id, (trx) => markMinutesReady(trx, access, new Date()));
    return ok;
  });
  addRoute(app, routes.approveMinutes, async (request) => {
    const access = await meetingOf(request);
    await inMeetingTransaction(db, access.id, (trx) =>
      approveMinutes(trx, getAuth(request), access, request.body.readyAt, new Date()),
    );
    return ok;
  });
  addRoute(app, routes.getMinutesPdf, async (request, reply) => {
    const minutes = await getMinutes(db, getAuth(request), await meetingOf(request));
    if (minutes.status !== 'published' || minutes.markdown === null) {
      throw meetingConflict('minutes_not_published');
    }
    const pdf = await minutesPdf({
      title: minutes.title,
      markdown: minutes.markdown,
      adjusters: minutes.adjusters.map((a) => ({
        name: a.person.name,
        approvedAt: a.approvedAt ? new Date(a.approvedAt) : null,
      })),
      publishedAt: new Date(minutes.publishedAt!),
    });
    await auditPeopleRead(request, {
      list: 'meeting-minutes-pdf',
      query: { meetingId: minutes.meetingId },
      count: minutes.adjusters.length,
    });
    reply.header('content-disposition', 'inline; filename="protokoll.pdf"');
    reply.header('cache-control', 'private, no-cache');
    return reply.send(Buffer.from(pdf));
  });
}
