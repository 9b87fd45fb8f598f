import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { listPersonCommittees } from '../../organizations/server/committees.queries.ts';
import { formatCsv } from '../../people/server/import/write-csv.ts';
import { getPerson } from '../../people/server/register.queries.ts';
import type { MyData } from '../privacy.contract.ts';
import { listConsents } from './consents.queries.ts';

/** Everything held about a person: the record, account, committees, consents, access log. */
export async function collectMyData(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
): Promise<z.infer<typeof MyData>> {
  const [person, account, committees, consents, log] = await Promise.all([
    getPerson(db, organizationId, personId),
    db
      .selectFrom('accounts')
      .select(['email', 'role', 'created_at', 'last_login_at'])
      .where('person_id', '=', personId)
      .executeTakeFirst(),
    listPersonCommittees(db, organizationId, personId),
    listConsents(db, organizationId, personId),
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
    accessLog: log.map((row) => ({
      action: row.action,
      at: row.created_at.toISOString(),
      byRole: row.role ?? null,
    })),
  };
}

/** The same as CSV rows of section, field and value: one file a spreadsheet opens. */
export function myDataAsCsv(data: z.infer<typeof MyData>): string {
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
  add('accessLog', data.accessLog);
  return '\uFEFF' + formatCsv(['section', 'field', 'value'], rows);
}
