import type { z } from 'zod';
import type { CustomField, CustomValue } from '../custom-fields.contract.ts';

export type CustomValueType = z.infer<typeof CustomValue>;

/** What an input holds: text (text, number, date, URL, one choice, 'yes'/'no') or choices. */
export type CustomDraft = string | string[];
export type CustomDrafts = Record<string, CustomDraft>;

export const choiceKinds: ReadonlySet<CustomField['kind']> = new Set(['choice', 'multi_choice']);

export function toDraft(field: CustomField, value: CustomValueType | undefined): CustomDraft {
  if (field.kind === 'multi_choice') return Array.isArray(value) ? value : [];
  if (value === undefined || Array.isArray(value)) return '';
  if (field.kind === 'yes_no') return value === true ? 'yes' : value === false ? 'no' : '';
  return String(value);
}

/** The value to send; null removes it. A number that does not parse goes as typed, for the server to refuse. */
export function fromDraft(field: CustomField, draft: CustomDraft): CustomValueType | null {
  if (Array.isArray(draft)) return draft.length === 0 ? null : draft;
  const text = draft.trim();
  if (text === '') return null;
  if (field.kind === 'yes_no') return text === 'yes';
  if (field.kind === 'number') {
    const number = Number(text.replace(/\s/g, '').replace(',', '.'));
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

export function initialDrafts(
  fields: CustomField[],
  values: Record<string, CustomValueType>,
): CustomDrafts {
  return Object.fromEntries(fields.map((field) => [field.id, toDraft(field, values[field.id])]));
}

/** Only the fields whose value changed, as `custom` in a person patch. */
export function changedCustomValues(
  fields: CustomField[],
  drafts: CustomDrafts,
  before: Record<string, CustomValueType>,
): Record<string, CustomValueType | null> {
  const changes: Record<string, CustomValueType | null> = {};
  for (const field of fields) {
    const draft = drafts[field.id];
    if (draft === undefined) continue;
    const value = fromDraft(field, draft);
    if (JSON.stringify(value) !== JSON.stringify(before[field.id] ?? null)) {
      changes[field.id] = value;
    }
  }
  return changes;
}
