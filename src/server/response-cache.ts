import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

// A short-lived cache for public, anonymous answers that many ask for and few change: the
// kalendarium and its feeds. Each entry is kept already serialized and gzipped, with an ETag,
// so a hit costs no database query and no serialization. Entries live for seconds, so a change
// shows within that time on every server process without any invalidation.

export interface PreparedResponse {
  body: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
}

interface Entry {
  expiresAt: number;
  value: Promise<PreparedResponse>;
}

/** Serializes and compresses once; the ETag ignores lines matching `volatile` (e.g. DTSTAMP). */
export function prepareResponse(
  body: string,
  contentType: string,
  volatile?: RegExp,
): PreparedResponse {
  const stable = volatile ? body.replace(volatile, '') : body;
  const etag = `"${createHash('sha256').update(stable).digest('base64url').slice(0, 27)}"`;
  const buffer = Buffer.from(body);
  return { body: buffer, gzip: gzipSync(buffer, { level: 6 }), etag, contentType };
}

export class ResponseCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 500,
  ) {}

  /** The cached answer for `key`, made by `produce` when missing or stale; concurrent misses share one. */
  get(key: string, produce: () => Promise<PreparedResponse>): Promise<PreparedResponse> {
    const now = Date.now();
    const found = this.entries.get(key);
    if (found && found.expiresAt > now) return found.value;
    if (this.entries.size >= this.maxEntries) {
      for (const [entryKey, entry] of this.entries)
        if (entry.expiresAt <= now) this.entries.delete(entryKey);
      if (this.entries.size >= this.maxEntries) this.entries.clear();
    }
    const value = produce();
    this.entries.set(key, { expiresAt: now + this.ttlMs, value });
    // A failure (an unknown association, say) is not kept.
    value.catch(() => this.entries.delete(key));
    return value;
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
