import { expect, it } from 'vitest';
import { addressGroup, defaultThrottleLimits, LoginThrottle } from './login-throttle.ts';

function throttleAt(clock: { now: number }) {
  return new LoginThrottle(defaultThrottleLimits, () => clock.now);
}

/** Seconds to wait before the call may be made, 0 when it may be made now. */
function waitOf(call: () => unknown): number {
  try {
    call();
    return 0;
  } catch (error) {
    const headers = (error as { headers?: Record<string, string> }).headers ?? {};
    return Number(headers['retry-after']);
  }
}

/** Seconds this address must wait before trying the account; a try that may go is not counted. */
function waitFor(throttle: LoginThrottle, account: string, address: string): number {
  return Math.ceil(throttle.waitBefore(account, address) / 1000);
}

/** A failed try, made as soon as it is allowed. */
function fail(throttle: LoginThrottle, clock: { now: number }, account: string, address: string) {
  clock.now += waitFor(throttle, account, address) * 1000;
  throttle.attempt(account, address);
}

it('lets a person mistype a few times, then doubles the wait with every failure', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  const waits: number[] = [];
  for (let i = 0; i < 8; i++) {
    fail(throttle, clock, 'a@x.se', '1.1.1.1');
    waits.push(waitFor(throttle, 'a@x.se', '1.1.1.1'));
  }
  expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32]);
  clock.now += 32_000;
  expect(waitFor(throttle, 'a@x.se', '1.1.1.1')).toBe(0);
});

it('counts a try from its start, so guesses sent at once cannot pass together', () => {
  const throttle = throttleAt({ now: 0 });
  const statuses = Array.from({ length: 6 }, () =>
    waitOf(() => throttle.attempt('a@x.se', '1.1.1.1')),
  );
  expect(statuses).toEqual([0, 0, 0, 1, 1, 1]);
});

it('never waits longer than 15 minutes, and forgets after an hour of quiet', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 14; i++) fail(throttle, clock, 'a@x.se', '1.1.1.1');
  expect(waitFor(throttle, 'a@x.se', '1.1.1.1')).toBe(15 * 60);
  clock.now += 60 * 60_000 + 1;
  expect(waitFor(throttle, 'a@x.se', '1.1.1.1')).toBe(0);
});

it('lets the member in from an address with no failures while strangers guess from many', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 500; i++) fail(throttle, clock, 'a@x.se', `10.0.${i >> 8}.${i & 255}`);
  expect(waitFor(throttle, 'a@x.se', '192.0.2.1')).toBe(0);
  // Each guessing address that comes back must wait, longer the more the account was guessed.
  expect(waitFor(throttle, 'a@x.se', '10.0.0.7')).toBe(15 * 60);
  expect(waitFor(throttle, 'b@x.se', '10.0.0.7')).toBe(0);
});

it('counts an IPv6 network (/64) as one address', () => {
  expect(addressGroup('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
  expect(addressGroup('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
  expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(addressGroup('::ffff:192.0.2.7')).toBe('192.0.2.7');
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 3; i++) fail(throttle, clock, 'a@x.se', `2001:db8:1:2::${i + 1}`);
  expect(waitFor(throttle, 'a@x.se', '2001:db8:1:2::99')).toBe(1);
});

it('slows one address trying many accounts, for every account', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 20; i++) fail(throttle, clock, `u${i}@x.se`, '9.9.9.9');
  expect(waitFor(throttle, 'new@x.se', '9.9.9.9')).toBe(1);
  expect(waitFor(throttle, 'new@x.se', '8.8.8.8')).toBe(0);
});

it('forgives what an address got wrong once it logs in', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 3; i++) fail(throttle, clock, 'b@x.se', '10.0.1.1');
  expect(waitFor(throttle, 'b@x.se', '10.0.1.1')).toBe(1);
  throttle.forgive('b@x.se', '10.0.1.1');
  expect(waitFor(throttle, 'b@x.se', '10.0.1.1')).toBe(0);
});

it('slows wrong second-factor codes for the account from every address', () => {
  const throttle = throttleAt({ now: 0 });
  const waits = Array.from({ length: 7 }, () => waitOf(() => throttle.codeAttempt('acc-1')));
  expect(waits).toEqual([0, 0, 0, 0, 0, 1, 1]);
  expect(waitOf(() => throttle.codeAttempt('acc-2'))).toBe(0);
});
