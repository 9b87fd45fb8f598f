import type { z } from 'zod';
import { ApiError, callApi } from '../../../../platform/web/api.ts';
import {
  activityRoutes,
  ActivityInput,
  ActivityPatch,
  SeriesInput,
  ShiftInput,
  ShiftPatch,
  type Activity,
} from '../activities.contract.ts';
import {
  activityInputOf,
  patchOf,
  serverErrorsOf,
  seriesInputOf,
  shiftChangesOf,
  type EditorErrors,
  type EditorValues,
} from './activity-editor-form.ts';

/** A save the server refused, with the refusal's field errors named as the editor's fields. */
export class EditorSaveError extends Error {
  readonly errors: EditorErrors;
  constructor(cause: unknown, errors: EditorErrors) {
    super('save refused', { cause });
    this.errors = errors;
  }
}

function refused(error: unknown, prefix = ''): never {
  if (!(error instanceof ApiError)) throw error;
  const errors = Object.fromEntries(
    Object.entries(serverErrorsOf(error)).map(([path, code]) => [`${prefix}${path}`, code]),
  );
  throw new EditorSaveError(error, errors);
}

/** Creates the activity, or its series; answers the id of the (first) activity. */
export async function createFromEditor(values: EditorValues): Promise<string> {
  try {
    if (values.repeats) {
      const body = SeriesInput.parse(seriesInputOf(values));
      const created = await callApi(activityRoutes.createSeries, { body });
      return created.activityIds[0] ?? '';
    }
    const body = ActivityInput.parse(activityInputOf(values));
    return (await callApi(activityRoutes.createActivity, { body })).id;
  } catch (error) {
    refused(error);
  }
}

/**
 * Saves the changed fields (to this occurrence or the following ones too), then brings the
 * shifts in line with the rows. `onPatched` gets the activity as soon as its fields are saved,
 * and each added shift its id, so a retry after a refused shift does not repeat what was done.
 */
export async function updateFromEditor(
  values: EditorValues,
  original: EditorValues,
  activityId: string,
  onPatched: (activity: z.output<typeof Activity>) => void,
  onShiftAdded: (rowKey: string, shiftId: string) => void,
): Promise<void> {
  let activity: z.output<typeof Activity>;
  try {
    const body = ActivityPatch.parse(patchOf(values, original));
    activity = await callApi(activityRoutes.updateActivity, { params: { id: activityId }, body });
  } catch (error) {
    refused(error);
  }
  onPatched(activity);
  const changes = shiftChangesOf(values.shifts, activity.shifts);
  for (const id of changes.remove) {
    try {
      await callApi(activityRoutes.deleteShift, { params: { id } });
    } catch (error) {
      refused(error, 'shifts.');
    }
  }
  for (const { id, patch } of changes.update) {
    const index = values.shifts.findIndex((row) => row.id === id);
    try {
      await callApi(activityRoutes.updateShift, { params: { id }, body: ShiftPatch.parse(patch) });
    } catch (error) {
      refused(error, `shifts.${index}.`);
    }
  }
  const newRows = values.shifts.flatMap((row, index) => (row.id === null ? [{ row, index }] : []));
  for (const { row, index } of newRows) {
    try {
      const body = ShiftInput.parse(changes.add[newRows.findIndex((item) => item.row === row)]);
      const shift = await callApi(activityRoutes.addShift, { params: { id: activityId }, body });
      onShiftAdded(row.key, shift.id);
    } catch (error) {
      refused(error, `shifts.${index}.`);
    }
  }
}
