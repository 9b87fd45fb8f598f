import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { meetingConflict } from './meetings.policy.ts';
import type { TopicProposal, TopicProposalInput } from '../meeting-plan.contract.ts';
import { addAgendaItem } from './agenda.queries.ts';
import { namesOf, refOf } from './people-names.queries.ts';

// Topics and themes members propose before a meeting, ranked by how many support them.

/** The proposal's meeting and proposer (404 for another association's). */
export async function getProposalRow(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_topic_proposals')
    .select(['id', 'meeting_id', 'person_id', 'agenda_item_id'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such proposal');
  return row;
}

/** Ranked: most supported first, then oldest. Proposers are named to planners only. */
export async function listProposals(
  db: Kysely<DB>,
  auth: Auth,
  meetingId: string,
  showProposers: boolean,
  onlyId?: string,
): Promise<z.output<typeof TopicProposal>[]> {
  let select = db
    .selectFrom('meeting_topic_proposals as p')
    .select(['p.id', 'p.title', 'p.description', 'p.person_id', 'p.agenda_item_id', 'p.created_at'])
    .select((eb) => [
      eb
        .selectFrom('meeting_topic_supports as s')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.proposal_id', '=', 'p.id')
        .as('supports'),
      eb
        .exists(
          eb
            .selectFrom('meeting_topic_supports as s')
            .select('s.person_id')
            .whereRef('s.proposal_id', '=', 'p.id')
            .where('s.person_id', '=', auth.personId),
        )
        .as('supported'),
    ])
    .where('p.organization_id', '=', auth.organizationId)
    .where('p.meeting_id', '=', meetingId);
  if (onlyId) select = select.where('p.id', '=', onlyId);
  const rows = await select.execute();
  const names = showProposers
    ? await namesOf(
        db,
        auth.organizationId,
        rows.map((row) => row.person_id),
      )
    : new Map<string, string>();
  return rows
    .map((row) => ({
      id: row.id,
      title: row.title,
      description: row.description,
      supportCount: Number(row.supports ?? 0),
      isSupported: Boolean(row.supported),
      isMine: row.person_id === auth.personId,
      proposer: showProposers ? refOf(names, row.person_id) : null,
      agendaItemId: row.agenda_item_id,
      createdAt: row.created_at.toISOString(),
    }))
    .sort((a, b) => b.supportCount - a.supportCount || a.createdAt.localeCompare(b.createdAt));
}

export async function createProposal(
  db: Kysely<DB>,
  auth: Auth,
  meetingId: string,
  input: z.output<typeof TopicProposalInput>,
) {
  const row = await db
    .insertInto('meeting_topic_proposals')
    .values({
      organization_id: auth.organizationId,
      meeting_id: meetingId,
      person_id: auth.personId,
      title: input.title,
      description: input.description,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteProposal(db: Kysely<DB>, organizationId: string, id: string) {
  await db
    .deleteFrom('meeting_topic_proposals')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function setSupport(db: Kysely<DB>, auth: Auth, proposalId: string, on: boolean) {
  if (on) {
    await db
      .insertInto('meeting_topic_supports')
      .values({
        organization_id: auth.organizationId,
        proposal_id: proposalId,
        person_id: auth.personId,
      })
      .onConflict((oc) => oc.columns(['proposal_id', 'person_id']).doNothing())
      .execute();
  } else {
    await db
      .deleteFrom('meeting_topic_supports')
      .where('proposal_id', '=', proposalId)
      .where('person_id', '=', auth.personId)
      .execute();
  }
}

/** Takes a proposal onto the agenda as a new item; returns the item's id. */
export async function takeProposal(
  trx: Kysely<DB>,
  organizationId: string,
  proposal: { id: string; meeting_id: string; agenda_item_id: string | null },
  kind: 'information' | 'discussion' | 'decision' | 'election',
) {
  if (proposal.agenda_item_id) throw meetingConflict('on_agenda');
  const row = await trx
    .selectFrom('meeting_topic_proposals')
    .select(['title', 'description'])
    .where('id', '=', proposal.id)
    .executeTakeFirstOrThrow();
  const itemId = await addAgendaItem(trx, organizationId, proposal.meeting_id, {
    title: row.title,
    description: row.description,
    kind,
    preparerPersonId: null,
    documents: [],
  });
  // Only if no one took it meanwhile: the second of two takes at once is refused, its item undone.
  const taken = await trx
    .updateTable('meeting_topic_proposals')
    .set({ agenda_item_id: itemId })
    .where('id', '=', proposal.id)
    .where('agenda_item_id', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!taken) throw meetingConflict('on_agenda');
  return itemId;
}
