import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { OutgoingMessage } from '../../../platform/server/mail/mail.service.ts';

/** The password-reset e-mail, in Swedish (the association's language). */
export async function passwordResetMessage(
  db: Kysely<DB>,
  accountId: string,
  publicUrl: string,
  secret: string,
): Promise<OutgoingMessage> {
  const row = await db
    .selectFrom('accounts as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('organizations as o', 'o.id', 'a.organization_id')
    .select(['a.email', 'p.first_name', 'o.name'])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow();
  return {
    to: row.email,
    subject: 'Välj ett nytt lösenord till Gräsrot',
    text: [
      `Hej ${row.first_name}!`,
      '',
      `Någon, förhoppningsvis du, har bett om ett nytt lösenord till Gräsrot för ${row.name}.`,
      'Öppna länken inom en timme för att välja ett nytt lösenord:',
      '',
      `${publicUrl}/reset-password#token=${secret}`,
      '',
      'Var det inte du kan du strunta i det här mejlet; ditt lösenord är oförändrat.',
    ].join('\n'),
  };
}

export function invitationMessage(input: {
  email: string;
  firstName: string;
  organizationName: string;
  inviterName: string;
  publicUrl: string;
  secret: string;
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
      `${input.publicUrl}/invitation#token=${input.secret}`,
    ].join('\n'),
  };
}
