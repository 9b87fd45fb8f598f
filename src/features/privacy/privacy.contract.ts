import { z } from 'zod';
import { Id } from '../../platform/shared/atoms.ts';
import { defineRoute } from '../../platform/shared/route.ts';
import { SignupStatus } from '../activities/schedule/activities.contract.ts';
import { signupSources } from '../activities/signups/signups.contract.ts';
import { Person } from '../people/people.contract.ts';

export const consentPurposes = [
  'contact',
  'newsletter',
  'calling',
  'canvassing',
  'events',
] as const;

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
export const MyData = z.object({
  downloadedAt: z.string(),
  person: Person,
  account: z
    .object({
      email: z.string(),
      role: z.string(),
      createdAt: z.string(),
      lastLoginAt: z.string().nullable(),
    })
    .nullable(),
  committees: z.array(z.object({ name: z.string(), title: z.string() })),
  consents: z.array(Consent),
  /** Notes the association's organizers wrote about me. */
  notes: z.array(z.object({ body: z.string(), createdAt: z.string() })),
  /** My sign-ups for activities' shifts, newest first; cancelled ones are kept too. */
  signups: z.array(
    z.object({
      activity: z.string(),
      shift: z.string(),
      shiftStartsAt: z.string(),
      shiftEndsAt: z.string(),
      status: SignupStatus,
      source: z.enum(signupSources),
      /** Null until marked; false: did not come. */
      attended: z.boolean().nullable(),
      signedUpAt: z.string(),
      cancelledAt: z.string().nullable(),
    }),
  ),
  /** What is kept of my confirmed guest sign-ups on the public calendar (no name or address). */
  guestSignups: z.array(
    z.object({
      activity: z.string(),
      shiftStartsAt: z.string(),
      requestedAt: z.string(),
      confirmedAt: z.string(),
      /** The consent text I was shown. */
      consentWording: z.string(),
    }),
  ),
  /**
   * Guest sign-ups asked for with my e-mail address and not (yet) confirmed: kept with what was
   * given until the link expires, then deleted.
   */
  pendingGuestSignups: z.array(
    z.object({
      activity: z.string(),
      shiftStartsAt: z.string(),
      requestedAt: z.string(),
      expiresAt: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
    }),
  ),
  /** Who looked at or changed this person's record (by role), and when. */
  accessLog: z.array(
    z.object({ action: z.string(), at: z.string(), byRole: z.string().nullable() }),
  ),
});

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

export const privacyRoutes = {
  listConsents: defineRoute({
    method: 'GET',
    path: '/api/people/:id/consents',
    permission: 'coordinator',
    summary: "A person's consent records, per purpose",
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
    tags: ['privacy'],
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
    response: z.object({ items: z.array(FlaggedPerson), total: z.number().int() }),
  }),
} as const;
