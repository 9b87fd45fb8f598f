import { AppError } from '../../../shared/app-error.ts';

interface Window {
  failures: number[];
}

/**
 * Counts failed logins per account and per client address over a sliding window and refuses
 * further attempts once a limit is reached. Kept in memory: a restart forgives, which is fine
 * for one server process.
 */
export class LoginThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly options = { windowMs: 15 * 60_000, perAccount: 5, perAddress: 30 },
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 with Retry-After when either key is over its limit. */
  check(email: string, address: string) {
    const wait = Math.max(
      this.waitMs(`account:${email}`, this.options.perAccount),
      this.waitMs(`address:${address}`, this.options.perAddress),
    );
    if (wait > 0) {
      throw new AppError('too_many_requests', 'Too many failed logins; try again later', {
        headers: { 'retry-after': String(Math.ceil(wait / 1000)) },
      });
    }
  }

  recordFailure(email: string, address: string) {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const window = this.prune(key);
      window.failures.push(this.now());
      this.windows.set(key, window);
    }
  }

  recordSuccess(email: string) {
    this.windows.delete(`account:${email}`);
  }

  private waitMs(key: string, limit: number): number {
    const window = this.prune(key);
    if (window.failures.length < limit) return 0;
    return window.failures[window.failures.length - limit]! + this.options.windowMs - this.now();
  }

  private prune(key: string): Window {
    const window = this.windows.get(key) ?? { failures: [] };
    const since = this.now() - this.options.windowMs;
    window.failures = window.failures.filter((at) => at > since);
    if (window.failures.length === 0) this.windows.delete(key);
    return window;
  }
}
