import { createHmac, randomBytes, randomInt } from 'node:crypto';

// Time-based one-time passwords (RFC 6238 on RFC 4226's HOTP) as every authenticator app
// makes them: HMAC-SHA1, 30-second steps, six digits, the secret shared as base32.

export const STEP_SECONDS = 30;
const DIGITS = 6;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function toBase32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function fromBase32(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=-]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new secret: 160 bits, as RFC 4226 recommends, in base32. */
export function createTotpSecret(): string {
  return toBase32(randomBytes(20));
}

export function stepAt(timeMs: number): number {
  return Math.floor(timeMs / 1000 / STEP_SECONDS);
}

/** The code for one time step. */
export function totpCode(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 15;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 10 ** DIGITS).padStart(DIGITS, '0');
}

/**
 * The step a code belongs to, allowing one step either side for a phone's clock and the time
 * it takes to type; null when it matches none. A step at or before `lastStep` is refused, so a
 * code works once, even when overheard.
 */
export function matchTotp(
  secret: string,
  code: string,
  options: { now?: number; lastStep?: number | null } = {},
): number | null {
  const digits = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  const current = stepAt(options.now ?? Date.now());
  for (const step of [current - 1, current, current + 1]) {
    if (options.lastStep != null && step <= options.lastStep) continue;
    if (totpCode(secret, step) === digits) return step;
  }
  return null;
}

/** The link an authenticator app reads from the QR code. */
export function otpauthUri(options: { secret: string; account: string; issuer: string }): string {
  const label = encodeURIComponent(`${options.issuer}:${options.account}`);
  const query = new URLSearchParams({
    secret: options.secret,
    issuer: options.issuer,
    algorithm: 'SHA1',
    digits: String(DIGITS),
    period: String(STEP_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString()}`;
}

// Recovery codes: ten characters from an alphabet without look-alikes (no 0/O, 1/l/I),
// about 50 bits each, shown as two groups of five.
const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function createRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A recovery code as typed: any case, with or without the dash and spaces. */
export function normalizeRecoveryCode(typed: string): string | null {
  const clean = typed.toLowerCase().replace(/[\s-]/g, '');
  if (clean.length !== 10 || [...clean].some((char) => !CODE_ALPHABET.includes(char))) {
    return null;
  }
  return `${clean.slice(0, 5)}-${clean.slice(5)}`;
}
