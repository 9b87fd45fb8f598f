import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivity, buildShift } from '../activities.factories.ts';
import { as, setUpActivities, type ActivitiesWorld } from './activities-testing.ts';
import { occurrenceDates } from './series.service.ts';

let world: ActivitiesWorld;
beforeAll(async () => {
  world = await setUpActivities('serier');
});
afterAll(() => world.test.close());

interface Listed {
  id: string;
  title: string;
  startsAt: string;
  seriesId: string | null;
  shifts: { startsAt: string }[];
}

async function listSeries(seriesId: string): Promise<Listed[]> {
  const response = await as(world, 'organizer')(
    'GET',
    '/api/activities?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z',
  );
  return response.json().items.filter((item: Listed) => item.seriesId === seriesId);
}

describe('occurrence dates', () => {
  it('repeats weekly, every other week and monthly, skipping exceptions', () => {
    expect(occurrenceDates('2027-03-13', 'weekly', '2027-04-10', ['2027-03-20'])).toEqual([
      '2027-03-13',
      '2027-03-27',
      '2027-04-03',
      '2027-04-10',
    ]);
    expect(occurrenceDates('2027-03-13', 'biweekly', '2027-04-10')).toEqual([
      '2027-03-13',
      '2027-03-27',
      '2027-04-10',
    ]);
    // The 31st falls on each month's last day when the month is shorter.
    expect(occurrenceDates('2027-01-31', 'monthly', '2027-04-30')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
  });
});

describe('a weekly bokbord across the change to summer time', () => {
  let seriesId: string;
  let ids: string[];

  it('creates every occurrence at 10:00 Stockholm time, before and after the change', async () => {
    // 10:00 in Stockholm is 09:00 UTC in winter, 08:00 UTC from 28 March 2027.
    const startsAt = '2027-03-13T09:00:00.000Z';
    const response = await as(world, 'organizer')('POST', '/api/activity-series', {
      activity: buildActivity({
        typeId: world.types.stall!,
        title: 'Bokbord på torget',
        startsAt,
        endsAt: '2027-03-13T12:00:00.000Z',
        shifts: [
          buildShift({ startsAt, endsAt: '2027-03-13T10:30:00.000Z', capacity: 3 }),
          buildShift({ startsAt: '2027-03-13T10:30:00.000Z', endsAt: '2027-03-13T12:00:00.000Z' }),
        ],
      }),
      recurrence: 'weekly',
      untilOn: '2027-04-10',
      exceptions: ['2027-03-20'],
    });
    expect(response.statusCode).toBe(201);
    seriesId = response.json().series.id;
    ids = response.json().activityIds;
    expect(response.json().series).toMatchObject({
      recurrence: 'weekly',
      startsOn: '2027-03-13',
      exceptions: ['2027-03-20'],
    });
    const listed = await listSeries(seriesId);
    expect(listed.map((item) => item.startsAt)).toEqual([
      '2027-03-13T09:00:00.000Z',
      '2027-03-27T09:00:00.000Z',
      '2027-04-03T08:00:00.000Z',
      '2027-04-10T08:00:00.000Z',
    ]);
    expect(listed.map((item) => item.shifts[1]!.startsAt)).toEqual([
      '2027-03-13T10:30:00.000Z',
      '2027-03-27T10:30:00.000Z',
      '2027-04-03T09:30:00.000Z',
      '2027-04-10T09:30:00.000Z',
    ]);
  });

  it('edits one occurrence alone', async () => {
    const response = await as(world, 'organizer')('PATCH', `/api/activities/${ids[1]}`, {
      title: 'Bokbord med extra material',
    });
    expect(response.json()).toMatchObject({ occurrenceDate: '2027-03-27', sequence: 1 });
    const titles = (await listSeries(seriesId)).map((item) => item.title);
    expect(titles).toEqual([
      'Bokbord på torget',
      'Bokbord med extra material',
      'Bokbord på torget',
      'Bokbord på torget',
    ]);
  });

  it('edits this and following: an hour later on each date, shifts along', async () => {
    const response = await as(world, 'organizer')('PATCH', `/api/activities/${ids[2]}`, {
      startsAt: '2027-04-03T09:00:00.000Z',
      endsAt: '2027-04-03T11:00:00.000Z',
      place: 'Huddinge centrum',
      scope: 'following',
    });
    expect(response.statusCode).toBe(200);
    const listed = await listSeries(seriesId);
    expect(listed.map((item) => item.startsAt)).toEqual([
      '2027-03-13T09:00:00.000Z',
      '2027-03-27T09:00:00.000Z',
      '2027-04-03T09:00:00.000Z',
      '2027-04-10T09:00:00.000Z',
    ]);
    expect(listed[3]!.shifts[0]!.startsAt).toBe('2027-04-10T09:00:00.000Z');
    const last = await as(world, 'organizer')('GET', `/api/activities/${ids[3]}`);
    expect(last.json()).toMatchObject({
      place: 'Huddinge centrum',
      endsAt: '2027-04-10T11:00:00.000Z',
      sequence: 1,
    });
    const first = await as(world, 'organizer')('GET', `/api/activities/${ids[0]}`);
    expect(first.json()).toMatchObject({ sequence: 0 });
  });

  it('cancels this and following, and deletes one occurrence as an exception', async () => {
    const cancelled = await as(world, 'organizer')('POST', `/api/activities/${ids[2]}/cancel`, {
      reason: 'Torget byggs om',
      scope: 'following',
    });
    expect(cancelled.statusCode).toBe(200);
    const last = await as(world, 'organizer')('GET', `/api/activities/${ids[3]}`);
    expect(last.json()).toMatchObject({ cancelReason: 'Torget byggs om' });
    const deleted = await as(world, 'organizer')('DELETE', `/api/activities/${ids[0]}?scope=one`);
    expect(deleted.json()).toEqual({ deleted: 1 });
    const second = await as(world, 'organizer')('GET', `/api/activities/${ids[1]}`);
    expect(second.json().series.exceptions).toEqual(['2027-03-13', '2027-03-20']);
  });

  it('refuses a series longer than two years', async () => {
    const response = await as(world, 'organizer')('POST', '/api/activity-series', {
      activity: buildActivity({
        typeId: world.types.stall!,
        startsAt: '2027-01-02T09:00:00Z',
        endsAt: '2027-01-02T10:00:00Z',
      }),
      recurrence: 'weekly',
      untilOn: '2030-01-01',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('body.untilOn');
  });
});
