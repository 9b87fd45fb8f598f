import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Caches for answers many ask for and few change. Two kinds:
// - public, anonymous answers (the kalendarium and its feeds) kept for a few seconds: a change
//   shows within that time on every server process without any invalidation; a stale answer is
//   served while its replacement is made, so nobody waits for the rebuild;
// - private answers (sessions, "Min sida") kept until a committed write publishes a key that
//   concerns them (platform/server/invalidation.ts), which drops them in every process at once,
//   and at most their TTL.
// Answers are kept serialized and gzipped, with an ETag, so a hit costs no database query and no
// serialization.

export interface PreparedResponse {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
}

const gzipAsync = promisify(gzip);

/** Serializes and compresses once (off the event loop); the ETag ignores lines matching `volatile`. */
export async function prepareResponse(
  body: string,
  contentType: string,
  volatile?: RegExp,
): Promise<PreparedResponse> {
  const stable = volatile ? body.replace(volatile, '') : body;
  const etag = `"${createHash('sha256').update(stable).digest('base64url').slice(0, 27)}"`;
  const buffer = Buffer.from(body);
  return { body: buffer, gzip: await gzipAsync(buffer, { level: 6 }), etag, contentType };
}

export interface CacheOptions {
  /** How long an entry is fresh; 0 keeps nothing (tests). */
  ttlMs: number;
  /** After the TTL, keep serving the old answer while a new one is made (public answers only). */
  serveStale?: boolean;
  maxEntries?: number;
}

interface Entry<V> {
  expiresAt: number;
  value: Promise<V>;
  /** The answer, once made. */
  result?: { value: V };
  refreshing: boolean;
}

export class ResponseCache<V = PreparedResponse> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly options: Required<CacheOptions>;

  constructor(options: CacheOptions) {
    this.options = { serveStale: false, maxEntries: 500, ...options };
  }

  /** The cached answer for `key`, made by `produce` when missing or stale; concurrent misses share one. */
  get(key: string, produce: () => Promise<V>): Promise<V> {
    const { ttlMs, serveStale } = this.options;
    if (ttlMs <= 0) return produce();
    const found = this.entries.get(key);
    if (found) {
      if (found.expiresAt > Date.now()) return found.value;
      if (serveStale && found.result) {
        if (!found.refreshing) this.refresh(key, found, produce);
        return found.value;
      }
    }
    return this.start(key, produce);
  }

  /** Forgets one answer. */
  delete(key: string) {
    this.entries.delete(key);
  }

  /**
   * Forgets every answer `concerns` picks, and every answer still being made: it may have been
   * read before the change that calls for this.
   */
  deleteWhere(concerns: (value: V, key: string) => boolean) {
    for (const [key, entry] of this.entries) {
      if (!entry.result || concerns(entry.result.value, key)) this.entries.delete(key);
    }
  }

  clear() {
    this.entries.clear();
  }

  private start(key: string, produce: () => Promise<V>): Promise<V> {
    this.makeRoom();
    const value = produce();
    const entry: Entry<V> = {
      expiresAt: Date.now() + this.options.ttlMs,
      value,
      refreshing: false,
    };
    this.entries.set(key, entry);
    value.then(
      (result) => (entry.result = { value: result }),
      // A failure (an unknown association, say) is not kept.
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    return value;
  }

  private refresh(key: string, stale: Entry<V>, produce: () => Promise<V>) {
    stale.refreshing = true;
    produce().then(
      (result) => {
        if (this.entries.get(key) !== stale) return;
        this.entries.set(key, {
          expiresAt: Date.now() + this.options.ttlMs,
          value: Promise.resolve(result),
          result: { value: result },
          refreshing: false,
        });
      },
      () => this.entries.get(key) === stale && this.entries.delete(key),
    );
  }

  private makeRoom() {
    if (this.entries.size < this.options.maxEntries) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    if (this.entries.size < this.options.maxEntries) return;
    // Still full: drop the oldest half (a Map iterates in insertion order).
    let excess = this.entries.size - Math.floor(this.options.maxEntries / 2);
    for (const key of this.entries.keys()) {
      if (excess-- <= 0) break;
      this.entries.delete(key);
    }
  }
}

/**
 * Sends a prepared answer: 304 when the client's ETag matches, gzip when the client accepts it.
 * Returns the reply, which the route handler returns as its answer.
 */
export function sendPrepared(
  request: FastifyRequest,
  reply: FastifyReply,
  prepared: PreparedResponse,
  cacheControl: string,
): FastifyReply {
  reply.header('etag', prepared.etag);
  reply.header('cache-control', cacheControl);
  reply.header('vary', 'accept-encoding');
  reply.type(prepared.contentType);
  if (request.headers['if-none-match'] === prepared.etag) return reply.code(304).send();
  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (acceptsGzip) reply.header('content-encoding', 'gzip');
  return reply.send(acceptsGzip ? prepared.gzip : prepared.body);
}
