import type { Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { DemoStory } from '../../../platform/server/demo.ts';
import { demoTurns } from './meetings.demo-data.ts';
import { generateMinutes, setAdjusters } from './minutes.service.ts';

// The rows of the demo's meetings that say who was there and spoke, and their minutes.

const DAY = 24 * 3_600_000;

/** A day `offset` days from today at `hour` o'clock, Stockholm's winter time. */
export function dayAt(offset: number, hour: number) {
  const today = new Date();
  today.setUTCHours(hour - 1, 0, 0, 0);
  return new Date(today.getTime() + offset * DAY);
}

export interface Ctx {
  db: Kysely<DB>;
  story: DemoStory;
  person: (index: number) => string;
}

export async function attend(ctx: Ctx, meetingId: string, people: number[], at: Date) {
  await ctx.db
    .insertInto('meeting_attendance')
    .values(
      people.map((index, n) => ({
        organization_id: ctx.story.organizationId,
        meeting_id: meetingId,
        person_id: ctx.person(index),
        method: n % 4 === 0 ? ('chair' as const) : ('code' as const),
        checked_in_at: new Date(at.getTime() - (20 - (n % 20)) * 60_000),
      })),
    )
    .execute();
}

/** Minutes written from the meeting as it stands, with adjusters who approved (or not yet). */
export async function addMinutes(
  ctx: Ctx,
  meetingId: string,
  adjusters: [number, Date | null][],
  readyAt: Date,
) {
  const meeting = { id: meetingId, organizationId: ctx.story.organizationId };
  await setAdjusters(
    ctx.db,
    meeting,
    adjusters.map(([index]) => ctx.person(index)),
  );
  await generateMinutes(ctx.db, meeting);
  const { minutes } = await ctx.db
    .selectFrom('meetings')
    .select('minutes')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  const approvals = adjusters.map(([, at]) => at?.getTime() ?? 0);
  const isPublished = approvals.every((at) => at > 0);
  await ctx.db
    .updateTable('meetings')
    .set({
      minutes: `${minutes}\nMötet avslutades kl. 20.50.\n`,
      minutes_ready_at: readyAt,
      minutes_published_at: isPublished ? new Date(Math.max(...approvals)) : null,
    })
    .where('id', '=', meetingId)
    .execute();
  for (const [index, approvedAt] of adjusters) {
    await ctx.db
      .updateTable('meeting_adjusters')
      .set({ approved_at: approvedAt })
      .where('meeting_id', '=', meetingId)
      .where('person_id', '=', ctx.person(index))
      .execute();
  }
}

/** The member meeting's turns: people, their stated gender, and how long each spoke. */
export async function addTurns(ctx: Ctx, meetingId: string, itemIds: string[], start: Date) {
  let at = start.getTime() + 10 * 60_000;
  const spoken = new Set<string>();
  const ids: string[] = [];
  for (const turn of demoTurns) {
    const personId = ctx.person(turn.person);
    // The demo's people state a gender where the story says they did.
    if (turn.gender) {
      await ctx.db
        .updateTable('people')
        .set({ gender: turn.gender })
        .where('id', '=', personId)
        .where('gender', 'is', null)
        .execute();
    }
    const startedAt = new Date(at + 20_000);
    const row = await ctx.db
      .insertInto('meeting_speakers')
      .values({
        organization_id: ctx.story.organizationId,
        meeting_id: meetingId,
        item_id: itemIds[turn.item]!,
        person_id: personId,
        gender: turn.gender,
        kind: turn.reply ? 'reply' : 'speech',
        reply_to_id: turn.reply ? ids[ids.length - 1]! : null,
        added_by: turn.byChair ? 'chair' : 'self',
        requested_at: new Date(at - 60_000),
        is_first_time: !spoken.has(personId),
        started_at: startedAt,
        ended_at: new Date(startedAt.getTime() + turn.seconds * 1000),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    spoken.add(personId);
    at = startedAt.getTime() + turn.seconds * 1000;
  }
}

export async function addTasks(ctx: Ctx, meetingId: string) {
  const decisions = await ctx.db
    .selectFrom('meeting_decisions')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .orderBy('created_at')
    .execute();
  const tasks = [
    { title: 'Boka lokal för kampanjstarten', person: 12, due: -20, done: true },
    { title: 'Ta fram flygblad om renovräkningarna', person: 14, due: 5, done: false },
    { title: 'Kontakta Hyresgästföreningen i Vårby', person: 24, due: -2, done: false },
  ];
  for (const [index, task] of tasks.entries()) {
    await ctx.db
      .insertInto('meeting_tasks')
      .values({
        organization_id: ctx.story.organizationId,
        meeting_id: meetingId,
        decision_id: decisions[index % decisions.length]?.id ?? null,
        title: task.title,
        responsible_person_id: ctx.person(task.person),
        due_on: dayAt(task.due, 12).toISOString().slice(0, 10),
        status: task.done ? 'done' : 'open',
        plan_means: 'Delmål 2: synas i bostadsområdena',
        follow_up_note: task.done ? 'Lokalen bokad, kampanjstart i Vårby.' : '',
        completed_at: task.done ? dayAt(task.due - 1, 12) : null,
      })
      .execute();
  }
}
