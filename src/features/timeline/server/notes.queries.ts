import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import {
  msTime,
  olderThan,
  type SourceEvent,
  type TimelineSource,
} from '../../../platform/server/timeline-source.ts';

export async function createNote(
  db: Kysely<DB>,
  input: { organizationId: string; personId: string; authorAccountId: string; body: string },
) {
  return db
    .insertInto('person_notes')
    .values({
      organization_id: input.organizationId,
      person_id: input.personId,
      author_account_id: input.authorAccountId,
      body: input.body,
    })
    .returning(['id', 'body', 'author_account_id', msTime('created_at').as('at')])
    .executeTakeFirstOrThrow();
}

/** A note about this person, or not found. */
export async function getNote(
  db: Kysely<DB>,
  organizationId: string,
  personId: string,
  noteId: string,
) {
  const note = await db
    .selectFrom('person_notes')
    .select(['id', 'author_account_id'])
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .where('id', '=', noteId)
    .executeTakeFirst();
  if (!note) throw new AppError('not_found', 'No such note');
  return note;
}

export async function deleteNote(db: Kysely<DB>, organizationId: string, noteId: string) {
  await db
    .deleteFrom('person_notes')
    .where('organization_id', '=', organizationId)
    .where('id', '=', noteId)
    .execute();
}

/** The notes about a person, newest first, for their own data download (without authors). */
export async function listNotesAbout(db: Kysely<DB>, organizationId: string, personId: string) {
  const rows = await db
    .selectFrom('person_notes')
    .select(['body', 'created_at'])
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map((row) => ({ body: row.body, createdAt: row.created_at.toISOString() }));
}

export function noteEvent(
  row: { id: string; body: string; author_account_id: string | null; at: Date },
  viewer: { accountId: string; isAdmin: boolean },
): SourceEvent {
  return {
    id: `note:${row.id}`,
    at: row.at.toISOString(),
    actorAccountId: row.author_account_id,
    kind: 'note',
    noteId: row.id,
    body: row.body,
    canDelete: viewer.isAdmin || row.author_account_id === viewer.accountId,
  };
}

export const notesSource: TimelineSource = async (db, query) => {
  const at = msTime('n.created_at');
  const rows = await db
    .selectFrom('person_notes as n')
    .select(['n.id', 'n.body', 'n.author_account_id', at.as('at')])
    .where('n.organization_id', '=', query.organizationId)
    .where('n.person_id', '=', query.personId)
    .where(olderThan(query.before, 'note', at, 'n.id'))
    .orderBy(at, 'desc')
    .orderBy('n.id', 'desc')
    .limit(query.limit)
    .execute();
  return rows.map((row) => noteEvent(row, query.viewer));
};
