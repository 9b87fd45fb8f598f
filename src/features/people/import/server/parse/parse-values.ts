import { Email } from '../../../../../platform/shared/atoms.ts';
import { normalizePhone } from '../../../../../platform/shared/phone.ts';
import type { Gender } from '../../../../../platform/shared/db-values.generated.ts';
import type { ImportProblem } from './import-shapes.ts';

/** A parsed cell: its value (`null` when empty) or why it could not be read. */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; error: ImportProblem };

/** Trims and collapses all whitespace (non-breaking spaces and line breaks too); empty is null. */
export function cleanText(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** Like `cleanText` but keeps line breaks (at most one empty line in a row), for notes. */
export function cleanMultilineText(raw: string | null | undefined): string | null {
  const text = (raw ?? '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? null : text;
}

export function ok<T>(value: T | null): Parsed<T> {
  return { ok: true, value };
}

export function fail<T>(code: string, message: string, messageEn: string): Parsed<T> {
  return { ok: false, error: { code, message, messageEn } };
}

/** Quotes a value for an error message, hiding anything shaped like a personal identity number. */
export function echo(raw: string): string {
  const text = raw.trim().replace(/\d{6,8}\s*[-+]?\s*\d{4}/g, '…');
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

/** Validates an e-mail address and lower-cases it, so matching is case-insensitive. */
export function parseEmail(raw: string): Parsed<string> {
  let text = cleanText(raw);
  if (text === null) return ok(null);
  // "Anna Svensson <anna@example.se>" and "mailto:" links, as some exports write them.
  text = (/<([^<>]+)>\s*$/.exec(text)?.[1] ?? text).replace(/^mailto:/i, '').toLowerCase();
  if ((text.match(/@/g) ?? []).length > 1) {
    return fail(
      'multiple_emails',
      `Fältet innehåller flera e-postadresser: ${echo(raw)}`,
      `The cell holds more than one e-mail address: ${echo(raw)}`,
    );
  }
  // The same rule as the API's, so an imported address can be saved again from the person page.
  if (!Email.safeParse(text).success) {
    return fail(
      'invalid_email',
      `E-postadressen ${echo(raw)} är inte giltig`,
      `The e-mail address ${echo(raw)} is not valid`,
    );
  }
  return ok(text);
}

/**
 * Normalizes a phone number to E.164 with the project's `normalizePhone`. Also repairs what Excel
 * does to Swedish numbers kept as numbers: 701234567 lost its leading 0, 46701234567 its plus.
 */
export function parsePhone(raw: string): Parsed<string> {
  const text = cleanText(raw);
  if (text === null) return ok(null);
  const digits = text.replace(/[\s\-().]/g, '');
  let candidate = text;
  if (/^7\d{8}$/.test(digits)) candidate = `0${digits}`;
  else if (/^46[1-9]\d{6,10}$/.test(digits)) candidate = `+${digits}`;
  const phone = normalizePhone(candidate);
  if (phone === null) {
    return fail(
      'invalid_phone',
      `Telefonnumret ${echo(raw)} går inte att tolka`,
      `The phone number ${echo(raw)} cannot be read`,
    );
  }
  return ok(phone);
}

const YES = new Set(['ja', 'j', 'x', '1', 'true', 'sant', 'yes', 'y', 'medlem', 'member', 'aktiv']);
const NO = new Set([
  'nej',
  'n',
  '0',
  'false',
  'falskt',
  'no',
  'ej medlem',
  'inte medlem',
  'icke medlem',
  'icke-medlem',
  'ej',
  'non-member',
  'not a member',
  'kontakt',
  'contact',
]);

/** Reads yes/no cells: ja/nej, x, 1/0, true/false, medlem/ej medlem. Empty is null (unknown). */
export function parseYesNo(raw: string): Parsed<boolean> {
  const text = cleanText(raw)?.toLowerCase();
  if (text === undefined) return ok(null);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return fail(
    'invalid_yes_no',
    `Värdet ${echo(raw)} är varken ja eller nej`,
    `The value ${echo(raw)} is neither yes nor no`,
  );
}

const GENDER_WORDS = new Map<string, Gender | null>([
  ...words('woman', ['kvinna', 'k', 'kv', 'kvinnlig', 'tjej', 'woman', 'female', 'f', 'w']),
  ...words('man', ['man', 'm', 'manlig', 'kille', 'male']),
  ...words('other', [
    'annat',
    'annan',
    'icke-binär',
    'ickebinär',
    'icke binär',
    'hen',
    'other',
    'non-binary',
    'nonbinary',
    'non binary',
  ]),
  // Declining to answer is an answer: stored as unknown, not reported as an error.
  ...words(null, [
    'vill ej uppge',
    'vill inte uppge',
    'uppgift saknas',
    'okänt',
    'prefer not to say',
    'unknown',
    '-',
  ]),
]);

/** Reads a gender into `woman`, `man` or `other`; "vill ej uppge" and the like are null. */
export function parseGender(raw: string): Parsed<Gender> {
  const text = cleanText(raw)?.toLowerCase();
  if (text === undefined) return ok(null);
  if (GENDER_WORDS.has(text)) return ok(GENDER_WORDS.get(text) ?? null);
  return fail(
    'invalid_gender',
    `Könet ${echo(raw)} känns inte igen (använd kvinna, man eller annat)`,
    `The gender ${echo(raw)} is not recognised (use woman, man or other)`,
  );
}

/** Keeps a member number as text (leading zeros intact); refuses numbers Excel already mangled. */
export function parseMemberNumber(raw: string): Parsed<string> {
  const text = cleanText(raw);
  if (text === null) return ok(null);
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(text)) {
    return fail(
      'member_number_in_e_notation',
      `Medlemsnumret ${echo(raw)} har förstörts av Excel (E-notation); exportera kolumnen som text`,
      `The member number ${echo(raw)} was mangled by Excel (E notation); export the column as text`,
    );
  }
  // 12345.0 is how some tools write an integer column.
  return ok(text.replace(/^(\d+)[.,]0+$/, '$1'));
}

/** Writes Swedish postcodes the official way (123 45, without an SE- prefix); others trimmed. */
export function parsePostcode(raw: string): Parsed<string> {
  const text = cleanText(raw);
  if (text === null) return ok(null);
  const swedish = /^(?:S|SE)?[\s-]*(\d{3})\s?(\d{2})$/i.exec(text);
  return ok(swedish ? `${swedish[1]} ${swedish[2]}` : text);
}

function words(value: Gender | null, list: string[]): [string, Gender | null][] {
  return list.map((word) => [word, value]);
}

const TAG_MAX = 60;

/** Tag names, as our export writes them ("Styrelse, Volontär"): split on `,` or `;`, once each. */
export function parseTags(raw: string): Parsed<string[]> {
  const names: string[] = [];
  for (const part of raw.split(/[;,]/)) {
    const name = cleanText(part);
    if (name === null) continue;
    if (name.length > TAG_MAX) {
      return fail(
        'tag_too_long',
        `Taggen ${echo(name)} är längre än ${TAG_MAX} tecken`,
        `The tag ${echo(name)} is longer than ${TAG_MAX} characters`,
      );
    }
    if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return ok(names);
}
