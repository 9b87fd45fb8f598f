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
  ],
  navigation: [
    { menu: 'organize', role: 'organizer', order: 45, to: '/areas/import', label: 'areas.nav' },
  ],
});
