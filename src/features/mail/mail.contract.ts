import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { outboxStatuses } from '../../platform/shared/db-values.generated.ts';

/** What went wrong with a message, for a sentence in plain words (the server's own is `lastError`). */
export const outboxErrorKinds = [
  'unreachable',
  'login',
  'rejected',
  'temporary',
  'link',
  'other',
] as const;

/** A link's token to leave mail to many: it can do nothing else. */
export const UnsubscribeToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const UnsubscribeInfo = z.object({
  organizationName: z.string(),
  /** What the person leaves: activity reminders and notices ('activities'). */
  topic: z.literal('activities'),
  isUnsubscribed: z.boolean(),
});

export type OutboxErrorKind = (typeof outboxErrorKinds)[number];

export const OutboxMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(outboxStatuses),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  errorKind: z.enum(outboxErrorKinds).nullable(),
  /** When a message waiting after a failed attempt is tried next. */
  nextAttemptAt: z.string().nullable(),
  /** Failed, or waiting after a failed attempt: an admin may send it again now. */
  canResend: z.boolean(),
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
  resendOutboxMessage: defineRoute({
    method: 'POST',
    path: '/api/outbox/:id/resend',
    permission: 'admin',
    summary: 'Queue a failed (or waiting) message again: tried now, then for two more days',
    tags: ['mail'],
    params: z.object({ id: Id }),
    response: z.object({ status: z.enum(outboxStatuses) }),
  }),
  lookupUnsubscribe: defineRoute({
    method: 'GET',
    path: '/api/unsubscribe',
    permission: 'public',
    summary: 'What an unsubscribe link leaves, and whether it is already done',
    tags: ['mail'],
    query: z.object({ token: UnsubscribeToken }),
    response: UnsubscribeInfo,
  }),
  unsubscribe: defineRoute({
    method: 'POST',
    path: '/api/unsubscribe',
    permission: 'public',
    summary: 'Leave a kind of mail to many (the unsubscribe page’s button)',
    tags: ['mail'],
    body: z.object({ token: UnsubscribeToken }),
    response: UnsubscribeInfo,
  }),
  unsubscribeOneClick: defineRoute({
    method: 'POST',
    path: '/unsubscribe',
    permission: 'public',
    summary:
      'One-click unsubscribe (RFC 8058), posted by mail programs: List-Unsubscribe=One-Click',
    tags: ['mail'],
    query: z.object({ token: UnsubscribeToken }),
    response: z.object({ isUnsubscribed: z.literal(true) }),
  }),
});
