import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute } from '../../platform/shared/route.ts';

export const auditActions = [
  'person.view',
  'person.create',
  'person.update',
  'people.tag',
  'people.import',
  'people.export',
  'person.consent',
  'person.erase',
  'people.merge',
  'account.invited',
  'account.reset_link_created',
] as const;

export const AuditEntry = z.object({
  id: Id,
  action: z.string(),
  /** Who did it; null when the account has since been removed. */
  actor: z.object({ accountId: Id, firstName: z.string(), lastName: z.string() }).nullable(),
  /** Whose data; null when the person has been erased. */
  personId: Id.nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const auditRoutes = {
  listAuditLog: defineRoute({
    method: 'GET',
    path: '/api/audit-log',
    permission: 'admin',
    summary: 'Who viewed or changed whose data, newest first',
    tags: ['audit'],
    query: z.object({
      personId: Id.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: z.object({ items: z.array(AuditEntry), total: z.number().int() }),
  }),
} as const;
