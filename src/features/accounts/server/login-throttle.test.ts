import { expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.ts';

function throttleAt(clock: { now: number }) {
  return new LoginThrottle(
    { windowMs: 60_000, perAccountAndAddress: 3, perAccount: 6, perAddress: 5 },
    () => clock.now,
  );
}

it('blocks one address on one account after its limit, until the window has passed', () => {
  const clock = { now: 0 };
  const throttle = throttleAt(clock);
  for (let i = 0; i < 3; i++) {
    throttle.check('a@x.se', '1.1.1.1');
    throttle.recordFailure('a@x.se', '1.1.1.1');
    clock.now += 1000;
  }
  expect(() => throttle.check('a@x.se', '1.1.1.1')).toThrow(/Too many/);
  clock.now = 60_001;
  expect(() => throttle.check('a@x.se', '1.1.1.1')).not.toThrow();
});

it('lets the member in from their own address while a stranger fails on purpose', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 3; i++) throttle.recordFailure('a@x.se', '6.6.6.6');
  expect(() => throttle.check('a@x.se', '6.6.6.6')).toThrow();
  expect(() => throttle.check('a@x.se', '1.1.1.1')).not.toThrow();
});

it('stops guessing spread over many addresses, and one address trying many accounts', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 6; i++) throttle.recordFailure('a@x.se', `10.0.0.${i}`);
  expect(() => throttle.check('a@x.se', '10.0.0.99')).toThrow();
  for (let i = 0; i < 5; i++) throttle.recordFailure(`u${i}@x.se`, '9.9.9.9');
  expect(() => throttle.check('new@x.se', '9.9.9.9')).toThrow();
  expect(() => throttle.check('new@x.se', '8.8.8.8')).not.toThrow();
});

it('forgives an account after a success or a password reset', () => {
  const throttle = throttleAt({ now: 0 });
  for (let i = 0; i < 6; i++) throttle.recordFailure('b@x.se', `10.0.1.${i % 2}`);
  throttle.forgive('b@x.se');
  expect(() => throttle.check('b@x.se', '10.0.1.0')).not.toThrow();
});
