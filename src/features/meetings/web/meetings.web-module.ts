import { defineWebModule } from '../../../platform/web/module.ts';

/**
 * Meetings: the members' list and a meeting's page, planning, the room on a phone, the chair's
 * laptop and the projector, the minutes and tasks; the board's responsibilities on the
 * committees page. Who may plan or chair a given meeting is the server's policy, so most pages
 * are open to every member and say so when the reader may not act.
 */
export const meetingsWebModule = defineWebModule({
  name: 'meetings',
  pages: [
    {
      path: 'meetings',
      access: 'session',
      load: () => import('./MeetingsPage.tsx').then((m) => m.MeetingsPage),
    },
    {
      path: 'meetings/:id',
      access: 'session',
      load: () => import('./MeetingPage.tsx').then((m) => m.MeetingPage),
    },
    {
      path: 'meetings/:id/plan',
      access: 'session',
      load: () => import('./MeetingPlanPage.tsx').then((m) => m.MeetingPlanPage),
    },
    {
      path: 'meetings/:id/room',
      access: 'session',
      load: () => import('./MeetingRoomPage.tsx').then((m) => m.MeetingRoomPage),
    },
    {
      path: 'meetings/:id/chair',
      access: 'session',
      load: () => import('./MeetingChairPage.tsx').then((m) => m.MeetingChairPage),
    },
    {
      path: 'meetings/:id/projector',
      access: 'session',
      load: () => import('./MeetingProjectorPage.tsx').then((m) => m.MeetingProjectorPage),
    },
    {
      path: 'meetings/:id/minutes',
      access: 'session',
      load: () => import('./MinutesPage.tsx').then((m) => m.MinutesPage),
    },
    {
      path: 'meetings/:id/statistics',
      access: 'session',
      load: () => import('./StatisticsPage.tsx').then((m) => m.StatisticsPage),
    },
    {
      path: 'meeting-tasks',
      access: 'session',
      load: () => import('./TasksPage.tsx').then((m) => m.TasksPage),
    },
  ],
  navigation: [
    {
      menu: 'main',
      order: 35,
      to: '/meetings',
      label: 'meetings.nav',
      // A lectern: a speaker's stand with a microphone.
      icon: {
        path: 'M9 3a3 3 0 0 1 6 0v4a3 3 0 0 1-6 0zM6 9a6 6 0 0 0 12 0M12 15v2M5 19h14l-1 3H6z',
      },
    },
  ],
  slots: [
    {
      slot: 'committees:sections',
      load: () => import('./BoardRolesSection.tsx').then((m) => m.BoardRolesSection),
    },
  ],
});
