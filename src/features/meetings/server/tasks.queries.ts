import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../db/schema.ts';
import type { Auth } from '../../../platform/server/auth.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import type { Task, TaskInput, TaskListQuery, TaskPatch } from '../meeting-records.contract.ts';
import { assertPeopleExist, namesOf, refOf } from './people-names.queries.ts';

// Tasks from decisions: who does what by when, followed up at the next meeting.

function taskSelect(db: Kysely<DB>, organizationId: string) {
  return db
    .selectFrom('meeting_tasks as t')
    .innerJoin('meetings as m', 'm.id', 't.meeting_id')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .leftJoin('meeting_decisions as d', 'd.id', 't.decision_id')
    .selectAll('t')
    .select([
      'a.title as meeting_title',
      'a.starts_at as meeting_starts_at',
      'd.text as decision_text',
    ])
    .where('t.organization_id', '=', organizationId)
    .orderBy(sql`case t.status when 'open' then 0 else 1 end`)
    .orderBy(sql`t.due_on nulls last`)
    .orderBy('t.created_at');
}
type TaskRow = Awaited<ReturnType<ReturnType<typeof taskSelect>['execute']>>[number];

async function present(
  db: Kysely<DB>,
  organizationId: string,
  rows: TaskRow[],
  today: string,
): Promise<z.output<typeof Task>[]> {
  const names = await namesOf(
    db,
    organizationId,
    rows.map((row) => row.responsible_person_id),
  );
  return rows.map((row) => ({
    id: row.id,
    meetingId: row.meeting_id,
    meetingTitle: row.meeting_title,
    meetingStartsAt: row.meeting_starts_at.toISOString(),
    decisionId: row.decision_id,
    decisionText: row.decision_text,
    title: row.title,
    responsible: refOf(names, row.responsible_person_id),
    dueOn: row.due_on,
    status: row.status,
    planMeans: row.plan_means,
    followUpNote: row.follow_up_note,
    completedAt: row.completed_at?.toISOString() ?? null,
    isOverdue: row.status === 'open' && row.due_on !== null && row.due_on < today,
  }));
}

/** Today's date in Stockholm, 'YYYY-MM-DD'. */
export function stockholmToday(now: Date) {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** Tasks of meetings the caller may read (`readable`: their ids). */
export async function listTasks(
  db: Kysely<DB>,
  auth: Auth,
  query: z.output<typeof TaskListQuery>,
  readable: (meetingIds: string[]) => Promise<Set<string>>,
  now: Date,
) {
  let select = taskSelect(db, auth.organizationId);
  if (query.status) select = select.where('t.status', '=', query.status);
  if (query.meetingId) select = select.where('t.meeting_id', '=', query.meetingId);
  if (query.mine === 'true') select = select.where('t.responsible_person_id', '=', auth.personId);
  const rows = await select.limit(1000).execute();
  const allowed = await readable([...new Set(rows.map((row) => row.meeting_id))]);
  return present(
    db,
    auth.organizationId,
    rows.filter((row) => allowed.has(row.meeting_id)),
    stockholmToday(now),
  );
}

export async function getTask(db: Kysely<DB>, organizationId: string, id: string, now: Date) {
  const row = await taskSelect(db, organizationId).where('t.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such task');
  const [task] = await present(db, organizationId, [row], stockholmToday(now));
  return task!;
}

/**
 * To follow up at a meeting: tasks of the earlier meetings of the same kind and the same local
 * group (or, for a meeting of the whole association, of no local group) that are still open, or
 * were finished since the previous such meeting.
 */
export async function listFollowUp(
  db: Kysely<DB>,
  organizationId: string,
  meetingId: string,
  now: Date,
) {
  const meeting = await db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .select(['m.kind', 'a.starts_at', 'a.local_group_id'])
    .where('m.organization_id', '=', organizationId)
    .where('m.id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const earlier = db
    .selectFrom('meetings as m')
    .innerJoin('activities as a', 'a.id', 'm.activity_id')
    .where('m.organization_id', '=', organizationId)
    .where('a.organization_id', '=', organizationId)
    .where('m.id', '!=', meetingId)
    .where('m.kind', '=', meeting.kind)
    .where(sql<boolean>`a.local_group_id is not distinct from ${meeting.local_group_id}`)
    .where('a.starts_at', '<', meeting.starts_at);
  const previous = await earlier
    .select('a.starts_at')
    .orderBy('a.starts_at', 'desc')
    .executeTakeFirst();
  const rows = await taskSelect(db, organizationId)
    .where('t.meeting_id', 'in', earlier.select('m.id'))
    .where((eb) =>
      eb.or([
        eb('t.status', '=', 'open'),
        ...(previous ? [eb('t.completed_at', '>=', previous.starts_at)] : []),
      ]),
    )
    .execute();
  return present(db, organizationId, rows, stockholmToday(now));
}

export async function createTask(
  db: Kysely<DB>,
  organizationId: string,
  decision: { id: string; meetingId: string },
  input: z.output<typeof TaskInput>,
  now: Date,
) {
  await assertPeopleExist(
    db,
    organizationId,
    [input.responsiblePersonId],
    'body.responsiblePersonId',
  );
  const row = await db
    .insertInto('meeting_tasks')
    .values({
      organization_id: organizationId,
      meeting_id: decision.meetingId,
      decision_id: decision.id,
      title: input.title,
      responsible_person_id: input.responsiblePersonId,
      due_on: input.dueOn,
      status: input.status,
      plan_means: input.planMeans,
      follow_up_note: input.followUpNote,
      completed_at: input.status === 'open' ? null : now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findTaskRow(db: Kysely<DB>, organizationId: string, id: string) {
  const row = await db
    .selectFrom('meeting_tasks')
    .select(['id', 'meeting_id', 'responsible_person_id'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', 'No such task');
  return row;
}

export async function updateTask(
  db: Kysely<DB>,
  organizationId: string,
  id: string,
  patch: z.output<typeof TaskPatch>,
  now: Date,
) {
  await assertPeopleExist(
    db,
    organizationId,
    [patch.responsiblePersonId],
    'body.responsiblePersonId',
  );
  await db
    .updateTable('meeting_tasks')
    .set({
      ...(patch.title !== undefined && { title: patch.title }),
      ...(patch.responsiblePersonId !== undefined && {
        responsible_person_id: patch.responsiblePersonId,
      }),
      ...(patch.dueOn !== undefined && { due_on: patch.dueOn }),
      ...(patch.status !== undefined && {
        status: patch.status,
        completed_at: patch.status === 'open' ? null : now,
      }),
      ...(patch.planMeans !== undefined && { plan_means: patch.planMeans }),
      ...(patch.followUpNote !== undefined && { follow_up_note: patch.followUpNote }),
      updated_at: now,
    })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}

export async function deleteTask(db: Kysely<DB>, organizationId: string, id: string) {
  await db
    .deleteFrom('meeting_tasks')
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .execute();
}
