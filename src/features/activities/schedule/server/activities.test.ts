import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, setUpActivities, type ActivitiesWorld } from './activities-testing.ts';

let world: ActivitiesWorld;
beforeAll(async () => {
  world = await setUpActivities('aktiviteter');
});
afterAll(() => world.test.close());

const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
const inHours = (hours: number) => new Date(base + hours * 3_600_000).toISOString();

describe('creating and reading activities', () => {
  it('creates an activity with one open shift when none are given, and reads it back', async () => {
    const activity = await world.createActivity({
      title: 'Flygblad vid pendeltåget',
      description:
        '**Ta med** vattenflaska.\n\n<script>alert(1)</script> [länk](javascript:alert(1))',
    });
    expect(activity).toMatchObject({
      title: 'Flygblad vid pendeltåget',
      type: { key: 'leafleting', name: 'Flygbladsutdelning' },
      visibility: 'members',
      isPublished: true,
      sequence: 0,
      canManage: true,
    });
    expect(activity.shifts).toHaveLength(1);
    expect(activity.shifts[0]).toMatchObject({
      startsAt: activity.startsAt,
      endsAt: activity.endsAt,
      capacity: null,
      confirmed: 0,
    });
    // Markdown is rendered; raw HTML and script links are not.
    expect(activity.descriptionHtml).toContain('<strong>Ta med</strong>');
    expect(activity.descriptionHtml).not.toContain('<script');
    expect(activity.descriptionHtml).not.toContain('href="javascript');
  });

  it('refuses an end before the start, unknown types and another association’s ids', async () => {
    const post = as(world, 'organizer');
    const startsAt = inHours(48);
    const bad = await post('POST', '/api/activities', {
      title: 'Fel',
      typeId: world.types.leafleting,
      startsAt,
      endsAt: inHours(47),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: 'body.endsAt' });
    const unknownType = await post('POST', '/api/activities', {
      title: 'Fel',
      typeId: '00000000-0000-4000-8000-000000000000',
      startsAt,
      endsAt: inHours(50),
    });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().errors[0]).toMatchObject({ path: 'body.typeId' });
  });

  it('bumps the sequence on every change and moves the shifts with the start', async () => {
    const activity = await world.createActivity({ startsAt: inHours(72), endsAt: inHours(74) });
    const moved = await as(world, 'organizer')('PATCH', `/api/activities/${activity.id}`, {
      startsAt: inHours(73),
      endsAt: inHours(75),
      place: 'Flemingsbergs station',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ sequence: 1, place: 'Flemingsbergs station' });
    expect(moved.json().shifts[0].startsAt).toBe(moved.json().startsAt);
  });

  it('cancels with a reason, and deletes only what nobody signed up for', async () => {
    const activity = await world.createActivity({ visibility: 'members' });
    const signup = await as(world, 'activist')(
      'POST',
      `/api/shifts/${activity.shifts[0]!.id}/signup`,
    );
    expect(signup.statusCode).toBe(201);
    const refused = await as(world, 'organizer')('DELETE', `/api/activities/${activity.id}`);
    expect(refused.statusCode).toBe(409);
    const cancelled = await as(world, 'organizer')(
      'POST',
      `/api/activities/${activity.id}/cancel`,
      {
        reason: 'Ösregn',
      },
    );
    expect(cancelled.json()).toMatchObject({ cancelReason: 'Ösregn', sequence: 1 });
    expect(cancelled.json().cancelledAt).not.toBeNull();
    const again = await as(world, 'activist')(
      'POST',
      `/api/shifts/${activity.shifts[0]!.id}/signup`,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].code).toBe('activity_cancelled');
    const draft = await world.createActivity({ visibility: 'draft' });
    const deleted = await as(world, 'organizer')('DELETE', `/api/activities/${draft.id}`);
    expect(deleted.json()).toEqual({ deleted: 1 });
  });
});

describe('who sees and manages what', () => {
  it('hides drafts and scheduled activities from activists until published', async () => {
    const draft = await world.createActivity({ visibility: 'draft' });
    const scheduled = await world.createActivity({ visibility: 'members', publishAt: inHours(1) });
    const activist = as(world, 'activist');
    expect((await activist('GET', `/api/activities/${draft.id}`)).statusCode).toBe(404);
    expect((await activist('GET', `/api/activities/${scheduled.id}`)).statusCode).toBe(404);
    const list = await activist(
      'GET',
      `/api/activities?to=${encodeURIComponent(inHours(24 * 30))}`,
    );
    const ids = list.json().items.map((item: { id: string }) => item.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(scheduled.id);
    const signup = await activist('POST', `/api/shifts/${draft.shifts[0]!.id}/signup`);
    expect(signup.statusCode).toBe(404);

    // Once publish_at has passed it is there.
    await world.test.db
      .updateTable('activities')
      .set({ publish_at: new Date(Date.now() - 60_000) })
      .where('id', '=', scheduled.id)
      .execute();
    const now = await activist('GET', `/api/activities/${scheduled.id}`);
    expect(now.statusCode).toBe(200);
    expect(now.json()).toMatchObject({ isPublished: true, canManage: false, canSeeSignups: false });
  });

  it('lets a coordinator manage their own group’s activities and nothing else', async () => {
    const coordinator = as(world, 'coordinator');
    const [own, other] = world.org.groupIds;
    const created = await coordinator('POST', '/api/activities', {
      title: 'Bokbord i Norra',
      typeId: world.types.stall,
      localGroupId: own,
      startsAt: inHours(100),
      endsAt: inHours(102),
    });
    expect(created.statusCode).toBe(201);
    const elsewhere = await coordinator('POST', '/api/activities', {
      title: 'Bokbord i Södra',
      typeId: world.types.stall,
      localGroupId: other,
      startsAt: inHours(100),
      endsAt: inHours(102),
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors[0].code).toBe('not_your_group');
    const wholeAssociation = await world.createActivity({ localGroupId: null });
    const patch = await coordinator('PATCH', `/api/activities/${wholeAssociation.id}`, {
      title: 'Kapad',
    });
    expect(patch.statusCode).toBe(403);
    const otherDraft = await world.createActivity({ localGroupId: other, visibility: 'draft' });
    expect((await coordinator('GET', `/api/activities/${otherDraft.id}`)).statusCode).toBe(404);
    const ownDraft = await world.createActivity({ localGroupId: own, visibility: 'draft' });
    const read = await coordinator('GET', `/api/activities/${ownDraft.id}`);
    expect(read.json()).toMatchObject({ canManage: true });
    // And may not move it out of the group.
    const moveOut = await coordinator('PATCH', `/api/activities/${ownDraft.id}`, {
      localGroupId: other,
    });
    expect(moveOut.statusCode).toBe(400);
  });

  it('refuses activists every organizer route', async () => {
    const activity = await world.createActivity();
    const activist = as(world, 'activist');
    expect(
      (await activist('PATCH', `/api/activities/${activity.id}`, { title: 'x' })).statusCode,
    ).toBe(403);
    expect(
      (await activist('POST', `/api/activities/${activity.id}/cancel`, { reason: 'x' })).statusCode,
    ).toBe(403);
    expect((await activist('GET', `/api/activities/${activity.id}/signups`)).statusCode).toBe(403);
  });

  it('answers another association’s activity as not found', async () => {
    const otherOrg = await setUpActivities('grannar');
    try {
      const theirs = await otherOrg.createActivity();
      const response = await as(world, 'organizer')('GET', `/api/activities/${theirs.id}`);
      expect(response.statusCode).toBe(404);
    } finally {
      await otherOrg.test.close();
    }
  });

  it('filters the calendar by type, campaign and local group, with fill counts', async () => {
    const campaign = await as(world, 'organizer')('POST', '/api/campaigns', {
      title: 'Valrörelsen',
      colour: '#aa0000',
    });
    expect(campaign.statusCode).toBe(201);
    const activity = await world.createActivity({
      typeId: world.types.door_knocking,
      campaignId: campaign.json().id,
      localGroupId: world.org.groupIds[1],
      shifts: [
        { title: 'Förmiddag', startsAt: inHours(30), endsAt: inHours(32), capacity: 3, wanted: 2 },
      ],
      startsAt: inHours(30),
      endsAt: inHours(34),
    });
    const query = `typeId=${world.types.door_knocking}&campaignId=${campaign.json().id}&localGroupId=${world.org.groupIds[1]}`;
    const list = await as(world, 'organizer')('GET', `/api/activities?${query}`);
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([activity.id]);
    expect(list.json().items[0]).toMatchObject({
      campaign: { title: 'Valrörelsen', colour: '#aa0000' },
      localGroup: { name: 'Södra' },
      shifts: [{ title: 'Förmiddag', capacity: 3, wanted: 2, confirmed: 0, waiting: 0 }],
    });
    const campaigns = await as(world, 'activist')('GET', '/api/campaigns');
    expect(campaigns.json().items[0]).toMatchObject({ title: 'Valrörelsen', activityCount: 1 });
  });
});
