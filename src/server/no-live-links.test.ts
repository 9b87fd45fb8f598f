import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../db/backup.ts';
import { startSmtp, tokenSentTo, type FakeSmtp } from '../platform/server/mail/mail-testing.ts';
import {
  createPublicActivity,
  requestGuestSignup,
  requestReset,
  tokenLikeStrings,
  whatTokenOpens,
} from './secret-links-testing.ts';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
} from './testing.ts';

// The check: after password resets, invitations, guest sign-ups, an admin's reset link
// and a calendar feed, every string of a backup and of the admins' outbox that could be a token
// is tried against every endpoint a token opens, and none opens anything. The links that went
// where they belong (the recipient's mailbox, the one answer that showed a link) do work.

const LABEL = '[personlig länk – skickas bara till mottagaren]';

describe.each([
  { mode: 'with a mail server', withSmtp: true },
  { mode: 'without a mail server', withSmtp: false },
])('$mode', ({ withSmtp }) => {
  let smtp: FakeSmtp | undefined;
  let t: TestApp;
  let org: TestAssociation;
  let shownInvitation: string | null;
  let shownReset: string;
  const invitee = () => `ny.medlem@${org.slug}.example.org`;
  const guest = () => `gast@${org.slug}.example.org`;

  beforeAll(async () => {
    smtp = withSmtp ? await startSmtp() : undefined;
    t = await createTestApp(smtp ? { smtpUrl: smtp.url } : {});
    org = await seedAssociation(t.db, withSmtp ? 'medpost' : 'utanpost');
    const admin = await login(t.app, org.emails.admin);
    await requestReset(t, org.emails.activist);
    await requestReset(t, org.emails.organizer);
    const invitation = await t.app.inject({
      method: 'POST',
      url: '/api/invitations',
      headers: admin.headers,
      payload: { email: invitee(), firstName: 'Ny', lastName: 'Medlem', role: 'activist' },
    });
    expect(invitation.statusCode, invitation.body).toBe(201);
    shownInvitation = (invitation.json() as { link: string | null }).link;
    const activity = await createPublicActivity(t, org);
    await requestGuestSignup(t, activity, guest());
    await requestGuestSignup(t, activity, `annan.gast@${org.slug}.example.org`);
    const coordinator = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', org.emails.coordinator)
      .executeTakeFirstOrThrow();
    const resetLink = await t.app.inject({
      method: 'POST',
      url: `/api/accounts/${coordinator.id}/reset-link`,
      headers: admin.headers,
    });
    expect(resetLink.statusCode, resetLink.body).toBe(201);
    shownReset = (resetLink.json() as { link: string }).link;
    const activist = await login(t.app, org.emails.activist);
    const feed = await t.app.inject({
      method: 'POST',
      url: '/api/me/calendar-feed',
      headers: activist.headers,
    });
    expect(feed.statusCode, feed.body).toBeLessThan(300);
    await t.app.mailer.flush();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('a backup and the outbox hold no token that opens anything', async () => {
    const backup = JSON.stringify(await createBackup(t.db));
    const admin = await login(t.app, org.emails.admin);
    const outbox = await t.app.inject({ url: '/api/outbox?limit=200', headers: admin.headers });
    expect(outbox.statusCode).toBe(200);
    const items = (outbox.json() as { items: { subject: string; text: string }[] }).items;
    // Two resets, an invitation, two guests, and the notice of the admin's reset link.
    expect(items).toHaveLength(6);
    expect(items.filter((item) => item.text.includes(LABEL))).toHaveLength(5);
    const candidates = tokenLikeStrings(`${backup}\n${outbox.body}`);
    // The search reaches every stored hash of a link (each tried as a token too).
    const hashes = [
      ...(await t.db.selectFrom('account_tokens').select('token_hash').execute()),
      ...(await t.db.selectFrom('guest_signups').select('token_hash').execute()),
    ].map((row) => row.token_hash);
    expect(hashes).toHaveLength(6);
    expect(candidates).toEqual(expect.arrayContaining(hashes));
    const working: string[] = [];
    for (const token of candidates) {
      const opens = await whatTokenOpens(t.app, token);
      if (opens.length > 0) working.push(`${token}: ${opens.join(', ')}`);
    }
    expect(working).toEqual([]);
  });

  it('the links shown once to the one who made them work', async () => {
    const token = (link: string) => new URL(link).hash.replace('#token=', '');
    expect(await whatTokenOpens(t.app, token(shownReset))).toEqual(['password reset']);
    if (withSmtp) {
      expect(shownInvitation).toBeNull();
    } else {
      expect(await whatTokenOpens(t.app, token(shownInvitation!))).toEqual(['invitation']);
    }
  });

  it.runIf(withSmtp)('each recipient gets a working link by e-mail', async () => {
    const received = smtp!.received;
    const opens = (to: string, path: string) =>
      whatTokenOpens(t.app, tokenSentTo(received, to, path));
    expect(await opens(org.emails.activist, '/reset-password')).toEqual(['password reset']);
    expect(await opens(org.emails.organizer, '/reset-password')).toEqual(['password reset']);
    expect(await opens(invitee(), '/invitation')).toEqual(['invitation']);
    expect(await opens(guest(), '/guest-signup')).toEqual(['guest sign-up']);
  });

  it.runIf(!withSmtp)('without one, a reset or guest link is never made', async () => {
    const rows = await t.db.selectFrom('outbox').select(['status', 'body_text']).execute();
    expect(rows.map((row) => row.status)).toEqual(rows.map(() => 'stored'));
    expect(rows.map((row) => row.body_text).join('\n')).not.toContain('#token=');
  });
});
