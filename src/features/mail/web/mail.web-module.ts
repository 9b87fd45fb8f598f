import { defineWebModule } from '../../../platform/web/module.ts';

export const mailWebModule = defineWebModule({
  name: 'mail',
  pages: [
    {
      path: 'admin/outbox',
      access: 'admin',
      load: () => import('./OutboxPage.tsx').then((m) => m.OutboxPage),
    },
    {
      path: 'unsubscribe',
      access: 'public',
      load: () => import('./UnsubscribePage.tsx').then((m) => m.UnsubscribePage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'admin', order: 80, to: '/admin/outbox', label: 'nav.outbox' },
  ],
});
