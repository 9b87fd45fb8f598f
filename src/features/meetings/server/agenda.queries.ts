import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { AgendaItem, AgendaItemInput, AgendaItemPatch } from '../meeting-plan.contract.ts';
import { listDecisions, listElections } from './decisions.queries.ts';
import { assertPeopleExist, namesOf, refOf } from './people-names.queries.ts';

// The agenda: items in order, each with its preparer, documents, decisions and elections.

/** The meeting an agenda item belongs to (404 for another association's). */
export async function meetingIdOfItem(db: Kysely<DB>, organizationId: string, itemId: string) {
  const row = await db
    .selectFrom('meeting_agenda_items')
    .select('meeting_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', itemId)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such agenda item');
  return row.meeting_id;
}

export async function listAgenda(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  onlyItemId?: string,
): Promise<z.output<typeof AgendaItem>[]> {
  let select = db
    .selectFrom('meeting_agenda_items as i')
    .leftJoin('meeting_topic_proposals as p', 'p.agenda_item_id', 'i.id')
    .select([
      'i.id',
      'i.position',
      'i.title',
      'i.description',
      'i.kind',
      'i.preparer_person_id',
      'i.documents',
      'p.id as proposal_id',
    ])
    .where('i.organization_id', '=', organizationId)
    .where('i.meeting_id', '=', meetingId)
    .orderBy('i.position')
    .orderBy('i.created_at');
  if (onlyItemId) select = select.where('i.id', '=', onlyItemId);
  const rows = await select.execute();
  const names = await namesOf(
    db,
    organizationId,
    rows.map((row) => row.preparer_person_id),
  );
  const decisions = await listDecisions(db, organizationId, meetingId);
  const elections = await listElections(db, organizationId, meetingId);
  const seen = new Set<string>();
  return rows.flatMap((row) => {
    // An item taken from two proposals would join twice; show it once.
    if (seen.has(row.id)) return [];
    seen.add(row.id);
    return [
      {
        id: row.id,
        position: row.position,
        title: row.title,
        description: row.description,
        kind: row.kind,
        preparer: refOf(names, row.preparer_person_id),
        documents: row.documents,
        proposalId: row.proposal_id,
        decisions: decisions.filter((d) => d.itemId === row.id),
        elections: elections.filter((e) => e.itemId === row.id),
      },
    ];
  });
}

export async function getAgendaItem(db: Kysely<DB>, organizationId: string, itemId: string) {
  const meetingId = await meetingIdOfItem(db, organizationId, itemId);
  const [item] = await listAgenda(db, organizationId, meetingId, itemId);
  return item!;
}

/** Adds an item at the end; returns its id. */
export async function addAgendaItem(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  input: z.output<typeof AgendaItemInput>,
) {
  await assertPeopleExist(db, organizationId, [input.preparerPersonId], 'body.preparerPersonId');
  const row = await db
    .insertInto('meeting_agenda_items')
    .values({
      organization_id: organizationId,
      meeting_id: meetingId,
      position: sql<number>`(select coalesce(max(position), 0) + 1 from meeting_agenda_items
        where meeting_id = ${meetingId})`,
      title: input.title,
      description: input.description,
      kind: input.kind,
      preparer_person_id: input.preparerPersonId,
      documents: JSON.stringify(input.documents),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateAgendaItem(
  db: Kysely<DB>,
  organizationId: string,
  itemId: string,
  patch: z.output<typeof AgendaItemPatch>,
) {
  await assertPeopleExist(db, organizationId, [patch.preparerPersonId], 'body.preparerPersonId');
  await db
    .updateTable('meeting_agenda_items')
    .set({
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.description !== undefined && { description: patch.description }),
      ...(patch.kind !== undefined && { kind: patch.kind }),
      ...(patch.preparerPersonId !== undefined && { preparer_person_id: patch.preparerPersonId }),
      ...(patch.documents !== undefined && { documents: JSON.stringify(patch.documents) }),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', itemId)
    .execute();
}

export async function deleteAgendaItem(db: Kysely<DB>, organizationId: string, itemId: string) {
  await db
    .deleteFrom('meeting_agenda_items')
    .where('organization_id', '=', organizationId)
    .where('id', '=', itemId)
    .execute();
}

/** Puts the agenda in the order given, which must name every item once. */
export async function orderAgenda(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  itemIds: string[],
) {
  const rows = await db
    .selectFrom('meeting_agenda_items')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('meeting_id', '=', meetingId)
    .execute();
  const known = new Set(rows.map((row) => row.id));
  if (
    itemIds.length !== known.size ||
    new Set(itemIds).size !== known.size ||
    !itemIds.every((id) => known.has(id))
  ) {
    throw new AppError('validation', 'Name every agenda item once', {
      errors: [{ path: 'body.itemIds', code: 'not_every_item', message: 'Name every item once' }],
    });
  }
  for (const [index, id] of itemIds.entries()) {
    await db
      .updateTable('meeting_agenda_items')
      .set({ position: index + 1 })
      .where('id', '=', id)
      .execute();
  }
}
