import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import { normalizePhone } from '../../../../platform/shared/phone.ts';
import { createSecret, hashSecret } from '../../../../platform/server/secrets.ts';
import type { EventBus } from '../../../../platform/server/events.ts';
import type { Mailer } from '../../../../platform/server/mail/mail.service.ts';
import {
  secretLinkPlaceholder,
  type SecretLinkMinter,
} from '../../../../platform/server/mail/secret-links.ts';
import { createPerson } from '../../../people/register/server/register.queries.ts';
import { recordConsent } from '../../../privacy/server/consents.queries.ts';
import { guestConfirmPath, type GuestSignupInput } from '../guests.contract.ts';
import { assertBeforeCutoff, signUp } from '../../signups/server/signup.service.ts';
import { TIME_ZONE } from '../../schedule/server/stockholm-time.ts';

// A guest (no account) signs up with a name, an e-mail address and consent. Nothing lands in the
// register until the e-mailed link is followed: only then is the contact created (or found by
// e-mail), with the consent as given, and signed up. Unconfirmed requests expire and are removed.

const LINK_TTL_MS = 48 * 3_600_000;
const MAX_PENDING_PER_ADDRESS = 3;

const when = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: '2-digit',
  minute: '2-digit',
});

function invalidLink() {
  return new AppError('bad_request', 'This link is invalid or expired', {
    errors: [{ path: 'body.token', code: 'invalid_token', message: 'Invalid or expired link' }],
  });
}

/**
 * Forgets guest requests whose link expired unconfirmed: their name, address and phone were
 * given for that one sign-up only. Run before each new request and hourly by the server.
 */
export async function deleteExpiredGuestRequests(db: Kysely<DB>): Promise<number> {
  const result = await db
    .deleteFrom('guest_signups')
    .where('expires_at', '<', new Date())
    .where('confirmed_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Stores the request and e-mails the link, in one transaction. Returns when the link expires. */
export async function requestGuestSignup(
  db: Kysely<DB>,
  mailer: Mailer,
  publicUrl: string,
  input: z.output<typeof GuestSignupInput> & {
    organizationId: string;
    activityId: string;
    shiftId: string;
  },
) {
  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) {
    throw new AppError('validation', 'Not a phone number', {
      errors: [{ path: 'body.phone', code: 'invalid_phone', message: 'Not a phone number' }],
    });
  }
  return db.transaction().execute(async (trx) => {
    const shift = await trx
      .selectFrom('shifts as s')
      .innerJoin('activities as a', 'a.id', 's.activity_id')
      .innerJoin('organizations as o', 'o.id', 'a.organization_id')
      .select(['s.starts_at', 'a.title', 'a.place', 'a.signup_cutoff_minutes', 'o.slug', 'o.name'])
      .where('s.id', '=', input.shiftId)
      .executeTakeFirstOrThrow();
    assertBeforeCutoff(shift.starts_at, shift.signup_cutoff_minutes);
    await deleteExpiredGuestRequests(trx);
    // A public form that sends mail: a few pending links per address, so it cannot be used to
    // flood someone's inbox.
    const pending = await trx
      .selectFrom('guest_signups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', input.organizationId)
      .where(sql`lower(email)`, '=', input.email.toLowerCase())
      .where('confirmed_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(pending.n) >= MAX_PENDING_PER_ADDRESS) {
      throw new AppError('too_many_requests', 'Confirm the links already sent to this address');
    }
    const expiresAt = new Date(Math.min(Date.now() + LINK_TTL_MS, shift.starts_at.getTime()));
    const request = await trx
      .insertInto('guest_signups')
      .values({
        organization_id: input.organizationId,
        shift_id: input.shiftId,
        first_name: input.firstName,
        last_name: input.lastName,
        email: input.email,
        phone,
        consent_wording: input.consentWording,
        // A secret nobody learns: the link's own is made when the mail server takes the mail.
        token_hash: hashSecret(createSecret()),
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await mailer.send(
      input.organizationId,
      {
        to: input.email,
        subject: `Bekräfta din anmälan: ${shift.title}`,
        text: [
          // Nothing the requester typed: the address is not confirmed to be theirs.
          'Hej!',
          '',
          `Du har anmält dig till ${shift.title}, ${when.format(shift.starts_at)}` +
            `${shift.place ? `, ${shift.place}` : ''}. ${shift.name} ordnar.`,
          'Öppna länken för att bekräfta anmälan:',
          '',
          secretLinkPlaceholder(0),
          '',
          'Har du inte anmält dig kan du strunta i det här mejlet. Då sparas inget om dig.',
        ].join('\n'),
        secretLinks: [
          {
            minter: GUEST_LINK_MINTER,
            id: request.id,
            url: `${publicUrl}${guestConfirmPath(shift.slug)}`,
          },
        ],
      },
      trx,
    );
    return { expiresAt };
  });
}

/** The name under which guest confirmation links are made. */
export const GUEST_LINK_MINTER = 'activities.guest-signup';

/**
 * A fresh secret for a guest's confirmation link, made as the mail is handed to the mail
 * server; its hash replaces the one before, so an earlier link stops working. Null once the
 * request is confirmed or expired.
 */
export const mintGuestLink: SecretLinkMinter = async (trx, link) => {
  const secret = createSecret();
  const row = await trx
    .updateTable('guest_signups')
    .set({ token_hash: hashSecret(secret) })
    .where('id', '=', link.id)
    .where('organization_id', '=', link.organizationId)
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('id')
    .executeTakeFirst();
  return row ? secret : null;
};

async function findGuestSignup(db: Kysely<DB>, token: string) {
  return db
    .selectFrom('guest_signups as g')
    .innerJoin('shifts as s', 's.id', 'g.shift_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .innerJoin('organizations as o', 'o.id', 'g.organization_id')
    .select([
      'g.id',
      'g.organization_id',
      'g.shift_id',
      'g.first_name',
      'g.last_name',
      'g.email',
      'g.phone',
      'g.consent_wording',
      'g.expires_at',
      'g.confirmed_at',
      'g.signup_id',
      's.title as shift_title',
      's.starts_at as shift_starts_at',
      's.ends_at as shift_ends_at',
      'a.id as activity_id',
      'a.title',
      'a.place',
      'a.starts_at',
      'o.slug',
      'o.name',
    ])
    .where('g.token_hash', '=', hashSecret(token))
    .executeTakeFirst();
}

type Pending = NonNullable<Awaited<ReturnType<typeof findGuestSignup>>>;

function presentInfo(row: Pending) {
  return {
    activity: {
      id: row.activity_id,
      title: row.title,
      startsAt: row.starts_at.toISOString(),
      place: row.place,
    },
    shift: {
      id: row.shift_id,
      title: row.shift_title,
      startsAt: row.shift_starts_at.toISOString(),
      endsAt: row.shift_ends_at.toISOString(),
    },
    organization: { slug: row.slug, name: row.name },
    isConfirmed: row.confirmed_at !== null,
  };
}

/** What a link is for; a confirmed link still answers (a second click is no error). */
export async function lookupGuestSignup(db: Kysely<DB>, token: string) {
  const row = await findGuestSignup(db, token);
  if (!row || (!row.confirmed_at && row.expires_at.getTime() <= Date.now())) throw invalidLink();
  return presentInfo(row);
}

/** Confirms once: the contact (found by e-mail, else created), their consent, the sign-up. */
export async function confirmGuestSignup(db: Kysely<DB>, events: EventBus, token: string) {
  return db.transaction().execute(async (trx) => {
    const found = await findGuestSignup(trx, token);
    if (!found) throw invalidLink();
    // Two clicks at once: the second waits here and then sees the first one's confirmation.
    await trx
      .selectFrom('guest_signups')
      .select('id')
      .where('id', '=', found.id)
      .forUpdate()
      .execute();
    const row = (await findGuestSignup(trx, token))!;
    if (row.confirmed_at) {
      const signup = row.signup_id
        ? await trx
            .selectFrom('signups')
            .select('status')
            .where('id', '=', row.signup_id)
            .executeTakeFirst()
        : undefined;
      return { ...presentInfo(row), status: signup?.status ?? ('cancelled' as const) };
    }
    if (row.expires_at.getTime() <= Date.now() || !row.email) throw invalidLink();
    const email = row.email;
    const existing = await trx
      .selectFrom('people')
      .select(['id', 'is_member'])
      .where('organization_id', '=', row.organization_id)
      .where(sql`lower(email)`, '=', email.toLowerCase())
      .where('erased_at', 'is', null)
      .orderBy('created_at')
      .executeTakeFirst();
    const person = existing ?? {
      id: (
        await createPerson(trx, row.organization_id, {
          firstName: row.first_name!,
          lastName: row.last_name!,
          email,
          phone: row.phone,
          isMember: false,
        })
      ).id,
      is_member: false,
    };
    // Members are covered by their membership; anyone else by the consent they just gave.
    if (!person.is_member) {
      await recordConsent(trx, {
        organizationId: row.organization_id,
        personId: person.id,
        accountId: null,
        purpose: 'events',
        source: `Gästanmälan: ${row.title}`.slice(0, 200),
        wording: row.consent_wording,
      });
    }
    const signup = await signUp(trx, {
      organizationId: row.organization_id,
      shiftId: row.shift_id,
      personId: person.id,
      source: 'guest',
      events,
    });
    await trx
      .updateTable('guest_signups')
      .set({
        confirmed_at: new Date(),
        signup_id: signup.id,
        first_name: null,
        last_name: null,
        email: null,
        phone: null,
      })
      .where('id', '=', row.id)
      .execute();
    return { ...presentInfo(row), isConfirmed: true, status: signup.status };
  });
}
