import { defineWebModule } from '../../../platform/web/module.ts';

/** Min sida for everyone; the register for coordinators and up. */
export const peopleWebModule = defineWebModule({
  name: 'people',
  pages: [
    {
      path: 'me',
      access: 'session',
      load: () => import('../me/web/MyPage.tsx').then((m) => m.MyPage),
    },
    {
      path: 'people',
      access: 'coordinator',
      load: () => import('./PeoplePage.tsx').then((m) => m.PeoplePage),
    },
    {
      path: 'people/new',
      access: 'coordinator',
      load: () => import('../register/web/NewPersonPage.tsx').then((m) => m.NewPersonPage),
    },
    {
      path: 'people/import',
      access: 'organizer',
      load: () => import('../import/web/ImportPage.tsx').then((m) => m.ImportPage),
    },
    {
      path: 'people/:id',
      access: 'coordinator',
      load: () => import('../register/web/PersonPage.tsx').then((m) => m.PersonPage),
    },
  ],
  navigation: [
    { menu: 'main', order: 10, to: '/me', label: 'nav.me', icon: 'me' },
    { menu: 'organize', role: 'coordinator', order: 10, to: '/people', label: 'nav.people' },
  ],
  // Only coordinators and up search the register: kept out of an activist's download.
  headerTools: [
    {
      name: 'quick-search',
      role: 'coordinator',
      load: () => import('../register/web/QuickSearch.tsx').then((m) => m.QuickSearch),
    },
  ],
});
