import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { listPersonCommittees } from '../../organizations/server/committees.queries.ts';
import { formatCsv } from '../../../platform/server/write-csv.ts';
import { getPerson } from '../../people/server/register.queries.ts';
import { listNotesAbout } from '../../timeline/server/notes.queries.ts';
import type { MyData } from '../privacy.contract.ts';
import { listConsents } from './consents.queries.ts';

type Data = z.infer<typeof MyData>;

/**
 * The person's sign-ups, and what is kept of their confirmed guest sign-ups, read from the
 * activities module's tables (privacy does not import its server code).
 */
async function listSignupsOf(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<Pick<Data, 'signups' | 'guestSignups' | 'pendingGuestSignups'>> {
  const signups = await db
    .selectFrom('signups as su')
    .innerJoin('shifts as sh', 'sh.id', 'su.shift_id')
    .innerJoin('activities as a', 'a.id', 'sh.activity_id')
    .select([
      'a.title as activity',
      'sh.title as shift',
      'sh.starts_at',
      'sh.ends_at',
      'su.status',
      'su.source',
      'su.attended',
      'su.created_at',
      'su.cancelled_at',
    ])
    .where('su.organization_id', '=', organizationId)
    .where('su.person_id', '=', personId)
    .orderBy('su.created_at', 'desc')
    .execute();
  // Guest requests with their activity and shift start.
  const guestRequests = () =>
    db
      .selectFrom('guest_signups as g')
      .innerJoin('shifts as sh', 'sh.id', 'g.shift_id')
      .innerJoin('activities as a', 'a.id', 'sh.activity_id')
      .select(['a.title as activity', 'sh.starts_at', 'g.created_at'])
      .where('g.organization_id', '=', organizationId);
  const guests = await guestRequests()
    .innerJoin('signups as su', 'su.id', 'g.signup_id')
    .select(['g.confirmed_at', 'g.consent_wording'])
    .where('su.person_id', '=', personId)
    .where('g.confirmed_at', 'is not', null)
    .$narrowType<{ confirmed_at: Date }>()
    .orderBy('g.created_at', 'desc')
    .execute();
  // Unconfirmed requests belong to no one yet: they are mine if made with my address.
  const pending = await guestRequests()
    .select(['g.expires_at', 'g.first_name', 'g.last_name', 'g.email', 'g.phone'])
    .where('g.confirmed_at', 'is', null)
    .where('g.expires_at', '>', new Date())
    .where(
      sql`lower(g.email)`,
      'in',
      sql`(select lower(email) from people where id = ${personId} and email is not null
           union select lower(email) from accounts where person_id = ${personId})`,
    )
    .$narrowType<{ first_name: string; last_name: string; email: string }>()
    .orderBy('g.created_at', 'desc')
    .execute();
  return {
    signups: signups.map((row) => ({
      activity: row.activity,
      shift: row.shift,
      shiftStartsAt: row.starts_at.toISOString(),
      shiftEndsAt: row.ends_at.toISOString(),
      status: row.status,
      source: row.source,
      attended: row.attended,
      signedUpAt: row.created_at.toISOString(),
      cancelledAt: row.cancelled_at?.toISOString() ?? null,
    })),
    guestSignups: guests.map((row) => ({
      activity: row.activity,
      shiftStartsAt: row.starts_at.toISOString(),
      requestedAt: row.created_at.toISOString(),
      confirmedAt: row.confirmed_at.toISOString(),
      consentWording: row.consent_wording,
    })),
    pendingGuestSignups: pending.map((row) => ({
      activity: row.activity,
      shiftStartsAt: row.starts_at.toISOString(),
      requestedAt: row.created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
    })),
  };
}

/**
 * Everything held about a person: record, account, committees, consents, notes, sign-ups,
 * access log.
 */
export async function collectMyData(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<Data> {
  const [person, account, committees, consents, notes, activities, log] = await Promise.all([
    getPerson(db, organizationId, personId),
    db
      .selectFrom('accounts')
      .select(['email', 'role', 'created_at', 'last_login_at'])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    listPersonCommittees(db, organizationId, personId),
    listConsents(db, organizationId, personId),
    listNotesAbout(db, organizationId, personId),
    listSignupsOf(db, organizationId, personId),
    db
      .selectFrom('audit_log as l')
      .leftJoin('accounts as a', 'a.id', 'l.account_id')
      .select(['l.action', 'l.created_at', 'a.role'])
      .where('l.organization_id', '=', organizationId)
      .where('l.person_id', '=', personId)
      .orderBy('l.created_at', 'desc')
      .limit(1000)
      .execute(),
  ]);
  return {
    downloadedAt: new Date().toISOString(),
    person,
    account: account
      ? {
          email: account.email,
          role: account.role,
          createdAt: account.created_at.toISOString(),
          lastLoginAt: account.last_login_at ? account.last_login_at.toISOString() : null,
        }
      : null,
    committees: committees.map(({ name, title }) => ({ name, title })),
    consents,
    notes,
    ...activities,
    accessLog: log.map((row) => ({
      action: row.action,
      at: row.created_at.toISOString(),
      byRole: row.role ?? null,
    })),
  };
}

/** The same as CSV rows of section, field and value: one file a spreadsheet opens. */
export function myDataAsCsv(data: Data): string {
  const rows: [string, string, string][] = [];
  const add = (section: string, value: unknown, prefix = '') => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) add(section, inner, `${prefix}${key}.`);
    } else if (Array.isArray(value)) {
      value.forEach((inner, index) => add(section, inner, `${prefix}${index + 1}.`));
    } else {
      rows.push([section, prefix.replace(/\.$/, ''), value === null ? '' : String(value)]);
    }
  };
  add('person', data.person);
  add('account', data.account);
  add('committees', data.committees);
  add('consents', data.consents);
  add('notes', data.notes);
  add('signups', data.signups);
  add('guestSignups', data.guestSignups);
  add('pendingGuestSignups', data.pendingGuestSignups);
  add('accessLog', data.accessLog);
  return '\uFEFF' + formatCsv(['section', 'field', 'value'], rows);
}
