import type { FieldError } from '../../../platform/shared/app-error.ts';
import type { CustomField } from '../custom-fields.contract.ts';

type Check = (value: unknown, field: CustomField) => unknown | undefined;

const isDate = (value: unknown) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Each kind's check: the value to store, or undefined when the value does not fit the kind. */
const checks: Record<CustomField['kind'], Check> = {
  text: (v) => (typeof v === 'string' && v.length <= 2000 ? v.trim() : undefined),
  number: (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined),
  date: (v) => (isDate(v) ? v : undefined),
  choice: (v, f) => (typeof v === 'string' && f.options.includes(v) ? v : undefined),
  multi_choice: (v, f) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string' && f.options.includes(x))
      ? [...new Set(v as string[])]
      : undefined,
  yes_no: (v) => (typeof v === 'boolean' ? v : undefined),
  url: (v) => {
    if (typeof v !== 'string' || v.length > 2000) return undefined;
    try {
      const url = new URL(v.trim());
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
    } catch {
      return undefined;
    }
  },
};

/**
 * Checks values against the association's fields and merges them into the stored ones:
 * null or an empty string removes a value. Unknown field ids and misfits are field errors.
 */
export function mergeCustomValues(
  fields: CustomField[],
  stored: Record<string, unknown>,
  changes: Record<string, unknown>,
): { values: Record<string, unknown>; errors: FieldError[] } {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const values = { ...stored };
  const errors: FieldError[] = [];
  for (const [id, value] of Object.entries(changes)) {
    const field = byId.get(id);
    const path = `body.custom.${id}`;
    if (!field) {
      errors.push({ path, code: 'unknown_field', message: 'No such custom field' });
      continue;
    }
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
      delete values[id];
      continue;
    }
    const checked = checks[field.kind](value, field);
    if (checked === undefined) {
      errors.push({
        path,
        code: `invalid_${field.kind}`,
        message: `Not a valid ${field.kind} value`,
      });
    } else {
      values[id] = checked;
    }
  }
  return { values, errors };
}
