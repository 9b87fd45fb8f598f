import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../platform/server/auth.ts';
import { addRoute } from '../../../platform/server/route.ts';
import { auditRoutes } from '../audit.contract.ts';
import { listAuditLog } from './audit.queries.ts';
import { listReaders } from './readers.queries.ts';

export function registerAuditRoutes(app: FastifyInstance) {
  addRoute(app, auditRoutes.listAuditLog, async (request) =>
    listAuditLog(app.db, getAuth(request).organizationId, request.query),
  );
  addRoute(app, auditRoutes.listReaders, async (request) =>
    listReaders(app.db, getAuth(request).organizationId, request.query),
  );
}
