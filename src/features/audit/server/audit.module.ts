import { defineServerModule } from '../../../platform/server/module.ts';
import { auditPersonData } from './audit.person-data.ts';
import { registerAuditRoutes } from './audit.routes.ts';
import { recordPeopleRead } from './read-audit.service.ts';

export const auditModule = defineServerModule({
  name: 'audit',
  routes: registerAuditRoutes,
  personData: auditPersonData,
  readAudit: recordPeopleRead,
});
