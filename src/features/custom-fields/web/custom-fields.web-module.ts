import { defineWebModule } from '../../../platform/web/module.ts';

export const customFieldsWebModule = defineWebModule({
  name: 'custom-fields',
  pages: [
    {
      path: 'admin/fields',
      access: 'admin',
      load: () => import('./CustomFieldsAdminPage.tsx').then((m) => m.CustomFieldsAdminPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'admin', order: 70, to: '/admin/fields', label: 'nav.customFields' },
  ],
});
