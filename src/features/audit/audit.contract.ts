import { z } from 'zod';
import { Id, Timestamp } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';

export const auditActions = [
  'person.view',
  'person.create',
  'person.update',
  'people.tag',
  'people.import',
  'people.import_undo',
  'people.export',
  'person.consent',
  'person.erase',
  'people.merge',
  'account.two_factor_on',
  'account.two_factor_off',
  'account.two_factor_reset',
  'account.recovery_codes_renewed',
  'account.recovery_code_used',
  'security.settings',
  /** A page of a list of people (the register, a search, a saved list, a group's members …). */
  'people.list',
  'account.invited',
  'account.reset_link_created',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The actions that are reads of people's data: what "who read how much" adds up. */
export const readActions = ['person.view', 'people.list', 'people.export'] as const;

/** Who acted; null when the account has since been removed (or from the command line). */
export const AuditActor = z
  .object({ accountId: Id, firstName: z.string(), lastName: z.string() })
  .nullable();

export const AuditEntry = z.object({
  id: Id,
  action: z.string(),
  actor: AuditActor,
  /** Whose data; null when the person has been erased, or the entry is about many. */
  personId: Id.nullable(),
  /** How many people the entry concerns (a list page: how many it showed); null if not told. */
  people: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});

export const AuditLogQuery = z.object({
  personId: Id.optional(),
  accountId: Id.optional(),
  action: z.enum(auditActions).optional(),
  /** From this moment on (inclusive). */
  from: Timestamp.optional(),
  /** Before this moment. */
  to: Timestamp.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One account's reads of people's data in a period. */
export const ReaderSummary = z.object({
  actor: AuditActor,
  /** Entries: list pages, records opened, exports. */
  reads: z.number().int(),
  /** People shown, summed over those entries (a record opened counts one). */
  people: z.number().int(),
  lastReadAt: z.string(),
});

export const auditRoutes = defineRoutes({
  listAuditLog: defineRoute({
    method: 'GET',
    path: '/api/audit-log',
    permission: 'admin',
    summary:
      'Who viewed or changed whose data, newest first; by person, account, action and period',
    tags: ['audit'],
    query: AuditLogQuery,
    response: z.object({ items: z.array(AuditEntry), total: z.number().int() }),
  }),
  listReaders: defineRoute({
    method: 'GET',
    path: '/api/audit-log/readers',
    permission: 'admin',
    summary:
      "Who read how much people's data in a period (the last 30 days unless told): per account, most first",
    tags: ['audit'],
    query: z.object({ from: Timestamp.optional(), to: Timestamp.optional() }),
    response: z.object({ from: z.string(), to: z.string(), items: z.array(ReaderSummary) }),
  }),
});
