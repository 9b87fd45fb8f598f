import { defineWebModule } from '../../../platform/web/module.ts';

export const organizationsWebModule = defineWebModule({
  name: 'organizations',
  pages: [
    {
      path: 'groups',
      access: 'session',
      load: () => import('./GroupsPage.tsx').then((m) => m.GroupsPage),
    },
    {
      path: 'groups/:id',
      access: 'session',
      load: () => import('./GroupPage.tsx').then((m) => m.GroupPage),
    },
    {
      path: 'committees',
      access: 'session',
      load: () => import('./CommitteesPage.tsx').then((m) => m.CommitteesPage),
    },
  ],
  navigation: [
    {
      menu: 'main',
      order: 30,
      to: '/groups',
      label: 'nav.groups',
      icon: 'groups',
    },
    { menu: 'main', order: 40, to: '/committees', label: 'nav.committees', icon: 'committees' },
  ],
});
