import type { z } from 'zod';
import type { ApiError } from '../../../../platform/web/api.ts';
import {
  ActivityInput,
  SeriesInput,
  type Activity,
  type ActivityVisibility,
  type EditScope,
  type Recurrence,
  type ShiftPatch,
  type ShiftSummary,
} from '../activities.contract.ts';
import { addDays, fromLocalInput, stockholmDate, toLocalInput } from './calendar-time.ts';

// The activity editor's values as the fields hold them (times as Stockholm datetime-local text,
// numbers as text), and how they become the contract's requests.

export interface ShiftRow {
  /** A React key; the shift's id once saved. */
  key: string;
  id: string | null;
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: string;
  wanted: string;
}

export interface EditorValues {
  title: string;
  typeId: string;
  campaignId: string;
  localGroupId: string;
  place: string;
  latitude: number | null;
  longitude: number | null;
  startsAt: string;
  endsAt: string;
  description: string;
  contactPerson: { id: string; name: string } | null;
  visibility: z.infer<typeof ActivityVisibility>;
  publishAt: string;
  /** Hours, as typed. */
  signupCutoffHours: string;
  reminderOffsetHours: string;
  imageUrl: string;
  shifts: ShiftRow[];
  repeats: boolean;
  recurrence: z.infer<typeof Recurrence>;
  untilOn: string;
  exceptions: string[];
  scope: z.infer<typeof EditScope>;
}

/** What each section of the editor gets: the values, a setter and each field's error. */
export interface EditorSectionProps {
  values: EditorValues;
  set: (patch: Partial<EditorValues>) => void;
  errorFor: (path: string) => string | undefined;
}

let rowCount = 0;
export function newRowKey(): string {
  rowCount += 1;
  return `new-${rowCount}`;
}

/** A new activity: tomorrow evening, a draft, reminded a day before. */
export function emptyValues(day = addDays(stockholmDate(new Date()), 1)): EditorValues {
  return {
    title: '',
    typeId: '',
    campaignId: '',
    localGroupId: '',
    place: '',
    latitude: null,
    longitude: null,
    startsAt: `${day}T18:00`,
    endsAt: `${day}T20:00`,
    description: '',
    contactPerson: null,
    visibility: 'draft',
    publishAt: '',
    signupCutoffHours: '0',
    reminderOffsetHours: '24',
    imageUrl: '',
    shifts: [],
    repeats: false,
    recurrence: 'weekly',
    untilOn: '',
    exceptions: [],
    scope: 'one',
  };
}

export function shiftRowOf(shift: z.output<typeof ShiftSummary>): ShiftRow {
  return {
    key: shift.id,
    id: shift.id,
    title: shift.title,
    startsAt: toLocalInput(shift.startsAt),
    endsAt: toLocalInput(shift.endsAt),
    capacity: shift.capacity === null ? '' : String(shift.capacity),
    wanted: shift.wanted === null ? '' : String(shift.wanted),
  };
}

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

export function valuesOf(activity: z.output<typeof Activity>): EditorValues {
  return {
    ...emptyValues(),
    title: activity.title,
    typeId: activity.type.id,
    campaignId: activity.campaign?.id ?? '',
    localGroupId: activity.localGroup?.id ?? '',
    place: activity.place,
    latitude: activity.latitude,
    longitude: activity.longitude,
    startsAt: toLocalInput(activity.startsAt),
    endsAt: toLocalInput(activity.endsAt),
    description: activity.description,
    contactPerson: activity.contactPerson,
    visibility: activity.visibility,
    publishAt: activity.publishAt ? toLocalInput(activity.publishAt) : '',
    signupCutoffHours: hours(activity.signupCutoffMinutes),
    reminderOffsetHours: hours(activity.reminderOffsetMinutes),
    imageUrl: activity.imageUrl ?? '',
    shifts: activity.shifts.map(shiftRowOf),
  };
}

/** Text → number for the contract; what is not a number stays as text so validation names it. */
function numberOrText(text: string): number | string | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

function minutesOf(text: string): number | string {
  const value = numberOrText(text);
  return typeof value === 'number' ? Math.round(value * 60) : (value ?? 0);
}

/** Times that are not complete are sent as typed, so the contract reports the field. */
const instant = (local: string) => fromLocalInput(local) ?? local;

function shiftInputOf(row: ShiftRow) {
  return {
    title: row.title,
    startsAt: instant(row.startsAt),
    endsAt: instant(row.endsAt),
    capacity: numberOrText(row.capacity),
    wanted: numberOrText(row.wanted),
  };
}

/** The activity's fields as the contract names them (without shifts). */
export function fieldsOf(values: EditorValues) {
  return {
    title: values.title,
    typeId: values.typeId,
    campaignId: values.campaignId || null,
    localGroupId: values.localGroupId || null,
    place: values.place,
    latitude: values.latitude,
    longitude: values.longitude,
    startsAt: instant(values.startsAt),
    endsAt: instant(values.endsAt),
    description: values.description,
    contactPersonId: values.contactPerson?.id ?? null,
    visibility: values.visibility,
    publishAt: values.publishAt ? instant(values.publishAt) : null,
    signupCutoffMinutes: minutesOf(values.signupCutoffHours),
    reminderOffsetMinutes: minutesOf(values.reminderOffsetHours),
    imageUrl: values.imageUrl.trim() || null,
  };
}

export function activityInputOf(values: EditorValues) {
  return { ...fieldsOf(values), shifts: values.shifts.map(shiftInputOf) };
}

export function seriesInputOf(values: EditorValues) {
  return {
    activity: activityInputOf(values),
    recurrence: values.recurrence,
    untilOn: values.untilOn,
    exceptions: values.exceptions,
  };
}

/** The fields changed since `original` was loaded, with the scope of the change. */
export function patchOf(values: EditorValues, original: EditorValues) {
  const now = fieldsOf(values);
  const before = fieldsOf(original);
  const patch: Record<string, unknown> = { scope: values.scope };
  for (const key of Object.keys(now) as (keyof typeof now)[]) {
    if (JSON.stringify(now[key]) !== JSON.stringify(before[key])) patch[key] = now[key];
  }
  return patch;
}

/**
 * What to do to the saved shifts so they match the rows: add new rows, change rows that differ
 * from the shift as it is now (the server may have moved it with the activity), delete the rest.
 */
export function shiftChangesOf(rows: ShiftRow[], saved: z.output<typeof ShiftSummary>[]) {
  const add = rows.filter((row) => row.id === null).map(shiftInputOf);
  const update: { id: string; patch: z.input<typeof ShiftPatch> }[] = [];
  for (const row of rows) {
    const current = saved.find((shift) => shift.id === row.id);
    if (!current) continue;
    const wanted = shiftInputOf(row);
    const patch: Record<string, unknown> = {};
    const was = shiftInputOf(shiftRowOf(current));
    for (const key of Object.keys(wanted) as (keyof typeof wanted)[]) {
      if (JSON.stringify(wanted[key]) !== JSON.stringify(was[key])) patch[key] = wanted[key];
    }
    if (Object.keys(patch).length > 0) update.push({ id: current.id, patch });
  }
  const remove = saved
    .filter((shift) => !rows.some((row) => row.id === shift.id))
    .map((shift) => shift.id);
  return { add, update, remove };
}

/** Field path → error code, e.g. 'shifts.1.endsAt' → 'custom'. */
export type EditorErrors = Record<string, string>;

function errorsOf(issues: { path: PropertyKey[]; code: string }[], prefix: string): EditorErrors {
  const errors: EditorErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const name = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    errors[name] ??= issue.code;
  }
  return errors;
}

/** Validates with the contract schema the server uses; the errors of the editor's fields. */
export function validateEditor(values: EditorValues, isNew: boolean): EditorErrors {
  if (isNew && values.repeats) {
    const result = SeriesInput.safeParse(seriesInputOf(values));
    return result.success ? {} : errorsOf(result.error.issues, 'activity.');
  }
  const result = ActivityInput.safeParse(activityInputOf(values));
  return result.success ? {} : errorsOf(result.error.issues, '');
}

/** The server's field errors, named as the editor's fields. */
export function serverErrorsOf(error: ApiError): EditorErrors {
  const issues = error.fieldErrors.map((fieldError) => ({
    path: fieldError.path.replace(/^(body|query|params)\./, '').split('.'),
    code: fieldError.code,
  }));
  return errorsOf(issues, 'activity.');
}
