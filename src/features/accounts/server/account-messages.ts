import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { OutgoingMessage } from '../../../platform/server/mail/mail.service.ts';
import { secretLinkPlaceholder } from '../../../platform/server/mail/secret-links.ts';

// The account e-mails, in Swedish (the association's language). A link in them is made only
// when the mail server takes the message (the accounts module's `secretLinks`): the outbox
// keeps a placeholder.

/** The name under which the accounts module makes reset and invitation links. */
export const ACCOUNT_LINK_MINTER = 'accounts.token';

const timeZone = 'Europe/Stockholm';
const day = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'long' });
const clock = new Intl.DateTimeFormat('sv-SE', { timeZone, hour: '2-digit', minute: '2-digit' });

/** `den 12 mars 2026 kl. 14:05`, in Stockholm time. */
function formatMoment(at: Date): string {
  return `den ${day.format(at)} kl. ${clock.format(at)}`;
}

/** Whom an account's mail goes to: address, names and the association's name. */
export async function recipientOf(db: Kysely<DB>, accountId: string) {
  return db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .select(['a.email', 'p.first_name', 'p.last_name', 'o.name'])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow();
}

/** The password-reset e-mail for the token `tokenId`. */
export async function passwordResetMessage(
  db: Kysely<DB>,
  accountId: string,
  publicUrl: string,
  tokenId: string,
): Promise<OutgoingMessage> {
  const row = await recipientOf(db, accountId);
  return {
    to: row.email,
    subject: 'Välj ett nytt lösenord till Gräsrot',
    text: [
      `Hej ${row.first_name}!`,
      '',
      `Någon, förhoppningsvis du, har bett om ett nytt lösenord till Gräsrot för ${row.name}.`,
      'Öppna länken inom en timme för att välja ett nytt lösenord:',
      '',
      secretLinkPlaceholder(0),
      '',
      'Var det inte du kan du strunta i det här mejlet; ditt lösenord är oförändrat.',
    ].join('\n'),
    secretLinks: [{ minter: ACCOUNT_LINK_MINTER, id: tokenId, url: `${publicUrl}/reset-password` }],
  };
}

export function invitationMessage(input: {
  email: string;
  firstName: string;
  organizationName: string;
  inviterName: string;
  publicUrl: string;
  tokenId: string;
}): OutgoingMessage {
  return {
    to: input.email,
    subject: `Inbjudan till ${input.organizationName} i Gräsrot`,
    text: [
      `Hej ${input.firstName}!`,
      '',
      `${input.inviterName} har bjudit in dig till Gräsrot, där ${input.organizationName} planerar sina aktiviteter.`,
      'Öppna länken inom sju dagar och välj ett lösenord för att komma igång:',
      '',
      secretLinkPlaceholder(0),
    ].join('\n'),
    secretLinks: [
      { minter: ACCOUNT_LINK_MINTER, id: input.tokenId, url: `${input.publicUrl}/invitation` },
    ],
  };
}

/** Tells a person that an admin made a link to set their password; carries no link itself. */
export async function resetLinkNoticeMessage(
  db: Kysely<DB>,
  input: { accountId: string; adminName: string; createdAt: Date; expiresAt: Date },
): Promise<OutgoingMessage> {
  const row = await recipientOf(db, input.accountId);
  return {
    to: row.email,
    subject: 'En administratör har skapat en länk för nytt lösenord till ditt konto',
    text: [
      `Hej ${row.first_name}!`,
      '',
      `En administratör, ${input.adminName}, skapade en länk för att byta ditt lösenord till ` +
        `Gräsrot för ${row.name} ${formatMoment(input.createdAt)}.`,
      `Den som öppnar länken kan välja ett nytt lösenord och logga in som du. Länken gäller till ` +
        `${formatMoment(input.expiresAt)} och kan bara användas en gång.`,
      '',
      'Var det inte du som bad om det, kontakta föreningens ordförande eller en annan ' +
        'administratör så snart du kan.',
    ].join('\n'),
  };
}
