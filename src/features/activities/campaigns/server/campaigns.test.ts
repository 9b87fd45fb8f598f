import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultActivityTypes } from '../../schedule/activity-types.contract.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../schedule/server/activities-testing.ts';
import { seedActivityTypes } from '../../schedule/server/activity-types.queries.ts';

let world: ActivitiesWorld;
beforeAll(async () => {
  world = await setUpActivities('kampanjer');
});
afterAll(() => world.test.close());

describe('activity types', () => {
  it('are the plan’s eleven, in order, seeded once however often seeding runs', async () => {
    await seedActivityTypes(world.test.db, world.org.id);
    const response = await as(world, 'activist')('GET', '/api/activity-types');
    expect(response.json().items.map((type: { name: string }) => type.name)).toEqual(
      defaultActivityTypes.map((type) => type.name),
    );
    expect(response.json().items[1]).toMatchObject({
      key: 'door_knocking',
      name: 'Dörrknackning',
      isArchived: false,
      reportKinds: ['doorsKnocked', 'conversations', 'newContacts'],
    });
  });

  it('are added, renamed and archived by admins only; archived ones are not offered', async () => {
    const organizer = as(world, 'organizer');
    const admin = as(world, 'admin');
    expect((await organizer('POST', '/api/activity-types', { name: 'Kafé' })).statusCode).toBe(403);
    const created = await admin('POST', '/api/activity-types', { name: 'Kafé' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: null, name: 'Kafé', position: 12 });
    expect((await admin('POST', '/api/activity-types', { name: 'Kafé' })).statusCode).toBe(409);
    const archived = await admin('PATCH', `/api/activity-types/${created.json().id}`, {
      isArchived: true,
    });
    expect(archived.json()).toMatchObject({ name: 'Kafé', isArchived: true });
    const refused = await organizer('POST', '/api/activities', {
      title: 'Kafékväll',
      typeId: created.json().id,
      startsAt: '2030-05-01T16:00:00Z',
      endsAt: '2030-05-01T18:00:00Z',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0]).toMatchObject({ path: 'body.typeId' });
  });
});

describe('campaigns', () => {
  it('are created, changed and deleted by organizers; activities keep going without one', async () => {
    const organizer = as(world, 'organizer');
    expect(
      (await as(world, 'coordinator')('POST', '/api/campaigns', { title: 'Nej' })).statusCode,
    ).toBe(403);
    const created = await organizer('POST', '/api/campaigns', {
      title: 'Välfärd utan vinster',
      description: 'Hösten 2030',
      startsOn: '2030-09-01',
      endsOn: '2030-11-30',
      ownerId: world.org.personIds.organizer,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      colour: '#c8102e',
      owner: { id: world.org.personIds.organizer, name: 'organizer kampanjer' },
      activityCount: 0,
    });
    const backwards = await organizer('PATCH', `/api/campaigns/${created.json().id}`, {
      endsOn: '2030-08-01',
    });
    expect(backwards.statusCode).toBe(400);
    const renamed = await organizer('PATCH', `/api/campaigns/${created.json().id}`, {
      title: 'Välfärd',
      colour: '#1C5D99',
    });
    expect(renamed.json()).toMatchObject({ title: 'Välfärd', colour: '#1c5d99' });
    const activity = await world.createActivity({ campaignId: created.json().id });
    expect(activity.campaign).toMatchObject({ title: 'Välfärd' });
    expect((await organizer('DELETE', `/api/campaigns/${created.json().id}`)).statusCode).toBe(200);
    const after = await organizer('GET', `/api/activities/${activity.id}`);
    expect(after.json().campaign).toBeNull();
  });
});
