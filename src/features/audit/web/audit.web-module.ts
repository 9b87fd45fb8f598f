import { defineWebModule } from '../../../platform/web/module.ts';

/** "Granskningslogg" for admins: who read how much people's data, and the whole log. */
export const auditWebModule = defineWebModule({
  name: 'audit',
  pages: [
    {
      path: 'admin/audit-log',
      access: 'admin',
      load: () => import('./AuditLogPage.tsx').then((m) => m.AuditLogPage),
    },
  ],
  navigation: [
    { menu: 'organize', role: 'admin', order: 95, to: '/admin/audit-log', label: 'auditLog.nav' },
  ],
});
