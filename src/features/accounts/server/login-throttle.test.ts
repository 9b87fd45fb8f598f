import { expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

function throttleAt(clock: { now: number }) {
  return new LoginThrottle({ windowMs: 60_000, perAccount: 3, perAddress: 5 }, () => clock.now);
}

it('blocks an account after its limit until the oldest failure leaves the window', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 3; i++) {
    throttle.check('a@x.se', '1.1.1.1');
    throttle.recordFailure('a@x.se', '1.1.1.1');
    clock.now += 1000;
  }
  expect(() => throttle.check('a@x.se', '2.2.2.2')).toThrow(/Too many/);
  clock.now = 60_001;
  expect(() => throttle.check('a@x.se', '2.2.2.2')).not.toThrow();
});

it('blocks an address trying many accounts, and a success clears only the account', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 5; i++) throttle.recordFailure(`u${i}@x.se`, '9.9.9.9');
  expect(() => throttle.check('new@x.se', '9.9.9.9')).toThrow();
  expect(() => throttle.check('new@x.se', '8.8.8.8')).not.toThrow();
  throttle.recordFailure('b@x.se', '7.7.7.7');
  throttle.recordSuccess('b@x.se');
  expect(() => throttle.check('b@x.se', '7.7.7.7')).not.toThrow();
});
