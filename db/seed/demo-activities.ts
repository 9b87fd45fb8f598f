import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';
import {
  buildActivity,
  buildShift,
} from '../../src/features/activities/schedule/activities.factories.ts';
import { seedActivityTypes } from '../../src/features/activities/schedule/server/activity-types.queries.ts';
import { insertActivity } from '../../src/features/activities/schedule/server/activity-write.service.ts';
import { createSeries } from '../../src/features/activities/schedule/server/series.service.ts';
import {
  findLiveSignup,
  signUp,
} from '../../src/features/activities/signups/server/signup.service.ts';
import {
  addDays,
  stockholmDate,
  stockholmInstant,
} from '../../src/features/activities/schedule/server/stockholm-time.ts';
import { silentEvents } from '../../src/platform/server/events.ts';
import { createRandom } from '../../src/platform/shared/seeded-random.ts';
import { demoActivities, demoCampaigns, type DemoActivity } from './demo-activities.data.ts';

// The demo's activities: campaigns, past and upcoming activities in the six local groups with
// shifts and sign-ups, a weekly bokbord series, a cancelled one, and attendance and reports
// on what is past. Dates count from the Monday of the week the demo is created, so there is
// always something coming up; everything else repeats exactly.

export interface DemoActivityContext {
  organization_id: string;
  /** Local group ids in the demo's order. */
  groupIds: string[];
  /** Each group's members (person ids), coordinator first. */
  membersByGroup: string[][];
  /** The board's chair and the organizer, who own campaigns. */
  ownerIds: string[];
  organizerAccountId: string;
  /** The demo activists, who should find something ahead on their page whatever the weekday. */
  activistIds?: string[];
}

export async function addDemoActivities(db: Kysely<DB>, context: DemoActivityContext) {
  const { organization_id } = context;
  const random = createRandom(7);
  await seedActivityTypes(db, organization_id);
  const typeRows = await db
    .selectFrom('activity_types')
    .select(['id', 'key'])
    .where('organization_id', '=', organization_id)
    .execute();
  const typeId = (key: string) => typeRows.find((row) => row.key === key)!.id;

  const today = stockholmDate(new Date());
  const monday = addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7));
  const at = (day: number, hour: number, minute = 0) =>
    stockholmInstant(addDays(monday, day), hour, minute).toISOString();

  const campaignIds: string[] = [];
  for (const [index, campaign] of demoCampaigns.entries()) {
    const row = await db
      .insertInto('campaigns')
      .values({
        organization_id,
        title: campaign.title,
        description: campaign.description,
        starts_on: addDays(monday, campaign.fromDay),
        ends_on: addDays(monday, campaign.toDay),
        colour: campaign.colour,
        owner_id: context.ownerIds[index % context.ownerIds.length]!,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    campaignIds.push(row.id);
  }

  const create = async (spec: DemoActivity) => {
    const group = spec.group === null ? null : context.groupIds[spec.group]!;
    const members =
      spec.group === null ? context.membersByGroup.flat() : context.membersByGroup[spec.group]!;
    const startsAt = at(spec.day, spec.hour);
    const endsAt = at(spec.day, spec.hour + spec.hours);
    const shifts = (spec.shifts ?? [spec.hours]).map((length, index, all) => {
      const offset = all.slice(0, index).reduce((sum, hours) => sum + hours, 0);
      return buildShift({
        title: all.length > 1 ? `Pass ${index + 1}` : '',
        startsAt: at(spec.day, spec.hour + offset),
        endsAt: at(spec.day, spec.hour + offset + length),
        capacity: spec.capacity ?? null,
        wanted: spec.capacity ? Math.max(1, spec.capacity - 2) : null,
      });
    });
    const activity = buildActivity({
      typeId: typeId(spec.type),
      title: spec.title,
      description: spec.description ?? '',
      place: spec.place,
      latitude: spec.point?.[0] ?? null,
      longitude: spec.point?.[1] ?? null,
      startsAt,
      endsAt,
      localGroupId: group,
      campaignId: spec.campaign === undefined ? null : campaignIds[spec.campaign]!,
      contactPersonId: members[0] ?? null,
      visibility: spec.visibility ?? 'public',
      signupCutoffMinutes: spec.cutoffMinutes ?? 120,
      shifts,
    });
    return { activity, members };
  };

  for (const spec of demoActivities) {
    const { activity, members } = await create(spec);
    const id = await insertActivity(db, {
      ...activity,
      organizationId: organization_id,
      createdBy: context.organizerAccountId,
    });
    await addSignups(db, organization_id, id, members, spec.signups ?? 0, random);
    if (spec.cancelReason) {
      await db
        .updateTable('activities')
        .set({
          cancelled_at: new Date(at(spec.day - 3, 9)),
          cancel_reason: spec.cancelReason,
          sequence: 1,
        })
        .where('id', '=', id)
        .execute();
    }
    if (spec.day < 0)
      await addFollowUp(db, organization_id, id, spec, context.organizerAccountId, random);
  }

  // The weekly bokbord in Flemingsberg: from three weeks back to eight ahead, one week off.
  const bokbord = await create({
    day: -23,
    hour: 11,
    hours: 3,
    type: 'stall',
    group: 0,
    title: 'Bokbord vid Flemingsbergs station',
    place: 'Flemingsbergs station, Huddinge',
    point: [59.2187, 17.9466],
    capacity: 4,
    shifts: [1.5, 1.5],
    campaign: 0,
    description: 'Vi står med **bokbord** varje lördag. Kom förbi, ta en kaffe och prata politik!',
  });
  const series = await createSeries(db, {
    activity: bokbord.activity,
    recurrence: 'weekly',
    untilOn: addDays(monday, 54),
    exceptions: [addDays(monday, 19)],
    organizationId: organization_id,
    createdBy: context.organizerAccountId,
  });
  for (const [index, id] of series.activityIds.entries()) {
    await addSignups(db, organization_id, id, bokbord.members, 2 + (index % 3), random);
    if (index < 4) {
      await addFollowUp(
        db,
        organization_id,
        id,
        { type: 'stall' },
        context.organizerAccountId,
        random,
      );
    }
  }
  await signUpActivists(db, organization_id, context.activistIds ?? []);
}

/** Each activist takes a place in the first two shifts ahead that still have room. */
async function signUpActivists(db: Kysely<DB>, organizationId: string, personIds: string[]) {
  const ahead = await db
    .selectFrom('shifts as s')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select('s.id')
    .where('a.organization_id', '=', organizationId)
    .where('a.cancelled_at', 'is', null)
    .where('s.starts_at', '>', new Date(Date.now() + 24 * 3_600_000))
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .limit(2)
    .execute();
  for (const personId of personIds) {
    for (const shift of ahead) {
      if (await findLiveSignup(db, shift.id, personId)) continue;
      await signUp(db, {
        organizationId,
        shiftId: shift.id,
        personId,
        source: 'self',
        events: silentEvents,
      });
    }
  }
}

/** Members of the group sign up for the activity's shifts, in a fixed pattern. */
async function addSignups(
  db: Kysely<DB>,
  organizationId: string,
  activityId: string,
  members: string[],
  count: number,
  random: ReturnType<typeof createRandom>,
) {
  const shifts = await db
    .selectFrom('shifts')
    .select('id')
    .where('activity_id', '=', activityId)
    .orderBy('starts_at')
    .execute();
  for (let i = 0; i < Math.min(count, members.length); i++) {
    const shift = shifts[i % shifts.length]!;
    await signUp(db, {
      organizationId,
      shiftId: shift.id,
      personId: members[(i + random.int(0, 2)) % members.length]!,
      source: i % 4 === 3 ? 'booked' : 'self',
      events: silentEvents,
    });
  }
}

const reportKindsByType: Record<
  string,
  Partial<Record<'leaflets' | 'doors_knocked' | 'conversations' | 'new_contacts', [number, number]>>
> = {
  leafleting: { leaflets: [200, 600], conversations: [5, 30] },
  door_knocking: { doors_knocked: [60, 180], conversations: [15, 60], new_contacts: [1, 8] },
  stall: { leaflets: [50, 200], conversations: [10, 40], new_contacts: [0, 5] },
  citizen_dialogue: { conversations: [20, 60], new_contacts: [2, 10] },
  demonstration: { leaflets: [100, 400], new_contacts: [0, 6] },
};

/** What happened afterwards: who came (most did) and, where it counts, the numbers. */
async function addFollowUp(
  db: Kysely<DB>,
  organizationId: string,
  activityId: string,
  spec: Pick<DemoActivity, 'type'> & { cancelReason?: string },
  reportedBy: string,
  random: ReturnType<typeof createRandom>,
) {
  if (spec.cancelReason) return;
  const confirmed = await db
    .selectFrom('signups as su')
    .innerJoin('shifts as s', 's.id', 'su.shift_id')
    .select('su.id')
    .where('s.activity_id', '=', activityId)
    .where('su.status', '=', 'confirmed')
    .orderBy('su.created_at')
    .execute();
  for (const [index, signup] of confirmed.entries()) {
    await db
      .updateTable('signups')
      .set({ attended: index % 5 !== 4 })
      .where('id', '=', signup.id)
      .execute();
  }
  const kinds = reportKindsByType[spec.type];
  if (!kinds) return;
  const numbers = Object.fromEntries(
    Object.entries(kinds).map(([kind, [min, max]]) => [kind, random.int(min, max)]),
  );
  await db
    .insertInto('activity_reports')
    .values({
      activity_id: activityId,
      organization_id: organizationId,
      ...numbers,
      note: 'Bra uppslutning. Många frågade om hyrorna och om vårdcentralen.',
      reported_by: reportedBy,
    })
    .execute();
}
