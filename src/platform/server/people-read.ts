import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { getAuth } from './auth.ts';

// Every answer that shows people's data to someone else is written to the audit log, one entry
// per answered page. A route says so in its contract (`audit: 'people-read'`); its handler
// reports what it showed with `auditPeopleRead`, and addRoute refuses to answer if it did not.
// The kernel knows no audit log: the audit module fills the hook (`ServerModule.readAudit`).

/** One person's record, or a part of it shown on the person's page (`timeline`, `consents`). */
export interface PersonRead {
  personId: string;
  /**
   * Left out for the record itself, which is always logged. A part is logged unless the same
   * account viewed the person a few minutes ago: it is the same look at the person's page.
   */
  part?: string;
}

/** A page of a list of people. */
export interface PeopleListRead {
  /** Which list: `register`, `search`, `saved-list`, `group-members`, `signups`, … */
  list: string;
  /**
   * What was asked, as ids, flags and the lengths of search texts: never the words typed, which
   * may be a name or an address (the audit log holds no names or contact data).
   */
  query?: Record<string, unknown>;
  /** The page asked for; left out when the answer is the whole list. */
  page?: { offset: number; limit: number };
  /** How many people the answer shows. */
  count: number;
}

export type PeopleRead = PersonRead | PeopleListRead;

/** A read as the audit module writes it: who read, in which association. */
export interface PeopleReadEntry {
  organizationId: string;
  accountId: string;
  read: PeopleRead;
}

/** Writes a read to the audit log: one INSERT (the audit module's). */
export type ReadAuditor = (db: Kysely<DB>, entry: PeopleReadEntry) => Promise<void>;

declare module 'fastify' {
  interface FastifyInstance {
    /** Writes reads of people's data to the audit log (the audit module's `readAudit`). */
    readAuditor: ReadAuditor;
  }
  interface FastifyContextConfig {
    /** The route's contract says `audit: 'people-read'`. */
    isPeopleRead?: boolean;
  }
}

const reported = new WeakSet<FastifyRequest>();

/**
 * Writes what the answer shows of people's data to the audit log, once per request; call it
 * before answering, outside any transaction. Nothing is written for a person's own data, nor
 * for an answer asked for a count only (`limit` 0), which shows nobody.
 */
export async function auditPeopleRead(request: FastifyRequest, read: PeopleRead): Promise<void> {
  const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
  if (!request.routeOptions.config.isPeopleRead) {
    throw new Error(`${route} reports a read of people's data but its contract has no audit`);
  }
  if (reported.has(request)) throw new Error(`${route} reported its read twice`);
  reported.add(request);
  const auth = getAuth(request);
  if ('personId' in read && read.personId === auth.personId) return;
  if ('list' in read && read.page?.limit === 0) return;
  await request.server.readAuditor(request.server.db, {
    organizationId: auth.organizationId,
    accountId: auth.accountId,
    read,
  });
}

/** For addRoute: a route that shows people's data may not answer without having reported it. */
export function assertPeopleReadReported(request: FastifyRequest) {
  if (!reported.has(request)) {
    throw new Error(
      `${request.method} ${request.routeOptions.url ?? ''} answered without auditing the read`,
    );
  }
}

/** A search text as the audit log keeps it: whether one was given, and how long. */
export function describeSearchText(text: string | undefined) {
  return text ? { length: text.length } : null;
}
