import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildActivity, buildShift } from '../features/activities/schedule/activities.factories.ts';
import { login, type TestApp, type TestAssociation } from './testing.ts';

// What the tests of secret links share: strings that could be tokens, tried against every
// endpoint a token opens, and the requests that make links.

/** Every string in `text` that could be a link's token (20 or more URL-safe characters). */
export function tokenLikeStrings(text: string): string[] {
  return [...new Set(text.match(/[A-Za-z0-9_-]{20,200}/g) ?? [])];
}

/**
 * The endpoints that `token` opens: a password reset, an invitation, a guest's confirmation, a
 * personal calendar feed. A reset is tried last: it uses the link up.
 */
export async function whatTokenOpens(app: FastifyInstance, token: string): Promise<string[]> {
  const opens: string[] = [];
  const post = (url: string, payload: object) => app.inject({ method: 'POST', url, payload });
  if ((await post('/api/invitations/lookup', { token })).statusCode === 200) {
    opens.push('invitation');
  }
  if ((await post('/api/public/guest-signups/lookup', { token })).statusCode === 200) {
    opens.push('guest sign-up');
  }
  if ((await app.inject({ url: `/calendar/${token}.ics` })).statusCode === 200) {
    opens.push('calendar feed');
  }
  const reset = await post('/api/auth/password-reset/confirm', {
    token,
    password: 'en helt ny lösenfras för testet',
  });
  if (reset.statusCode === 200) opens.push('password reset');
  return opens;
}

/** A public activity of the association with one shift a week from now; its id. */
export async function createPublicActivity(t: TestApp, org: TestAssociation): Promise<string> {
  const organizer = await login(t.app, org.emails.organizer);
  const type = await t.db
    .insertInto('activity_types')
    .values({ organization_id: org.id, key: 'stall', name: 'Bokbord' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/activities',
    headers: organizer.headers,
    payload: buildActivity({
      typeId: type.id,
      title: 'Bokbord på torget',
      startsAt,
      visibility: 'public',
      shifts: [buildShift({ startsAt })],
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
}

/** Signs `email` up as a guest for the activity. */
export async function requestGuestSignup(t: TestApp, activityId: string, email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/public/activities/${activityId}/guest-signup`,
    payload: {
      firstName: 'Gäst',
      lastName: 'Gästsson',
      email,
      consent: true,
      consentWording: 'Jag samtycker till att föreningen sparar mina uppgifter.',
    },
  });
  expect(response.statusCode, response.body).toBe(202);
}

/** Asks for a password reset link for `email`. */
export async function requestReset(t: TestApp, email: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email },
  });
  expect(response.statusCode, response.body).toBe(202);
}
