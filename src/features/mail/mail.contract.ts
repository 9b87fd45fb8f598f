import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { outboxStatuses } from '../../platform/shared/db-values.generated.ts';

export const OutboxMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

export const mailRoutes = defineRoutes({
  listOutbox: defineRoute({
    method: 'GET',
    path: '/api/outbox',
    permission: 'admin',
    summary: 'Messages the server has sent or stored, newest first',
    audit: 'people-read',
    tags: ['mail'],
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: z.object({
      items: z.array(OutboxMessage),
      total: z.number().int(),
      /** True when SMTP_URL is set and messages are delivered; false when they are only stored here. */
      isDelivering: z.boolean(),
    }),
  }),
});
