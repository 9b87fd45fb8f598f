import { defineWebModule } from '../../../platform/web/module.ts';

const activityEditorPage = () =>
  import('./ActivityEditorPage.tsx').then((m) => m.ActivityEditorPage);

/**
 * Activities for members and the public, the organizer's side (`/activities`, while
 * `/activities/:id` is the member's view), and the sections placed into Min sida and an
 * association's public page.
 */
export const activitiesWebModule = defineWebModule({
  name: 'activities',
  pages: [
    {
      path: 'o/:slug/groups/:groupId',
      access: 'public',
      load: () => import('./PublicGroupCalendarPage.tsx').then((m) => m.PublicGroupCalendarPage),
    },
    {
      path: 'o/:slug/activities/:id',
      access: 'public',
      load: () => import('./PublicActivityPage.tsx').then((m) => m.PublicActivityPage),
    },
    {
      path: 'o/:slug/guest-signup',
      access: 'public',
      load: () => import('./GuestConfirmPage.tsx').then((m) => m.GuestConfirmPage),
    },
    {
      path: 'feed',
      access: 'session',
      load: () => import('./ActivityFeed.tsx').then((m) => m.ActivityFeed),
    },
    {
      path: 'activities/:id',
      access: 'session',
      load: () => import('./ActivityPage.tsx').then((m) => m.ActivityPage),
    },
    {
      path: 'activities',
      access: 'coordinator',
      load: () => import('./OrganizerCalendarPage.tsx').then((m) => m.OrganizerCalendarPage),
    },
    { path: 'activities/new', access: 'coordinator', load: activityEditorPage },
    { path: 'activities/:id/edit', access: 'coordinator', load: activityEditorPage },
    {
      path: 'activities/:id/manage',
      access: 'coordinator',
      load: () => import('./OrganizerActivityPage.tsx').then((m) => m.OrganizerActivityPage),
    },
    {
      path: 'campaigns',
      access: 'coordinator',
      load: () => import('./CampaignsPage.tsx').then((m) => m.CampaignsPage),
    },
    {
      path: 'admin/activity-types',
      access: 'admin',
      load: () => import('./ActivityTypesAdminPage.tsx').then((m) => m.ActivityTypesAdminPage),
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
    { slot: 'me:sections', load: () => import('./MyActivities.tsx').then((m) => m.MyActivities) },
    // The kalendarium.
    {
      slot: 'organization:public',
      load: () => import('./PublicCalendar.tsx').then((m) => m.PublicCalendar),
    },
  ],
});
