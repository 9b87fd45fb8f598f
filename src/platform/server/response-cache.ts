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
  /** The ETag of `body` (identity). */
  etag: string;
  /** The ETag of `gzip`: a representation of its own, so a tag of its own (RFC 9110 8.8.3). */
  gzipEtag: string;
  contentType: string;
}

const gzipAsync = promisify(gzip);

/**
 * Writes a prepared answer piece by piece, so a large one (a feed) can be made in slices with
 * the event loop free between them: each piece is hashed as it comes, and the whole compressed
 * once, off the event loop. With `volatile`, the ETag ignores the lines it matches (an
 * iCalendar DTSTAMP; a match must lie within one piece), so the same bytes are not promised
 * twice: the tags are weak (`W/"…"`), saying "equivalent", which is all If-None-Match compares.
 */
export class PreparedWriter {
  private readonly hash = createHash('sha256');
  private readonly pieces: Buffer[] = [];

  constructor(
    private readonly contentType: string,
    private readonly volatile?: RegExp,
  ) {}

  write(text: string) {
    this.hash.update(this.volatile ? text.replace(this.volatile, '') : text);
    this.pieces.push(Buffer.from(text));
  }

  async finish(): Promise<PreparedResponse> {
    const hash = this.hash.digest('base64url').slice(0, 27);
    const weak = this.volatile ? 'W/' : '';
    const body = Buffer.concat(this.pieces);
    return {
      body,
      gzip: await gzipAsync(body, { level: 6 }),
      etag: `${weak}"${hash}"`,
      gzipEtag: `${weak}"${hash}-gzip"`,
      contentType: this.contentType,
    };
  }
}

/** Serializes and compresses once (off the event loop); `volatile` as for `PreparedWriter`. */
export function prepareResponse(
  body: string,
  contentType: string,
  volatile?: RegExp,
): Promise<PreparedResponse> {
  const writer = new PreparedWriter(contentType, volatile);
  writer.write(body);
  return writer.finish();
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
  /** Other spellings of a kept answer's request (its raw URL), for `peek`. */
  private readonly aliases = new Map<string, string>();
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

  /**
   * The answer kept under `key` (or a spelling `alias` named), only when made and still fresh:
   * no waiting and no rebuild, so a hit can be served before the request's input is parsed.
   */
  peek(key: string): V | undefined {
    const found = this.entries.get(this.aliases.get(key) ?? key);
    return found?.result && found.expiresAt > Date.now() ? found.result.value : undefined;
  }

  /** Lets `peek(spelling)` find the answer kept under `key` (made from validated input). */
  alias(spelling: string, key: string) {
    if (this.aliases.size >= this.options.maxEntries * 4) this.aliases.clear();
    this.aliases.set(spelling, key);
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
    this.aliases.clear();
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

/** Clients send a handful of distinct Accept-Encoding headers: each is read once. */
const gzipAccepted = new Map<string, boolean>();

/** Whether an Accept-Encoding header takes gzip (`gzip;q=0` refuses it; `*` takes it). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let accepted = gzipAccepted.get(header);
  if (accepted === undefined) {
    accepted = readAcceptEncoding(header);
    if (gzipAccepted.size >= 100) gzipAccepted.clear();
    gzipAccepted.set(header, accepted);
  }
  return accepted;
}

function readAcceptEncoding(header: string): boolean {
  let star = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') continue;
    const q = params.map((param) => param.trim()).find((param) => /^q=/i.test(param));
    const isRefused = q !== undefined && Number(q.slice(2)) === 0;
    if (coding === '*') star = !isRefused;
    else return !isRefused;
  }
  return star;
}

/** If-None-Match against a tag, by weak comparison (RFC 9110 13.1.2): `W/` aside, the same tag. */
export function matchesNoneMatch(header: string, etag: string): boolean {
  if (header === etag) return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  return header.split(',').some((candidate) => {
    const tag = candidate.trim();
    return tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === opaque;
  });
}

/**
 * Sends a prepared answer: gzip when the client accepts it, each representation with its own
 * ETag, and 304 when the client already holds the representation it would get.
 * Returns the reply, which the route handler returns as its answer.
 */
export function sendPrepared(
  request: FastifyRequest,
  reply: FastifyReply,
  prepared: PreparedResponse,
  cacheControl: string,
): FastifyReply {
  const isGzip = acceptsGzip(request.headers['accept-encoding']);
  const etag = isGzip ? prepared.gzipEtag : prepared.etag;
  reply.header('etag', etag);
  reply.header('cache-control', cacheControl);
  reply.header('vary', 'accept-encoding');
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch !== undefined && matchesNoneMatch(noneMatch, etag)) return reply.code(304).send();
  reply.type(prepared.contentType);
  if (isGzip) reply.header('content-encoding', 'gzip');
  return reply.send(isGzip ? prepared.gzip : prepared.body);
}
