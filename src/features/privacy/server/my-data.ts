import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { formatCsv } from '../../../platform/server/write-csv.ts';
import type { MyData } from '../privacy.contract.ts';
import type {
  MyDataSection,
  PersonDataPart,
  PersonScope,
} from '../../../platform/server/person-data.ts';

type Data = z.infer<typeof MyData>;

/** Sign-ups and guest requests, until the activities module contributes its own part. */
const activitiesUntilContributed: PersonDataPart = {
  tables: [],
  myData: (db, { organizationId, personId }) => listSignupsOf(db, organizationId, personId),
};

/**
 * The person's sign-ups, and what is kept of their confirmed guest sign-ups, read from the
 * activities module's tables (privacy does not import its server code).
 */
async function listSignupsOf(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<Record<string, MyDataSection>> {
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
 * Everything held about a person, in sections contributed by every module that keeps data about
 * people (`personData` in each module), in module order with the record first.
 */
export async function collectMyData(
  db: Kysely<DB>,
  parts: PersonDataPart[],
  scope: PersonScope,
): Promise<Data> {
  const sections: Record<string, MyDataSection> = {};
  // One after the other: PGlite has a single connection, and each part is a few small queries.
  for (const part of [...parts, activitiesUntilContributed]) {
    if (part.myData) Object.assign(sections, await part.myData(db, scope));
  }
  const { person, ...rest } = sections;
  return { downloadedAt: new Date().toISOString(), person: person ?? null, ...rest };
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
  for (const [section, value] of Object.entries(data)) {
    if (section !== 'downloadedAt') add(section, value);
  }
  return '\uFEFF' + formatCsv(['section', 'field', 'value'], rows);
}
