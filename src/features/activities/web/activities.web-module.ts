import { defineWebModule } from '../../../platform/web/module.ts';

const activityEditorPage = () =>
  import('../campaigns/web/ActivityEditorPage.tsx').then((m) => m.ActivityEditorPage);

/**
 * Activities for members, the organizer's side (`/activities`, while `/activities/:id` is the
 * member's view), and the sections placed into Min sida. The public pages (`/o/…`) are rendered
 * by the server (feeds/server/pages).
 */
export const activitiesWebModule = defineWebModule({
  name: 'activities',
  pages: [
    {
      path: 'feed',
      access: 'session',
      load: () => import('../signups/web/ActivityFeed.tsx').then((m) => m.ActivityFeed),
    },
    {
      path: 'activities/:id',
      access: 'session',
      load: () => import('../feeds/web/ActivityPage.tsx').then((m) => m.ActivityPage),
    },
    {
      path: 'activities',
      access: 'coordinator',
      load: () =>
        import('../campaigns/web/OrganizerCalendarPage.tsx').then((m) => m.OrganizerCalendarPage),
    },
    { path: 'activities/new', access: 'coordinator', load: activityEditorPage },
    { path: 'activities/:id/edit', access: 'coordinator', load: activityEditorPage },
    {
      path: 'activities/:id/manage',
      access: 'coordinator',
      load: () =>
        import('../messages/web/OrganizerActivityPage.tsx').then((m) => m.OrganizerActivityPage),
    },
    {
      path: 'campaigns',
      access: 'coordinator',
      load: () => import('../campaigns/web/CampaignsPage.tsx').then((m) => m.CampaignsPage),
    },
    {
      path: 'admin/activity-types',
      access: 'admin',
      load: () =>
        import('../schedule/web/ActivityTypesAdminPage.tsx').then((m) => m.ActivityTypesAdminPage),
    },
  ],
  navigation: [
    { menu: 'main', order: 20, to: '/feed', label: 'feed.nav', icon: 'activities' },
    { menu: 'organize', role: 'coordinator', order: 20, to: '/activities', label: 'calendar.nav' },
    { menu: 'organize', role: 'coordinator', order: 30, to: '/campaigns', label: 'campaigns.nav' },
    {
      menu: 'organize',
      role: 'admin',
      order: 100,
      to: '/admin/activity-types',
      label: 'activities.types.nav',
    },
  ],
  slots: [
    // My sign-ups with cancel, and my group's next activities.
    {
      slot: 'me:sections',
      load: () => import('../feeds/web/MyActivities.tsx').then((m) => m.MyActivities),
    },
  ],
});
