import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type {
  Decision,
  DecisionInput,
  DecisionPatch,
  Election,
  ElectionInput,
} from '../meeting-records.contract.ts';
import { assertPeopleExist } from './people-names.queries.ts';

// Decisions and elections on agenda items.

export async function listDecisions(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  onlyId?: string,
): Promise<z.output<typeof Decision>[]> {
  let select = db
    .selectFrom('meeting_decisions as d')
    .selectAll('d')
    .select((eb) =>
      eb
        .selectFrom('meeting_tasks as t')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('t.decision_id', '=', 'd.id')
        .as('task_count'),
    )
    .where('d.organization_id', '=', organizationId)
    .where('d.meeting_id', '=', meetingId)
    .orderBy('d.position')
    .orderBy('d.created_at');
  if (onlyId) select = select.where('d.id', '=', onlyId);
  const rows = await select.execute();
  return rows.map((row) => ({
    id: row.id,
    itemId: row.item_id,
    position: row.position,
    proposals: row.proposals,
    text: row.text,
    outcome: row.outcome,
    votesFor: row.votes_for,
    votesAgainst: row.votes_against,
    votesAbstaining: row.votes_abstaining,
    taskCount: Number(row.task_count ?? 0),
  }));
}

/** The meeting a decision belongs to (404 for another association's). */
export async function meetingIdOfDecision(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_decisions')
    .select('meeting_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such decision');
  return row.meeting_id;
}

export async function createDecision(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  itemId: string,
  input: z.output<typeof DecisionInput>,
) {
  const row = await db
    .insertInto('meeting_decisions')
    .values({
      organization_id: organizationId,
      meeting_id: meetingId,
      item_id: itemId,
      position: sql<number>`(select count(*) + 1 from meeting_decisions where item_id = ${itemId})`,
      proposals: JSON.stringify(input.proposals),
      text: input.text,
      outcome: input.outcome,
      votes_for: input.votesFor,
      votes_against: input.votesAgainst,
      votes_abstaining: input.votesAbstaining,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDecision(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: z.output<typeof DecisionPatch>,
) {
  await db
    .updateTable('meeting_decisions')
    .set({
      ...(patch.proposals !== undefined && { proposals: JSON.stringify(patch.proposals) }),
      ...(patch.text !== undefined && { text: patch.text }),
      ...(patch.outcome !== undefined && { outcome: patch.outcome }),
      ...(patch.votesFor !== undefined && { votes_for: patch.votesFor }),
      ...(patch.votesAgainst !== undefined && { votes_against: patch.votesAgainst }),
      ...(patch.votesAbstaining !== undefined && { votes_abstaining: patch.votesAbstaining }),
      updated_at: new Date(),
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteDecision(db: Kysely<DB>, organizationId: string, id: string) {
  await db
    .deleteFrom('meeting_decisions')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function listElections(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  onlyId?: string,
): Promise<z.output<typeof Election>[]> {
  let select = db
    .selectFrom('meeting_elections')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at');
  if (onlyId) select = select.where('id', '=', onlyId);
  const elections = await select.execute();
  const elected = elections.length
    ? await db
        .selectFrom('meeting_elected')
        .select(['election_id', 'person_id', 'name', 'is_deputy'])
        .where(
          'election_id',
          'in',
          elections.map((e) => e.id),
        )
        .orderBy('position')
        .execute()
    : [];
  return elections.map((e) => ({
    id: e.id,
    itemId: e.item_id,
    office: e.office,
    note: e.note,
    elected: elected
      .filter((row) => row.election_id === e.id)
      .map((row) => ({ personId: row.person_id, name: row.name, isDeputy: row.is_deputy })),
  }));
}

export async function meetingIdOfElection(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_elections')
    .select('meeting_id')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such election');
  return row.meeting_id;
}

/** Replaces an election's elected; a person's name is taken from the register. */
export async function setElected(
  db: Kysely<DB>,
  organizationId: string,
  electionId: string,
  elected: z.output<typeof ElectionInput>['elected'],
) {
  const names = await assertPeopleExist(
    db,
    organizationId,
    elected.map((e) => e.personId),
    'body.elected',
  );
  await db.deleteFrom('meeting_elected').where('election_id', '=', electionId).execute();
  if (elected.length === 0) return;
  await db
    .insertInto('meeting_elected')
    .values(
      elected.map((e, index) => ({
        organization_id: organizationId,
        election_id: electionId,
        person_id: e.personId,
        name: (e.personId ? names.get(e.personId) : undefined) ?? e.name,
        is_deputy: e.isDeputy,
        position: index,
      })),
    )
    .execute();
}

export async function createElection(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  itemId: string,
  input: z.output<typeof ElectionInput>,
) {
  const row = await db
    .insertInto('meeting_elections')
    .values({
      organization_id: organizationId,
      meeting_id: meetingId,
      item_id: itemId,
      office: input.office,
      note: input.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setElected(db, organizationId, row.id, input.elected);
  return row.id;
}
