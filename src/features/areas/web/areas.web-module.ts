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
    // The map, coverage and local groups' areas: one chunk (see AreasPages).
    {
      path: 'areas/:view',
      access: 'organizer',
      load: () => import('./AreasPages.tsx').then((m) => m.AreasPages),
    },
  ],
  slots: [
    {
      slot: 'local-group:sections',
      role: 'organizer',
      load: () => import('./GroupDistricts.tsx').then((m) => m.GroupDistricts),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'organizer', order: 45, to: '/areas/map', label: 'areas.nav' },
  ],
});
