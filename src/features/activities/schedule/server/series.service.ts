import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../../../../../db/schema.ts';
import { AppError } from '../../../../platform/shared/app-error.ts';
import type { Recurrence, SeriesInput } from '../activities.contract.ts';
import { assertReferences, insertActivity } from './activity-write.service.ts';
import { addDays, addMonths, daysBetween, moveWallClock, stockholmDate } from './stockholm-time.ts';

// A series is materialised: each occurrence is an ordinary activity (its own shifts, sign-ups
// and report) carrying series_id and its occurrence date. Editing "this and following" is done
// by activity-write.service over the occurrences from a date on.

export const MAX_OCCURRENCES = 200;
const MAX_SPAN_DAYS = 2 * 366;

/** The dates of a recurrence from its first date to `untilOn`, less the exceptions. */
export function occurrenceDates(
  firstOn: string,
  recurrence: z.output<typeof Recurrence>,
  untilOn: string,
  exceptions: string[] = [],
): string[] {
  const skipped = new Set(exceptions);
  const dates: string[] = [];
  for (let index = 0; ; index++) {
    const date =
      recurrence === 'monthly'
        ? addMonths(firstOn, index)
        : addDays(firstOn, index * (recurrence === 'weekly' ? 7 : 14));
    if (date > untilOn) break;
    if (!skipped.has(date)) dates.push(date);
    if (index > MAX_OCCURRENCES * 3) break;
  }
  return dates;
}

function tooLong(message: string) {
  return new AppError('validation', message, {
    errors: [{ path: 'body.untilOn', code: 'too_long', message }],
  });
}

/** Creates a series and its occurrences, each at the first one's Stockholm clock times. */
export async function createSeries(
  trx: Kysely<DB>,
  input: z.output<typeof SeriesInput> & { organizationId: string; createdBy: string | null },
) {
  const { activity } = input;
  await assertReferences(trx, input.organizationId, activity);
  const firstOn = stockholmDate(new Date(activity.startsAt));
  if (daysBetween(firstOn, input.untilOn) > MAX_SPAN_DAYS) {
    throw tooLong('A series may run for at most two years');
  }
  const dates = occurrenceDates(firstOn, input.recurrence, input.untilOn, input.exceptions);
  if (dates.length === 0) throw tooLong('The series has no occurrences');
  if (dates.length > MAX_OCCURRENCES) {
    throw tooLong(`A series may have at most ${MAX_OCCURRENCES} occurrences`);
  }
  const series = await trx
    .insertInto('activity_series')
    .values({
      organization_id: input.organizationId,
      recurrence: input.recurrence,
      starts_on: firstOn,
      until_on: input.untilOn,
      exceptions: JSON.stringify([...new Set(input.exceptions)].sort()),
    })
    .returning(['id', 'recurrence', 'starts_on', 'until_on', 'exceptions'])
    .executeTakeFirstOrThrow();

  const move = (iso: string, minutes: number) =>
    moveWallClock(new Date(iso), minutes).toISOString();
  const activityIds: string[] = [];
  for (const date of dates) {
    const minutes = daysBetween(firstOn, date) * 1440;
    activityIds.push(
      await insertActivity(trx, {
        ...activity,
        startsAt: move(activity.startsAt, minutes),
        endsAt: move(activity.endsAt, minutes),
        shifts: activity.shifts.map((shift) => ({
          ...shift,
          startsAt: move(shift.startsAt, minutes),
          endsAt: move(shift.endsAt, minutes),
        })),
        organizationId: input.organizationId,
        createdBy: input.createdBy,
        seriesId: series.id,
        occurrenceDate: date,
      }),
    );
  }
  return {
    series: {
      id: series.id,
      recurrence: series.recurrence,
      startsOn: series.starts_on,
      untilOn: series.until_on,
      exceptions: series.exceptions,
    },
    activityIds,
  };
}
