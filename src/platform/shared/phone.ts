/**
 * Normalizes a phone number to E.164, reading Swedish national numbers (070-123 45 67,
 * 08-123 456) as +46. Returns null when the input cannot be a phone number.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = `46${compact.slice(1)}`;
  else return null;
  if (!/^\d{7,15}$/.test(digits)) return null;
  return `+${digits}`;
}

/** Shows a stored E.164 number the way it is written in Sweden (070-123 45 67); others as stored. */
export function formatPhone(e164: string): string {
  const match = /^\+46(7\d)(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (match) return `0${match[1]}-${match[2]} ${match[3]} ${match[4]}`;
  // Stockholm: 08-123 45 67, or 08-123 456 78 for eight digits.
  const stockholm = /^\+468(\d{3})(\d{2,3})(\d{2})$/.exec(e164);
  if (stockholm) return `08-${stockholm[1]} ${stockholm[2]} ${stockholm[3]}`;
  return e164;
}
