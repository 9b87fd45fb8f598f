import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../platform/shared/route.ts';
import { consentPurposes } from '../../platform/shared/db-values.generated.ts';

export const Consent = z.object({
  id: Id,
  purpose: z.enum(consentPurposes),
  givenAt: z.string(),
  source: z.string(),
  wording: z.string(),
  withdrawnAt: z.string().nullable(),
});

export const ConsentInput = z.object({
  purpose: z.enum(consentPurposes),
  /** When it was given; now if left out. */
  givenAt: z.iso.datetime({ offset: true }).optional(),
  source: z.string().trim().min(1).max(200),
  wording: z.string().trim().min(1).max(2000),
});

/** Everything held about a person, as they download it from their own page. */
/**
 * Everything held about me: `downloadedAt`, then one section per kind of data, each given by the
 * module that keeps it — `person`, `account`, `committees`, `coordinatedGroups`, `consents`,
 * `notes`, `signups`, `guestSignups`, `pendingGuestSignups`, `accessLog` and whatever later
 * modules add. A section is a record or a list of records.
 */
export const MyData = z.object({ downloadedAt: z.string() }).catchall(z.unknown());

const PersonParams = z.object({ id: Id });

/** Months without consent or activity after which a contact is flagged (0: never). */
export const RetentionMonths = z.number().int().min(0).max(240);

export const RetentionOverview = z.object({
  retentionMonths: RetentionMonths,
  /** Contacts the rule flags now. */
  flaggedCount: z.number().int(),
});

export const FlaggedPerson = z.object({
  id: Id,
  firstName: z.string(),
  lastName: z.string(),
  localGroup: z.object({ id: Id, name: z.string() }).nullable(),
  createdAt: z.string(),
  /** The latest of when they were added, gave a consent, logged in, signed up or took part. */
  lastActivityAt: z.string(),
});

export const privacyRoutes = defineRoutes({
  listConsents: defineRoute({
    method: 'GET',
    path: '/api/people/:id/consents',
    permission: 'coordinator',
    summary: "A person's consent records, per purpose",
    audit: 'people-read',
    tags: ['privacy'],
    params: PersonParams,
    response: z.object({ items: z.array(Consent) }),
  }),
  recordConsent: defineRoute({
    method: 'POST',
    path: '/api/people/:id/consents',
    permission: 'coordinator',
    summary: 'Record a consent: purpose, when, where and the wording shown',
    tags: ['privacy'],
    status: 201,
    params: PersonParams,
    body: ConsentInput,
    response: Consent,
  }),
  withdrawConsent: defineRoute({
    method: 'POST',
    path: '/api/people/:id/consents/:consentId/withdraw',
    permission: 'coordinator',
    summary: 'Record that a consent was withdrawn (the record stays, as proof of both)',
    tags: ['privacy'],
    params: z.object({ id: Id, consentId: Id }),
    response: Consent,
  }),
  myData: defineRoute({
    method: 'GET',
    path: '/api/me/data',
    permission: 'activist',
    summary: 'Everything held about me (JSON)',
    tags: ['privacy'],
    response: MyData,
  }),
  myDataCsv: defineRoute({
    method: 'GET',
    path: '/api/me/data/csv',
    permission: 'activist',
    summary: 'Everything held about me as a CSV file (UTF-8 with BOM, for Excel)',
    tags: ['privacy'],
    response: z.object({ filename: z.string(), content: z.string() }),
  }),
  erasePerson: defineRoute({
    method: 'POST',
    path: '/api/people/:id/erase',
    permission: 'admin',
    summary: "Erase a person's personal data; the anonymous row keeps counts right",
    tags: ['privacy'],
    params: PersonParams,
    body: z.object({ confirm: z.literal(true) }),
    response: z.object({ ok: z.literal(true), erasedAt: z.string() }),
  }),
  getRetention: defineRoute({
    method: 'GET',
    path: '/api/retention',
    permission: 'admin',
    summary: 'The retention rule: its time in months and how many contacts it flags now',
    tags: ['privacy'],
    response: RetentionOverview,
  }),
  updateRetention: defineRoute({
    method: 'PATCH',
    path: '/api/retention',
    permission: 'admin',
    summary: 'Set the retention time in months (0 turns the rule off)',
    tags: ['privacy'],
    body: z.object({ retentionMonths: RetentionMonths }),
    response: RetentionOverview,
  }),
  listFlaggedPeople: defineRoute({
    method: 'GET',
    path: '/api/retention/people',
    permission: 'admin',
    summary:
      'Contacts with no consent in force and no activity for the retention time, oldest first',
    audit: 'people-read',
    tags: ['privacy'],
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: z.object({ items: z.array(FlaggedPerson), total: z.number().int() }),
  }),
});

/** How a consent changed: `given` or `withdrawn`. */
export const consentChanges = ['given', 'withdrawn'] as const;

/** Consents in a person's timeline (the timeline adds id, time and actor). */
export const consentTimelineEvents = [
  z.object({
    kind: z.literal('consent'),
    purpose: z.enum(consentPurposes),
    change: z.enum(consentChanges),
  }),
] as const;
