import type { z } from 'zod';
import type { ActivityInput, ShiftInput } from './activities.contract.ts';

type Activity = z.output<typeof ActivityInput>;
type Shift = z.output<typeof ShiftInput>;

let counter = 0;

const HOUR = 3_600_000;

/** A shift for tests and the demo: two hours from `startsAt`, ten places. */
export function buildShift(overrides: Partial<Shift> & { startsAt: string }): Shift {
  return {
    title: '',
    endsAt: new Date(Date.parse(overrides.startsAt) + 2 * HOUR).toISOString(),
    capacity: 10,
    wanted: null,
    ...overrides,
  };
}

/**
 * An activity as the API takes it, every field filled: by default published to members, a week
 * from now (on the hour), two hours long, with one open shift.
 */
export function buildActivity(overrides: Partial<Activity> & { typeId: string }): Activity {
  counter += 1;
  const startsAt =
    overrides.startsAt ??
    new Date(Math.ceil((Date.now() + 7 * 24 * HOUR) / HOUR) * HOUR).toISOString();
  return {
    title: `Aktivitet ${counter}`,
    campaignId: null,
    localGroupId: null,
    place: 'Huddinge centrum',
    latitude: null,
    longitude: null,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * HOUR).toISOString(),
    description: '',
    contactPersonId: null,
    visibility: 'members',
    publishAt: null,
    signupCutoffMinutes: 0,
    reminderOffsetMinutes: 1440,
    imageUrl: null,
    shifts: [],
    ...overrides,
  };
}
