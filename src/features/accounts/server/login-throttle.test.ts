import { expect, it } from 'vitest';
import { defaultThrottleLimits, LoginThrottle } from './login-throttle.ts';

function throttleAt(clock: { now: number }) {
  return new LoginThrottle(defaultThrottleLimits, () => clock.now);
}

/** Seconds this address must wait before trying the account, 0 when it may try now. */
function waitOf(throttle: LoginThrottle, account: string, address: string): number {
  try {
    throttle.check(account, address);
    return 0;
  } catch (error) {
    const headers = (error as { headers?: Record<string, string> }).headers ?? {};
    return Number(headers['retry-after']);
  }
}

it('lets a person mistype a few times, then doubles the wait with every failure', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  const waits: number[] = [];
  for (let i = 0; i < 8; i++) {
    clock.now += waitOf(throttle, 'a@x.se', '1.1.1.1') * 1000;
    throttle.recordFailure('a@x.se', '1.1.1.1');
    waits.push(waitOf(throttle, 'a@x.se', '1.1.1.1'));
  }
  expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32]);
  // The wait ends: the next attempt is allowed once it has passed.
  clock.now += 32_000;
  expect(waitOf(throttle, 'a@x.se', '1.1.1.1')).toBe(0);
});

it('never waits longer than 15 minutes, and forgets after an hour of quiet', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 40; i++) throttle.recordFailure('a@x.se', '1.1.1.1');
  expect(waitOf(throttle, 'a@x.se', '1.1.1.1')).toBe(15 * 60);
  clock.now += 60 * 60_000 + 1;
  expect(waitOf(throttle, 'a@x.se', '1.1.1.1')).toBe(0);
});

it('lets the member in from an address with no failures while strangers guess from many', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 500; i++) throttle.recordFailure('a@x.se', `10.0.${i >> 8}.${i & 255}`);
  expect(waitOf(throttle, 'a@x.se', '192.0.2.1')).toBe(0);
  // Each guessing address that comes back must wait, longer the more the account was guessed.
  expect(waitOf(throttle, 'a@x.se', '10.0.0.7')).toBe(15 * 60);
  // Other accounts are not slowed for those addresses (one failure each).
  expect(waitOf(throttle, 'b@x.se', '10.0.0.7')).toBe(0);
});

it('slows one address trying many accounts, for every account', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 20; i++) throttle.recordFailure(`u${i}@x.se`, '9.9.9.9');
  expect(waitOf(throttle, 'new@x.se', '9.9.9.9')).toBe(1);
  expect(waitOf(throttle, 'new@x.se', '8.8.8.8')).toBe(0);
});

it('forgives what an address got wrong once it logs in', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 3; i++) throttle.recordFailure('b@x.se', '10.0.1.1');
  expect(waitOf(throttle, 'b@x.se', '10.0.1.1')).toBe(1);
  throttle.forgive('b@x.se', '10.0.1.1');
  expect(waitOf(throttle, 'b@x.se', '10.0.1.1')).toBe(0);
});
