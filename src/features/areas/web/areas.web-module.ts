import { defineWebModule } from '../../../platform/web/module.ts';

/** Election districts, priority areas and coverage: organizers only, every page loaded lazily. */
export const areasWebModule = defineWebModule({
  name: 'areas',
  pages: [
    {
      path: 'areas/import',
      access: 'organizer',
      load: () => import('./ElectionImportPage.tsx').then((m) => m.ElectionImportPage),
    },
    {
      path: 'areas/map',
      access: 'organizer',
      load: () => import('./AreasMapPage.tsx').then((m) => m.AreasMapPage),
    },
    {
      path: 'areas/coverage',
      access: 'organizer',
      load: () => import('./CoveragePage.tsx').then((m) => m.CoveragePage),
    },
    {
      path: 'areas/local-groups',
      access: 'organizer',
      load: () => import('./LocalGroupAreasPage.tsx').then((m) => m.LocalGroupAreasPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'organizer', order: 45, to: '/areas/map', label: 'areas.nav' },
  ],
});
