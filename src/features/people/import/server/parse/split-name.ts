import { cleanText } from './parse-values.ts';

export interface SplitName {
  firstName: string | null;
  lastName: string | null;
}

// Particles (any case) that belong to the surname: Carl von Linné, Anna af Klercker, Ida de Geer.
const PARTICLES = new Set([
  'af',
  'av',
  'von',
  'van',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'du',
  'des',
  'la',
  'le',
  'zu',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
]);

/**
 * Splits a full name the Swedish way: the last word is the surname, every word before it a given
 * name ("Anna Maria Svensson" → "Anna Maria" + "Svensson"), with nobiliary particles kept in the
 * surname ("Carl von Linné" → "Carl" + "von Linné"). "Svensson, Anna" is read surname first.
 * A single word is a first name. A middle name (mellannamn) cannot be told from a second given
 * name, so it lands in the first name; the preview lets the user correct it.
 */
export function splitFullName(raw: string): SplitName {
  const text = cleanText(raw);
  if (text === null) return { firstName: null, lastName: null };
  const comma = /^([^,]+),([^,]+)$/.exec(text);
  if (comma) {
    return { firstName: cleanText(comma[2]), lastName: cleanText(comma[1]) };
  }
  const words = text.split(' ');
  if (words.length === 1) return { firstName: text, lastName: null };
  let surnameStart = words.length - 1;
  // Walk left over particles, but always keep at least one given name.
  while (surnameStart > 1 && PARTICLES.has((words[surnameStart - 1] ?? '').toLowerCase()))
    surnameStart--;
  return {
    firstName: words.slice(0, surnameStart).join(' '),
    lastName: words.slice(surnameStart).join(' '),
  };
}
