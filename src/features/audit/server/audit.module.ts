import { defineServerModule } from '../../../platform/server/module.ts';
import { registerAuditRoutes } from './audit.routes.ts';

export const auditModule = defineServerModule({ name: 'audit', routes: registerAuditRoutes });
