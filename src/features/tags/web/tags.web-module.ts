import { defineWebModule } from '../../../platform/web/module.ts';

export const tagsWebModule = defineWebModule({
  name: 'tags',
  pages: [
    {
      path: 'admin/tags',
      access: 'organizer',
      load: () => import('./TagsAdminPage.tsx').then((m) => m.TagsAdminPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'organizer', order: 50, to: '/admin/tags', label: 'nav.tags' },
  ],
});
