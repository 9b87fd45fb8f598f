import type { z } from 'zod';
import type { ActivityListItem } from '../activities.contract.ts';
import { stockholmDate } from './calendar-time.ts';

export type CalendarActivity = z.output<typeof ActivityListItem>;

/** Activities without a campaign are drawn in grey. */
export const noCampaignColour = '#868e96';

export interface Fill {
  confirmed: number;
  waiting: number;
  /** The sum of each shift's wanted number (its capacity when none); null when some shift has neither. */
  wanted: number | null;
  /** Null when some shift has no limit. */
  capacity: number | null;
}

/** Sign-ups against what the shifts want and hold, summed over the activity. */
export function fillOf(activity: Pick<CalendarActivity, 'shifts'>): Fill {
  let confirmed = 0;
  let waiting = 0;
  let wanted: number | null = 0;
  let capacity: number | null = 0;
  for (const shift of activity.shifts) {
    confirmed += shift.confirmed;
    waiting += shift.waiting;
    const shiftWanted = shift.wanted ?? shift.capacity;
    wanted = wanted === null || shiftWanted === null ? null : wanted + shiftWanted;
    capacity = capacity === null || shift.capacity === null ? null : capacity + shift.capacity;
  }
  return { confirmed, waiting, wanted, capacity };
}

/**
 * Activities by the Stockholm day they start on, each day's sorted by start. One that began
 * before the first day shown (and still goes on) is put on that first day.
 */
export function byDay(items: CalendarActivity[], days: string[]): Map<string, CalendarActivity[]> {
  const result = new Map<string, CalendarActivity[]>(days.map((day) => [day, []]));
  const first = days[0];
  if (!first) return result;
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  for (const item of sorted) {
    const day = stockholmDate(item.startsAt);
    result.get(day < first ? first : day)?.push(item);
  }
  return result;
}

/** Whether it is set to be published later: not a draft, and its publishing time not yet come. */
export function isScheduled(activity: CalendarActivity): boolean {
  return activity.visibility !== 'draft' && !activity.isPublished && activity.publishAt !== null;
}
