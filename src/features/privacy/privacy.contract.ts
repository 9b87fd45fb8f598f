import { z } from 'zod';
import { Id } from '../../shared/atoms.ts';
import { defineRoute } from '../../shared/route.ts';
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
  /** Who looked at or changed this person's record (by role), and when. */
  accessLog: z.array(
    z.object({ action: z.string(), at: z.string(), byRole: z.string().nullable() }),
  ),
});

const PersonParams = z.object({ id: Id });

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
} as const;
