import { AppError } from '../../../platform/shared/app-error.ts';

export interface ThrottleLimits {
  windowMs: number;
  /** Failures for one account from one address: a person mistyping, or one guesser. */
  perAccountAndAddress: number;
  /** Failures for one account from anywhere: guessing spread over many addresses. */
  perAccount: number;
  /** Failures from one address over any accounts: one guesser trying many accounts. */
  perAddress: number;
}

const defaults: ThrottleLimits = {
  windowMs: 15 * 60_000,
  perAccountAndAddress: 5,
  perAccount: 50,
  perAddress: 30,
};

/**
 * Counts failed logins over a sliding window and refuses further attempts once a limit is
 * reached. The tight limit is per account *and* address, so a stranger cannot lock a member
 * out by failing on purpose; the looser per-account limit still stops distributed guessing.
 * Kept in memory: a restart forgives, which is fine for one server process.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limits: ThrottleLimits = defaults,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 with Retry-After when any limit is reached. */
  check(account: string, address: string) {
    const wait = Math.max(
      this.waitMs(`pair:${account}|${address}`, this.limits.perAccountAndAddress),
      this.waitMs(`account:${account}`, this.limits.perAccount),
      this.waitMs(`address:${address}`, this.limits.perAddress),
    );
    if (wait > 0) {
      throw new AppError('too_many_requests', 'Too many failed attempts; try again later', {
        headers: { 'retry-after': String(Math.ceil(wait / 1000)) },
      });
    }
  }

  recordFailure(account: string, address: string) {
    for (const key of [`pair:${account}|${address}`, `account:${account}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  /** A successful login, or a password reset, forgives the account's failures. */
  forgive(account: string) {
    for (const key of this.failures.keys()) {
      if (key === `account:${account}` || key.startsWith(`pair:${account}|`)) {
        this.failures.delete(key);
      }
    }
  }

  private waitMs(key: string, limit: number): number {
    const recent = this.recent(key);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit]! + this.limits.windowMs - this.now();
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}
