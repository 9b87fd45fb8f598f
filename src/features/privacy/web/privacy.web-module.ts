import { defineWebModule } from '../../../platform/web/module.ts';

/** Retention for admins; consents and erasure on a person's page; "my data" on Min sida. */
export const privacyWebModule = defineWebModule({
  name: 'privacy',
  pages: [
    {
      path: 'admin/retention',
      access: 'admin',
      load: () => import('./RetentionPage.tsx').then((m) => m.RetentionPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'admin', order: 90, to: '/admin/retention', label: 'retention.nav' },
  ],
  slots: [
    {
      slot: 'person:sections',
      load: () => import('./PersonConsents.tsx').then((m) => m.PersonConsents),
    },
    {
      slot: 'person:dangerZone',
      role: 'admin',
      load: () => import('./PersonErase.tsx').then((m) => m.PersonErase),
    },
    { slot: 'me:belowFold', load: () => import('./MyDataCard.tsx').then((m) => m.MyDataCard) },
  ],
});
