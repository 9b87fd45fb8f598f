import type { FastifyInstance } from 'fastify';
import type { PageMeta, PageMetaProvider } from '../../../../platform/server/web-pages.ts';
import { summarizeMarkdown } from '../../../../platform/server/markdown.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { getPublicOrganization } from '../../public/server/public-activities.queries.ts';
import { findPublicActivity } from './feeds.queries.ts';
import { CALENDAR_TIME_ZONE } from '../../../../platform/server/ical.ts';

// Link previews (Facebook, Signal, X, Mastodon …) read the page's head before any script runs,
// so a shared public activity page gets its title, time, place and image in the HTML itself.

const when = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CALENDAR_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

const ACTIVITY_PAGE = /^\/o\/([a-z0-9-]+)\/activities\/([0-9a-f-]{36})\/?$/;
const ORGANIZATION_PAGE = /^\/o\/([a-z0-9-]+)\/?$/;

/** Titles and link previews of the kalendarium and public activity pages. */
export function publicPageMeta(app: FastifyInstance): PageMetaProvider {
  return async (path): Promise<PageMeta | null> => {
    const activityMatch = ACTIVITY_PAGE.exec(path);
    const orgMatch = activityMatch ? null : ORGANIZATION_PAGE.exec(path);
    const slug = activityMatch?.[1] ?? orgMatch?.[1];
    if (!slug) return null;
    // An unknown association: the page itself says so; its head stays the app's own.
    const org = await getPublicOrganization(app.db, slug).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    });
    if (!org) return null;
    const url = `${app.config.publicUrl}${path}`;
    if (orgMatch) {
      return {
        title: `${org.name} – kalendarium`,
        description: `Kommande aktiviteter med ${org.name}. Välkommen!`,
        url,
      };
    }
    const activity = await findPublicActivity(app.db, org.id, activityMatch?.[2] ?? '');
    if (!activity) return null;
    const time = when.format(activity.starts_at);
    const where = activity.place ? ` · ${activity.place}` : '';
    const summary = summarizeMarkdown(activity.description, 160);
    return {
      title: `${activity.cancelled_at ? 'INSTÄLLD: ' : ''}${activity.title} – ${org.name}`,
      description: `${time.charAt(0).toUpperCase()}${time.slice(1)}${where}${summary ? `. ${summary}` : ''}`,
      url,
      imageUrl: activity.image_url,
      type: 'article',
    };
  };
}
