import type { Kysely } from 'kysely';
import type { DB } from '../../../../../db/schema.ts';
import type { OutgoingMessage } from '../../../../platform/server/mail/mail.service.ts';
import { recipientOf } from '../../server/account-messages.ts';

export type TwoFactorNotice =
  'reset_by_admin' | 'recovery_code_used' | 'recovery_code_used_for_change';

/**
 * Tells the account holder of a change to their login that they did not necessarily make
 * themselves, so that nobody's second factor is turned off or bypassed unseen.
 */
export async function twoFactorNoticeMessage(
  db: Kysely<DB>,
  accountId: string,
  notice: TwoFactorNotice,
  byAccountId?: string,
): Promise<OutgoingMessage> {
  const person = await recipientOf(db, accountId);
  const when = new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date());
  const ifNotYou =
    'Var det inte du, eller känner du inte till det? Byt lösenord och kontakta föreningens administratör.';
  if (notice === 'reset_by_admin') {
    const admin = byAccountId ? await recipientOf(db, byAccountId) : null;
    const who = admin ? `${admin.first_name} ${admin.last_name}` : 'En administratör';
    return {
      to: person.email,
      subject: 'Tvåstegsverifieringen för ditt konto har stängts av',
      text: [
        `Hej ${person.first_name}!`,
        '',
        `${who}, administratör i ${person.name}, stängde av tvåstegsverifieringen för ditt konto i Gräsrot ${when}.`,
        'Nästa gång du loggar in räcker lösenordet, eller så får du ställa in verifieringen på nytt med din app.',
        '',
        ifNotYou,
      ].join('\n'),
    };
  }
  const what =
    notice === 'recovery_code_used'
      ? 'loggade in på ditt konto'
      : 'ändrade tvåstegsverifieringen för ditt konto';
  return {
    to: person.email,
    subject: 'En av dina reservkoder har använts',
    text: [
      `Hej ${person.first_name}!`,
      '',
      `Någon ${what} i Gräsrot för ${person.name} med en av dina reservkoder ${when}.`,
      'Varje reservkod fungerar bara en gång. Under Min sida kan du skapa nya koder.',
      '',
      ifNotYou,
    ].join('\n'),
  };
}
