import type { ImportCustomField } from './map-headers.ts';
import { parseSwedishDate } from './parse-date.ts';
import type { DateOptions } from './parse-date.ts';
import { cleanText, echo, fail, ok } from './parse-values.ts';
import type { Parsed } from './parse-values.ts';

/** A custom value as stored: the shapes `custom-fields/server/custom-values.ts` accepts. */
export type CustomFieldValue = string | number | boolean | string[];

// The same limit as a value saved from the person page.
const TEXT_MAX = 2000;

const YES = new Set(['ja', 'j', 'yes', 'y', '1', 'x', 'true', 'sant']);
const NO = new Set(['nej', 'n', 'no', '0', 'false', 'falskt']);

/**
 * Reads a cell into a custom field's value by its kind: text, number (decimal comma or point,
 * spaces between thousands), date (the Swedish forms of `parseSwedishDate`), one choice or several
 * (separated by ; or ,) matched to the field's choices in any case, yes/no, or a web address.
 * Errors name the field, since a custom field's column may have any header.
 */
export function parseCustomValue(
  raw: string,
  field: ImportCustomField,
  options: DateOptions = {},
): Parsed<CustomFieldValue> {
  const text = cleanText(raw);
  if (text === null) return ok(null);
  const parsed = parseByKind(text, raw, field, options);
  if (parsed.ok) return parsed;
  return fail(
    parsed.error.code,
    `${field.label}: ${parsed.error.message}`,
    `${field.label}: ${parsed.error.messageEn}`,
  );
}

function parseByKind(
  text: string,
  raw: string,
  field: ImportCustomField,
  options: DateOptions,
): Parsed<CustomFieldValue> {
  switch (field.kind) {
    case 'text':
      return text.length > TEXT_MAX
        ? fail(
            'too_long',
            `Värdet ${echo(raw)} är längre än ${TEXT_MAX} tecken`,
            `The value ${echo(raw)} is longer than ${TEXT_MAX} characters`,
          )
        : ok(text);
    case 'number': {
      const number = parseNumber(text);
      return number === null
        ? fail('invalid_number', `${echo(raw)} är inget tal`, `${echo(raw)} is not a number`)
        : ok(number);
    }
    case 'date':
      return parseSwedishDate(text, options);
    case 'choice': {
      const choice = findChoice(text, field.options);
      return choice === undefined ? notAChoice([text], field) : ok(choice);
    }
    case 'multi_choice':
      return parseChoices(text, field);
    case 'yes_no': {
      const word = text.toLowerCase();
      if (YES.has(word)) return ok(true);
      if (NO.has(word)) return ok(false);
      return fail(
        'invalid_yes_no',
        `Värdet ${echo(raw)} är varken ja eller nej`,
        `The value ${echo(raw)} is neither yes nor no`,
      );
    }
    case 'url': {
      const url = parseUrl(text);
      return url === null
        ? fail(
            'invalid_url',
            `${echo(raw)} är ingen webbadress`,
            `${echo(raw)} is not a web address`,
          )
        : ok(url);
    }
  }
}

/** "1 234,5", "1234.5", "1.234,50", "−3": the last of , and . is the decimal sign. */
export function parseNumber(text: string): number | null {
  let digits = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  const comma = digits.lastIndexOf(',');
  const point = digits.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    const [thousands, decimal] = comma > point ? ['.', ','] : [',', '.'];
    digits = digits.split(thousands).join('').replace(decimal, '.');
  } else if (comma >= 0) {
    if (digits.indexOf(',') !== comma) return null;
    digits = digits.replace(',', '.');
  }
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(digits)) return null;
  const number = Number(digits);
  return Number.isFinite(number) ? number : null;
}

function findChoice(text: string, options: readonly string[]): string | undefined {
  const wanted = text.toLowerCase();
  return options.find((option) => (cleanText(option) ?? '').toLowerCase() === wanted);
}

/** The whole cell may be one choice (choices can hold commas); else a list split on ; or ,. */
function parseChoices(text: string, field: ImportCustomField): Parsed<string[]> {
  const whole = findChoice(text, field.options);
  if (whole !== undefined) return ok([whole]);
  let unknown: string[] = [];
  for (const separator of [/;/, /[;,]/]) {
    const parts = text
      .split(separator)
      .map((part) => cleanText(part))
      .filter((part): part is string => part !== null);
    const found = parts.map((part) => findChoice(part, field.options));
    unknown = parts.filter((_, i) => found[i] === undefined);
    if (unknown.length === 0) return ok([...new Set(found as string[])]);
  }
  return notAChoice(unknown, field);
}

function notAChoice(values: string[], field: ImportCustomField): Parsed<never> {
  const given = values.map(echo).join(', ');
  const allowed = field.options.join(', ');
  return fail(
    'invalid_choice',
    `${given} finns inte bland valen (${allowed})`,
    `${given} is not one of the choices (${allowed})`,
  );
}

/** A web address; one without a scheme ("www.example.se") is taken as https. */
function parseUrl(text: string): string | null {
  if (text.length > TEXT_MAX) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  try {
    const url = new URL(hasScheme ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!hasScheme && !url.hostname.includes('.')) return null;
    return url.toString();
  } catch {
    return null;
  }
}
