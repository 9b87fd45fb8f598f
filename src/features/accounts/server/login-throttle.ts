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
  /**
   * Wrong second-factor codes for one account, from anywhere: whoever types one already has the
   * password, so past these every address waits.
   */
  freeCodes: number;
}

export const defaultThrottleLimits: ThrottleLimits = {
  freePerAccountAndAddress: 3,
  freePerAddress: 20,
  freePerAccount: 10,
  firstDelayMs: 1000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
  freeCodes: 5,
};

/** An attempt under way: counted as a failure from the start, so parallel guesses count too. */
export interface Attempt {
  /** It was right: take back its count and forgive what this address got wrong. */
  succeeded(): void;
}

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

  /**
   * Starts a login attempt: throws 429 with Retry-After when this address must wait before
   * trying this account again, else counts the attempt as a failure until it `succeeded()`.
   */
  attempt(account: string, rawAddress: string): Attempt {
    const address = addressGroup(rawAddress);
    this.check(account, address);
    const keys = [pairKey(account, address), `account:${account}`, `address:${address}`];
    this.count(keys);
    return {
      succeeded: () => {
        this.uncount(keys);
        this.failures.delete(pairKey(account, address));
      },
    };
  }

  /** Starts a check of a second-factor code for an account; 429 while it must wait. */
  codeAttempt(accountId: string): Attempt {
    const key = `code:${accountId}`;
    this.throwIfWaiting(this.waitMs(this.get(key), this.limits.freeCodes));
    this.count([key]);
    return { succeeded: () => this.failures.delete(key) };
  }

  /** A successful reset from this address forgives what it got wrong for the account. */
  forgive(account: string, rawAddress: string) {
    this.failures.delete(pairKey(account, addressGroup(rawAddress)));
  }

  /** Milliseconds this address must wait before trying the account; nothing is counted. */
  waitBefore(account: string, rawAddress: string): number {
    return Math.max(0, this.waitFor(account, addressGroup(rawAddress)));
  }

  private check(account: string, address: string) {
    this.throwIfWaiting(this.waitFor(account, address));
  }

  private waitFor(account: string, address: string): number {
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
    return Math.max(...waits);
  }

  private throwIfWaiting(wait: number) {
    if (wait > 0) {
      throw new AppError('too_many_requests', 'Too many failed attempts; try again later', {
        headers: { 'retry-after': String(Math.ceil(wait / 1000)) },
      });
    }
  }

  private count(keys: string[]) {
    for (const key of keys) {
      const previous = this.get(key);
      this.failures.delete(key);
      this.failures.set(key, { count: (previous?.count ?? 0) + 1, lastAt: this.now() });
    }
    this.keepSmall();
  }

  private uncount(keys: string[]) {
    for (const key of keys) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      if (entry.count <= 1) this.failures.delete(key);
      else entry.count -= 1;
    }
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

/**
 * The unit an address is counted in: an IPv4 address, or an IPv6 address's /64 — one
 * subscriber's network, where a guesser could otherwise take a fresh address for every try.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
