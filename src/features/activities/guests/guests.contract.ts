import { z } from 'zod';
import { Email, Id, Name } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';
import { SignupStatus } from '../schedule/activities.contract.ts';

// Guest sign-ups: someone without an account signs up on the public activity page and confirms
// with a link e-mailed to them; only then are the contact, the consent and the sign-up recorded.
// The public capability serves these routes beside the public activity page.

export const GuestSignupInput = z.object({
  /** Needed when the activity has more than one shift. */
  shiftId: Id.optional(),
  firstName: Name,
  lastName: Name,
  /** The confirmation link is sent here. */
  email: Email,
  phone: z.string().trim().max(40).nullable().default(null),
  consent: z.literal(true),
  /** The consent text exactly as the guest saw it; kept with the consent record. */
  consentWording: z.string().trim().min(1).max(2000),
});

export const TokenInput = z.object({ token: z.string().min(20).max(200) });

export const GuestSignupInfo = z.object({
  activity: z.object({ id: Id, title: z.string(), startsAt: z.string(), place: z.string() }),
  shift: z.object({ id: Id, title: z.string(), startsAt: z.string(), endsAt: z.string() }),
  organization: z.object({ slug: z.string(), name: z.string() }),
  isConfirmed: z.boolean(),
});

/** Where the e-mailed guest link leads (the token follows after `#token=`). */
export function guestConfirmPath(slug: string) {
  return `/o/${slug}/guest-signup`;
}

const IdParams = z.object({ id: Id });
const tags = ['activities'];

export const guestRoutes = defineRoutes({
  guestSignUp: defineRoute({
    method: 'POST',
    path: '/api/public/activities/:id/guest-signup',
    permission: 'public',
    summary: 'Sign up as a guest; a confirmation link is e-mailed',
    tags,
    status: 202,
    params: IdParams,
    body: GuestSignupInput,
    response: z.object({ ok: z.literal(true), expiresAt: z.string() }),
  }),
  lookupGuestSignup: defineRoute({
    method: 'POST',
    path: '/api/public/guest-signups/lookup',
    permission: 'public',
    summary: 'What a guest confirmation link is for (the token is the credential)',
    tags,
    body: TokenInput,
    response: GuestSignupInfo,
  }),
  confirmGuestSignup: defineRoute({
    method: 'POST',
    path: '/api/public/guest-signups/confirm',
    permission: 'public',
    summary: 'Confirm a guest sign-up: records the contact, the consent and the sign-up',
    tags,
    body: TokenInput,
    response: GuestSignupInfo.extend({ status: SignupStatus }),
  }),
});
