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
