import { AppError } from '../shared/app-error.ts';

/**
 * At most `limit` uses per key (a client's address, say) in any `windowMs`; the next one is
 * refused with 429 and Retry-After. Kept in memory, per process: with several processes the
 * limit holds in each. Old keys are forgotten as the window passes.
 */
export class RateLimit {
  private readonly uses = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one use of `key`, or throws 429 when the key has used up its window. */
  take(key: string, message: string) {
    const since = this.now() - this.windowMs;
    const recent = (this.uses.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= this.limit) {
      const waitMs = recent[recent.length - this.limit]! + this.windowMs - this.now();
      throw new AppError('too_many_requests', message, {
        headers: { 'retry-after': String(Math.max(1, Math.ceil(waitMs / 1000))) },
      });
    }
    recent.push(this.now());
    this.uses.set(key, recent);
    if (this.uses.size > 10_000) this.forgetOld(since);
  }

  private forgetOld(since: number) {
    for (const [key, times] of this.uses) {
      if (times.every((at) => at <= since)) this.uses.delete(key);
    }
  }
}
