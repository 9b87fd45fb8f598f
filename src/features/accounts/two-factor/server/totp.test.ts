import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  createRecoveryCode,
  createTotpSecret,
  fromBase32,
  matchTotp,
  normalizeRecoveryCode,
  stepAt,
  toBase32,
  totpCode,
} from './totp.ts';

// RFC 6238, appendix B: the SHA-1 secret is the ASCII "12345678901234567890"; the RFC prints
// eight digits, an app shows the last six.
const rfcSecret = toBase32(Buffer.from('12345678901234567890'));
const rfcVectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('TOTP', () => {
  it.each(rfcVectors)('gives the RFC 6238 code at %i s', (seconds, eight) => {
    expect(totpCode(rfcSecret, stepAt(seconds * 1000))).toBe(eight.slice(2));
  });

  it('reads back the base32 it writes', () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(toBase32(fromBase32(secret))).toBe(secret);
    expect(fromBase32('jbsw y3dp-ehpk 3pxp')).toEqual(fromBase32('JBSWY3DPEHPK3PXP'));
  });

  it('accepts one step either side, and no step at or before the last one used', () => {
    const secret = createTotpSecret();
    const now = 1_800_000_000_000;
    const step = stepAt(now);
    expect(matchTotp(secret, totpCode(secret, step - 1), { now })).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step + 1), { now })).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, step + 2), { now })).toBeNull();
    expect(matchTotp(secret, totpCode(secret, step), { now, lastStep: step })).toBeNull();
    expect(matchTotp(secret, 'abcdef', { now })).toBeNull();
  });

  // oathtool (Debian) is an independent implementation, as in any authenticator app.
  const withOathtool = hasCommand('oathtool') || process.env.CI ? it : it.skip;
  withOathtool('agrees with oathtool on fresh secrets at many times', () => {
    for (let i = 0; i < 20; i++) {
      const secret = createTotpSecret();
      const seconds = 1_700_000_000 + i * 7919;
      const theirs = execFileSync('oathtool', ['--totp', '--base32', `--now=@${seconds}`, secret])
        .toString()
        .trim();
      expect(totpCode(secret, stepAt(seconds * 1000))).toBe(theirs);
    }
  });
});

describe('recovery codes', () => {
  it('are ten characters without look-alikes, typed in any case with or without the dash', () => {
    const code = createRecoveryCode();
    expect(code).toMatch(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
    expect(normalizeRecoveryCode(code.toUpperCase().replace('-', ' '))).toBe(code);
    expect(normalizeRecoveryCode('123456')).toBeNull();
    expect(normalizeRecoveryCode('aaaaa-aaaa0')).toBeNull();
  });
});
