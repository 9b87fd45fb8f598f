import type { FastifyInstance, FastifyRequest } from 'fastify';
import { getAuth, hasPermission } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditPeopleRead } from '../../../platform/server/people-read.ts';
import { assertReaches } from '../../people/register/server/people.policy.ts';
import { getPerson } from '../../people/register/server/register.queries.ts';
import { timelineRoutes as routes } from '../timeline.contract.ts';
import { createNote, deleteNote, getNote, noteEvent } from './notes.queries.ts';
import { decodeCursor } from './timeline-cursor.ts';
import { assertCanDeleteNote } from './timeline.policy.ts';
import { listTimeline, withActors } from './timeline.service.ts';

export function registerTimelineRoutes(app: FastifyInstance) {
  // Every module's part of a person's timeline, lowest layer first.
  const sources = app.modules.flatMap((module) => module.timeline ?? []);

  /** The same reach as reading the person: out of reach answers 404. */
  const reachable = async (request: FastifyRequest, personId: string) => {
    const auth = getAuth(request);
    const person = await getPerson(app.db, auth.organizationId, personId);
    assertReaches(auth, person.localGroup?.id ?? null);
    return {
      auth,
      viewer: { accountId: auth.accountId, isAdmin: hasPermission(auth.role, 'admin') },
    };
  };

  addRoute(app, routes.getTimeline, async (request) => {
    const before = decodeCursor(request.query.cursor);
    const { auth, viewer } = await reachable(request, request.params.id);
    const page = await listTimeline(
      app.db,
      {
        organizationId: auth.organizationId,
        personId: request.params.id,
        viewer,
        before,
        limit: request.query.limit,
      },
      sources,
    );
    // A view of the person: not logged again when the person's page has just logged one.
    await auditPeopleRead(request, { personId: request.params.id, part: 'timeline' });
    return page;
  });

  addRoute(app, routes.createNote, async (request) => {
    const { auth, viewer } = await reachable(request, request.params.id);
    const note = await createNote(app.db, {
      organizationId: auth.organizationId,
      personId: request.params.id,
      authorAccountId: auth.accountId,
      body: request.body.body,
    });
    const [event] = await withActors(app.db, auth.organizationId, [noteEvent(note, viewer)]);
    return event!;
  });

  addRoute(app, routes.deleteNote, async (request) => {
    const { auth } = await reachable(request, request.params.id);
    const note = await getNote(
      app.db,
      auth.organizationId,
      request.params.id,
      request.params.noteId,
    );
    assertCanDeleteNote(auth, note.author_account_id);
    await deleteNote(app.db, auth.organizationId, note.id);
    return { ok: true as const };
  });
}
