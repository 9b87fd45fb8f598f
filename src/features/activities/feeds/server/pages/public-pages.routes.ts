import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { acceptFormPosts, sendHtml } from '../../../../../platform/server/html.ts';
import { routeUrl } from '../../../../../platform/shared/route.ts';
import { AppError } from '../../../../../platform/shared/app-error.ts';
import { Id, Slug } from '../../../../../platform/shared/atoms.ts';
import { getPublicActivity } from '../../../public/server/public-activities.queries.ts';
import { submitGuestRequest } from '../../../public/server/guest-request.ts';
import { calendarRoutes } from '../../feeds.contract.ts';
import { activityPreview } from '../page-meta.ts';
import { activityPage } from './activity-page.ts';
import {
  emptyGuestForm,
  readGuestForm,
  showRefusal,
  type GuestFormState,
} from './guest-signup-form.ts';
import { groupPage } from './group-page.ts';
import { KalendariumQuery, kalendariumPage } from './kalendarium-page.ts';
import { getPublicAssociation, listCalendarCards, listFilterTypes } from './public-page-data.ts';
import { notFoundPage } from './public-layout.ts';
import { registerGuestConfirmPages } from './guest-confirm.routes.ts';

// The association's public pages, rendered on the server: they show everything, and take a
// guest's sign-up, with no script at all. The JSON API beside them stays as it is.

const PAGE = { config: { permission: 'public' as const }, schema: { hide: true } };
const PAGE_SIZE = 50;

type Params = Record<string, string | undefined>;

/** Renders a page; an unknown association, group or activity is the not-found page. */
export async function answerPage(
  request: FastifyRequest,
  reply: FastifyReply,
  render: () => Promise<{ html: string; status?: number }>,
) {
  try {
    const page = await render();
    return sendHtml(request, reply, page.html, page.status);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'validation')) {
      return sendHtml(request, reply, notFoundPage(), 404);
    }
    throw error;
  }
}

const parse = <T>(schema: { parse: (value: unknown) => T }, value: unknown) => {
  try {
    return schema.parse(value);
  } catch {
    throw new AppError('not_found', 'No such page');
  }
};

export function registerPublicPages(app: FastifyInstance) {
  const host = new URL(app.config.publicUrl).host;
  const url = (request: FastifyRequest) => `${app.config.publicUrl}${request.url}`;

  app.get('/o/:slug', PAGE, (request, reply) =>
    answerPage(request, reply, async () => {
      const slug = parse(Slug, (request.params as Params).slug);
      const organization = await getPublicAssociation(app.db, slug);
      const filter = KalendariumQuery.parse(request.query ?? {});
      const group = organization.localGroups.some((candidate) => candidate.id === filter.group)
        ? filter.group
        : undefined;
      const [types, page] = await Promise.all([
        listFilterTypes(app.db, organization.id),
        listCalendarCards(app.db, organization.id, {
          localGroupId: group,
          typeId: filter.type,
          search: filter.q,
          cursor: filter.after,
          limit: PAGE_SIZE,
        }),
      ]);
      return {
        html: kalendariumPage({
          organization,
          types,
          filter: { ...filter, group },
          ...page,
          host,
          feedPath: routeUrl(calendarRoutes.organizationFeed.path, { slug }),
          url: `${app.config.publicUrl}/o/${slug}`,
        }),
      };
    }),
  );

  // A shared link with a trailing slash still finds the page.
  app.get('/o/:slug/', PAGE, async (request, reply) => {
    const slug = Slug.safeParse((request.params as Params).slug);
    if (!slug.success) return sendHtml(request, reply, notFoundPage(), 404);
    return reply.redirect(`/o/${slug.data}`, 301);
  });

  app.get('/o/:slug/groups/:groupId', PAGE, (request, reply) =>
    answerPage(request, reply, async () => {
      const params = request.params as Params;
      const slug = parse(Slug, params.slug);
      const groupId = parse(Id, params.groupId);
      const organization = await getPublicAssociation(app.db, slug);
      const group = organization.localGroups.find((candidate) => candidate.id === groupId);
      if (!group) throw new AppError('not_found', 'No such local group');
      const { after } = KalendariumQuery.parse(request.query ?? {});
      const page = await listCalendarCards(app.db, organization.id, {
        localGroupId: groupId,
        cursor: after,
        limit: PAGE_SIZE,
      });
      return {
        html: groupPage({
          organization,
          group,
          ...page,
          host,
          feedPath: routeUrl(calendarRoutes.localGroupFeed.path, { slug, groupId }),
          url: url(request),
        }),
      };
    }),
  );

  async function renderActivity(
    request: FastifyRequest,
    form: (
      shifts: Parameters<typeof emptyGuestForm>[0],
      organization: string,
    ) => Promise<{ state: GuestFormState; status: number }>,
  ) {
    const params = request.params as Params;
    const slug = parse(Slug, params.slug);
    const id = parse(Id, params.id);
    const organization = await getPublicAssociation(app.db, slug);
    const activity = await getPublicActivity(app.db, organization.id, id);
    const { state, status } = await form(activity.shifts, organization.name);
    return {
      status,
      html: activityPage({
        activity,
        organization,
        icsPath: routeUrl(calendarRoutes.publicActivityIcs.path, { slug, id }),
        url: `${app.config.publicUrl}/o/${slug}/activities/${id}`,
        meta: activityPreview(organization.name, activity),
        form: state,
      }),
    };
  }

  app.get('/o/:slug/activities/:id', PAGE, (request, reply) =>
    answerPage(request, reply, () =>
      renderActivity(request, async (shifts) => ({ state: emptyGuestForm(shifts), status: 200 })),
    ),
  );

  // The guest sign-up form posts here, url-encoded; the answer is the page with the outcome.
  void app.register(async (scope) => {
    acceptFormPosts(scope);
    scope.post('/o/:slug/activities/:id', PAGE, (request, reply) =>
      answerPage(request, reply, () =>
        renderActivity(request, async (_shifts, organization) => {
          const { input, state } = readGuestForm(request.body, organization);
          if (!input) return { state, status: 400 };
          try {
            const { id } = request.params as Params;
            const { expiresAt } = await submitGuestRequest(app, request.ip, id ?? '', input);
            const sent = { email: input.email, expiresAt: expiresAt.toISOString() };
            return { state: { ...state, sent }, status: 200 };
          } catch (error) {
            if (!(error instanceof AppError) || error.code === 'not_found') throw error;
            const status =
              error.code === 'too_many_requests' ? 429 : error.code === 'conflict' ? 409 : 400;
            return { state: showRefusal(state, error), status };
          }
        }),
      ),
    );
    registerGuestConfirmPages(app, scope);
  });
}
