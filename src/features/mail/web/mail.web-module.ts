import { defineWebModule } from '../../../platform/web/module.ts';

export const mailWebModule = defineWebModule({
  name: 'mail',
  pages: [
    {
      path: 'admin/outbox',
      access: 'admin',
      load: () => import('./OutboxPage.tsx').then((m) => m.OutboxPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'admin', order: 80, to: '/admin/outbox', label: 'nav.outbox' },
  ],
});
