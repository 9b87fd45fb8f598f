import { AppError } from '../../../platform/shared/app-error.ts';

export interface ThrottleLimits {
  /** Failures that cost nothing: a person mistyping. After them each failure doubles the wait. */
  freePerAccountAndAddress: number;
  /** Failures from one address over any accounts: one guesser trying many accounts. */
  freePerAddress: number;
  /**
   * Failures for one account from anywhere: guessing spread over many addresses. Past this, every
   * address that has failed for the account waits; an address that has not is still let in.
   */
  freePerAccount: number;
  /** The first wait after the free failures; it doubles with every further failure. */
  firstDelayMs: number;
  /** The longest wait. */
  maxDelayMs: number;
  /** Failures are forgotten after this long without a new one. */
  forgetAfterMs: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  freePerAccountAndAddress: 3,
  freePerAddress: 20,
  freePerAccount: 10,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

interface Failures {
  count: number;
  lastAt: number;
}

const MAX_KEYS = 100_000;

/**
 * Slows down whoever is guessing, never the account holder. Failed logins are counted per
 * account and address, per address, and per account; past a few free failures each one doubles
 * the wait before that address may try again (1 s, 2 s, 4 s … up to 15 minutes). The count per
 * account alone never stops an address that has not failed for that account: a member typing
 * the right password from their own phone gets in while strangers fail on purpose from
 * elsewhere, yet each of those strangers' addresses gets one guess before it has to wait.
 * Kept in memory, per process: a restart forgives, and with several processes each counts its
 * own share (the delays still grow in each).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly limits: ThrottleLimits = defaultThrottleLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 with Retry-After when this address must wait before trying this account again. */
  check(account: string, address: string) {
    const pair = this.get(pairKey(account, address));
    const waits = [
      this.waitMs(pair, this.limits.freePerAccountAndAddress),
      this.waitMs(this.get(`address:${address}`), this.limits.freePerAddress),
    ];
    // The account's own count slows only addresses that have failed for it.
    const byAccount = this.get(`account:${account}`);
    if (pair && byAccount) {
      waits.push(
        this.waitMs({ count: byAccount.count, lastAt: pair.lastAt }, this.limits.freePerAccount),
      );
    }
    const wait = Math.max(...waits);
    if (wait > 0) {
      throw new AppError('too_many_requests', 'Too many failed attempts; try again later', {
        headers: { 'retry-after': String(Math.ceil(wait / 1000)) },
      });
    }
  }

  recordFailure(account: string, address: string) {
    for (const key of [pairKey(account, address), `account:${account}`, `address:${address}`]) {
      const previous = this.get(key);
      this.failures.delete(key);
      this.failures.set(key, { count: (previous?.count ?? 0) + 1, lastAt: this.now() });
    }
    this.keepSmall();
  }

  /** A successful login forgives what this address got wrong for the account. */
  forgive(account: string, address: string) {
    this.failures.delete(pairKey(account, address));
  }

  private get(key: string): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && this.now() - entry.lastAt > this.limits.forgetAfterMs) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private waitMs(entry: Failures | undefined, free: number): number {
    if (!entry || entry.count < free) return 0;
    const delay = Math.min(
      this.limits.firstDelayMs * 2 ** Math.min(entry.count - free, 30),
      this.limits.maxDelayMs,
    );
    return entry.lastAt + delay - this.now();
  }

  /** The oldest entries go first (a Map keeps the order entries were last written in). */
  private keepSmall() {
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_KEYS) break;
      this.failures.delete(key);
    }
  }
}

function pairKey(account: string, address: string) {
  return `pair:${account}|${address}`;
}
