import type { Insertable, Kysely } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { DemoStory } from '../../../platform/server/demo.ts';
import { buildActivity } from '../../activities/schedule/activities.factories.ts';
import { insertActivity } from '../../activities/schedule/server/activity-write.service.ts';
import { createDecision, createElection } from './decisions.queries.ts';
import { newCheckInCode } from './meetings.queries.ts';
import { addMinutes, addTasks, addTurns, attend, dayAt, type Ctx } from './meetings-demo-rows.ts';
import {
  demoAnnualAgenda,
  demoBoardRoles,
  demoMemberAgenda,
  demoProposals,
  demoUpcomingAgenda,
} from './meetings.demo-data.ts';

// The demo's meetings: last spring's annual meeting with approved minutes, the autumn's member
// meeting with its speakers' list (the statistics) and tasks, an upcoming member meeting in
// Flemingsberg with topics members proposed, and the board's named responsibilities.

async function meetingActivity(ctx: Ctx, title: string, day: number, extra: object = {}) {
  const type = await ctx.db
    .selectFrom('activity_types')
    .select('id')
    .where('organization_id', '=', ctx.story.organizationId)
    .where('key', '=', 'member_meeting')
    .executeTakeFirstOrThrow();
  const startsAt = dayAt(day, 18);
  return insertActivity(ctx.db, {
    ...buildActivity({
      typeId: type.id,
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      place: 'Folkets hus, Kommunalvägen 26, Huddinge',
      latitude: 59.2359,
      longitude: 17.9817,
      ...extra,
    }),
    organizationId: ctx.story.organizationId,
    createdBy: ctx.story.organizerAccountId,
  });
}

type MeetingValues = Omit<Insertable<DB['meetings']>, 'organization_id' | 'check_in_code'>;

async function insertMeeting(ctx: Ctx, values: MeetingValues) {
  const row = await ctx.db
    .insertInto('meetings')
    .values({
      ...values,
      organization_id: ctx.story.organizationId,
      check_in_code: newCheckInCode(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function addAgenda(ctx: Ctx, meetingId: string, items: typeof demoAnnualAgenda) {
  const ids: string[] = [];
  for (const [index, item] of items.entries()) {
    const row = await ctx.db
      .insertInto('meeting_agenda_items')
      .values({
        organization_id: ctx.story.organizationId,
        meeting_id: meetingId,
        position: index + 1,
        title: item.title,
        description: item.description ?? '',
        kind: item.kind,
        preparer_person_id: item.preparer === undefined ? null : ctx.person(item.preparer),
        documents: JSON.stringify(item.documents ?? []),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
    for (const decision of item.decisions ?? []) {
      await createDecision(ctx.db, ctx.story.organizationId, meetingId, row.id, {
        proposals: decision.proposals ?? [],
        text: decision.text,
        outcome: decision.outcome,
        votesFor: decision.votes?.[0] ?? null,
        votesAgainst: decision.votes?.[1] ?? null,
        votesAbstaining: decision.votes?.[2] ?? null,
      });
    }
    for (const election of item.elections ?? []) {
      await createElection(ctx.db, ctx.story.organizationId, meetingId, row.id, {
        office: election.office,
        note: '',
        elected: election.elected.map(([index, isDeputy]) => ({
          personId: ctx.person(index),
          name: '',
          isDeputy,
        })),
      });
    }
  }
  return ids;
}

export async function meetingsDemo(db: Kysely<DB>, story: DemoStory) {
  const ctx: Ctx = { db, story, person: (index) => story.personIds[index % 60]! };
  const org = story.organizationId;

  // Last spring's annual meeting, its minutes approved by both adjusters.
  const annualStart = dayAt(-70, 18);
  const annual = await insertMeeting(ctx, {
    activity_id: await meetingActivity(ctx, 'Årsmöte 2026', -70),
    kind: 'annual_meeting',
    theme: 'Ett år kvar till valet',
    chair_person_id: ctx.person(20),
    secretary_person_id: ctx.person(21),
    quorum_minimum: 15,
    speaking_seconds: 180,
    reply_seconds: 60,
    opened_at: annualStart,
    closed_at: new Date(annualStart.getTime() + 170 * 60_000),
  });
  await addAgenda(ctx, annual, demoAnnualAgenda);
  await attend(
    ctx,
    annual,
    Array.from({ length: 24 }, (_, i) => i * 2),
    annualStart,
  );
  await addMinutes(
    ctx,
    annual,
    [
      [22, dayAt(-64, 10)],
      [26, dayAt(-63, 20)],
    ],
    dayAt(-66, 12),
  );

  // The autumn's member meeting, on its activity in the calendar, with its speakers' list.
  const memberActivity = await db
    .selectFrom('activities as a')
    .innerJoin('activity_types as t', 't.id', 'a.type_id')
    .select(['a.id', 'a.starts_at'])
    .where('a.organization_id', '=', org)
    .where('t.key', '=', 'member_meeting')
    .where('a.starts_at', '<', new Date())
    .where('a.title', '!=', 'Årsmöte 2026')
    .orderBy('a.starts_at', 'desc')
    .executeTakeFirst();
  const memberStart = memberActivity?.starts_at ?? dayAt(-33, 18);
  const member = await insertMeeting(ctx, {
    activity_id: memberActivity?.id ?? (await meetingActivity(ctx, 'Medlemsmöte', -33)),
    kind: 'member_meeting',
    theme: 'Höstens kampanj: hyror och renovräkningar',
    chair_person_id: ctx.person(10),
    secretary_person_id: ctx.person(13),
    first_time_speakers_first: true,
    speaking_seconds: 180,
    reply_seconds: 60,
    opened_at: memberStart,
    closed_at: new Date(memberStart.getTime() + 115 * 60_000),
  });
  const memberItems = await addAgenda(ctx, member, demoMemberAgenda);
  const present = [1, 2, 3, 4, 5, 7, 8, 11, 12, 14, 16, 17, 19, 24, 25, 31];
  await attend(ctx, member, present, memberStart);
  await addTurns(ctx, member, memberItems, memberStart);
  await addTasks(ctx, member);
  await addMinutes(
    ctx,
    member,
    [
      [12, dayAt(-28, 19)],
      [16, null],
    ],
    dayAt(-29, 9),
  );

  // The next member meeting of the whole association, held in Flemingsberg this time (so it
  // follows up the tasks of the last one), planned with the council group.
  const council = await db
    .selectFrom('committees')
    .select('id')
    .where('organization_id', '=', org)
    .where('kind', '=', 'council_group')
    .executeTakeFirst();
  const upcoming = await insertMeeting(ctx, {
    activity_id: await meetingActivity(ctx, 'Medlemsmöte i Flemingsberg', 25, {
      place: 'Flemingsbergs bibliotek, Flemingsbergs centrum',
      latitude: 59.2196,
      longitude: 17.9469,
      description: 'Öppet medlemsmöte. Hyresgästföreningen är inbjuden. Fika från 17.30.',
    }),
    kind: 'member_meeting',
    theme: 'Trygghet och bostäder i Flemingsberg',
    planning_committee_id: council?.id ?? null,
    chair_person_id: ctx.person(0),
    first_time_speakers_first: true,
    speaking_seconds: 120,
    reply_seconds: 60,
  });
  const upcomingItems = await addAgenda(ctx, upcoming, demoUpcomingAgenda);
  await db
    .insertInto('meeting_planners')
    .values(
      [0, 6, 15].map((i) => ({
        organization_id: org,
        meeting_id: upcoming,
        person_id: ctx.person(i),
      })),
    )
    .execute();
  await db
    .insertInto('meeting_partners')
    .values({
      organization_id: org,
      meeting_id: upcoming,
      name: 'Hyresgästföreningen Flemingsberg',
      contact_note: 'Inbjudna att berätta om renoveringarna i Grantorp (punkt 2).',
    })
    .execute();
  for (const [index, proposal] of demoProposals.entries()) {
    const row = await db
      .insertInto('meeting_topic_proposals')
      .values({
        organization_id: org,
        meeting_id: upcoming,
        person_id: ctx.person(proposal.by),
        title: proposal.title,
        description: proposal.description,
        agenda_item_id: proposal.taken ? upcomingItems[1]! : null,
        created_at: dayAt(-12 + index, 20),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const supporters = Array.from({ length: proposal.supports }, (_, n) =>
      ctx.person(30 + index * 3 + n),
    );
    if (supporters.length) {
      await db
        .insertInto('meeting_topic_supports')
        .values(
          supporters.map((person_id) => ({ organization_id: org, proposal_id: row.id, person_id })),
        )
        .execute();
    }
  }

  for (const [index, role] of demoBoardRoles.entries()) {
    await db
      .insertInto('board_roles')
      .values({
        organization_id: org,
        title: role.title,
        description: role.description,
        person_id: ctx.person(role.person),
        position: index + 1,
      })
      .execute();
  }
}
