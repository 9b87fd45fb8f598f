import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  acceptsGzip,
  prepareResponse,
  ResponseCache,
  sendPrepared,
  type PreparedResponse,
} from './response-cache.ts';

describe('ResponseCache', () => {
  it('makes an answer once for concurrent askers and again after it goes stale', async () => {
    let made = 0;
    const cache = new ResponseCache({ ttlMs: 40 });
    const produce = async () => prepareResponse(`answer ${++made}`, 'text/plain');
    const [a, b] = await Promise.all([cache.get('k', produce), cache.get('k', produce)]);
    expect(a).toBe(b);
    expect(made).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await cache.get('k', produce)).body.toString()).toBe('answer 2');
  });

  it('keeps nothing with a lifetime of 0, and never keeps a failure', async () => {
    const cache = new ResponseCache({ ttlMs: 0 });
    let made = 0;
    const produce = async () => prepareResponse(String(++made), 'text/plain');
    await cache.get('k', produce);
    await cache.get('k', produce);
    expect(made).toBe(2);
    const lasting = new ResponseCache({ ttlMs: 60_000 });
    await expect(lasting.get('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await lasting.get('x', produce)).body.toString()).toBe('3');
  });
});

describe('ResponseCache, serving stale answers and forgetting by content', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('serves the old answer while one new one is made, then the new one', async () => {
    let made = 0;
    let release!: () => void;
    const cache = new ResponseCache<string>({ ttlMs: 30, serveStale: true });
    const produce = async () => {
      made++;
      if (made === 2) await new Promise<void>((resolve) => (release = resolve));
      return `answer ${made}`;
    };
    expect(await cache.get('k', produce)).toBe('answer 1');
    await wait(50);
    // Stale: both askers get the old answer at once, and only one rebuild starts.
    expect(await Promise.all([cache.get('k', produce), cache.get('k', produce)])).toEqual([
      'answer 1',
      'answer 1',
    ]);
    expect(made).toBe(2);
    release();
    await wait(5);
    expect(await cache.get('k', produce)).toBe('answer 2');
  });

  it('forgets the answers a change concerns, and those still being made', async () => {
    let made = 0;
    const cache = new ResponseCache<{ owner: string; n: number }>({ ttlMs: 60_000 });
    const produce = (owner: string) => async () => ({ owner, n: ++made });
    await cache.get('a', produce('ann'));
    await cache.get('b', produce('bo'));
    let finish!: () => void;
    const slow = cache.get(
      's',
      () => new Promise((resolve) => (finish = () => resolve({ owner: 'bo', n: 0 }))),
    );
    cache.deleteWhere((value) => value.owner === 'ann');
    finish();
    await slow;
    expect((await cache.get('a', produce('ann'))).n).toBe(3);
    expect((await cache.get('b', produce('bo'))).n).toBe(2);
    // Read while the change was being made: not kept past it.
    expect((await cache.get('s', produce('bo'))).n).toBe(4);
    cache.clear();
    expect((await cache.get('b', produce('bo'))).n).toBe(5);
  });

  it('forgets the answers whose keys a change concerns, and only those', async () => {
    let made = 0;
    const cache = new ResponseCache<number>({ ttlMs: 60_000 });
    const produce = async () => ++made;
    expect(await cache.get('org1:ann', produce)).toBe(1);
    expect(await cache.get('org2:bo', produce)).toBe(2);
    cache.deleteWhere((_value, key) => key.startsWith('org1:'));
    expect(await cache.get('org1:ann', produce)).toBe(3);
    expect(await cache.get('org2:bo', produce)).toBe(2);
  });

  it('peeks only at an answer made and fresh, under its key or a spelling of it', async () => {
    let finish!: (value: number) => void;
    const cache = new ResponseCache<number>({ ttlMs: 40, serveStale: true });
    const making = cache.get('k', () => new Promise((resolve) => (finish = resolve)));
    cache.alias('/raw?url', 'k');
    expect(cache.peek('k')).toBeUndefined();
    finish(7);
    await making;
    expect(cache.peek('k')).toBe(7);
    expect(cache.peek('/raw?url')).toBe(7);
    expect(cache.peek('/other')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 60));
    // Stale: the route runs, and serves it while it is made again.
    expect(cache.peek('/raw?url')).toBeUndefined();
    cache.delete('k');
    expect(cache.peek('/raw?url')).toBeUndefined();
  });

  it('keeps at most maxEntries answers', async () => {
    let made = 0;
    const cache = new ResponseCache<number>({ ttlMs: 60_000, maxEntries: 4 });
    for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.get(key, async () => ++made);
    // 'a' was dropped to make room, 'e' is kept.
    expect(await cache.get('a', async () => ++made)).toBe(6);
    expect(await cache.get('e', async () => ++made)).toBe(5);
  });
});

describe('sendPrepared', () => {
  const serve = (prepared: PreparedResponse) => {
    const app = Fastify();
    app.get('/', async (request, reply) =>
      sendPrepared(request, reply, prepared, 'public, max-age=60'),
    );
    return app;
  };

  it('sends gzip to clients that accept it, 304 to a matching ETag, and ignores volatile lines', async () => {
    const first = await prepareResponse(
      'A\r\nDTSTAMP:1\r\nB'.repeat(50),
      'text/calendar',
      /^DTSTAMP:.*$/gm,
    );
    const second = await prepareResponse(
      'A\r\nDTSTAMP:2\r\nB'.repeat(50),
      'text/calendar',
      /^DTSTAMP:.*$/gm,
    );
    // Other bytes, the same tag: only a weak tag may say that.
    expect(second.etag).toBe(first.etag);
    expect(first.etag).toMatch(/^W\/"/);
    const app = serve(first);
    const plain = await app.inject('/');
    expect(plain.body).toBe(first.body.toString());
    expect(plain.headers['content-encoding']).toBeUndefined();
    const gzipped = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, br' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(first.body.toString());
    const cached = await app.inject({ url: '/', headers: { 'if-none-match': first.etag } });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
  });

  it('gives gzip and identity strong ETags of their own, and 304 only for the one the client holds', async () => {
    const prepared = await prepareResponse('{"a":1}'.repeat(100), 'application/json');
    const app = serve(prepared);
    const gzip = { 'accept-encoding': 'gzip' };
    const identity = (await app.inject('/')).headers.etag as string;
    const zipped = (await app.inject({ url: '/', headers: gzip })).headers.etag as string;
    expect(identity).toMatch(/^"[^"]+"$/);
    expect(zipped).toMatch(/^"[^"]+"$/);
    expect(zipped).not.toBe(identity);

    const ask = (headers: Record<string, string>) => app.inject({ url: '/', headers });
    expect((await ask({ ...gzip, 'if-none-match': zipped })).statusCode).toBe(304);
    expect((await ask({ ...gzip, 'if-none-match': zipped })).headers.etag).toBe(zipped);
    // Holding the gzip copy is not holding the identity one, nor the other way round.
    const other = await ask({ 'if-none-match': zipped });
    expect(other.statusCode).toBe(200);
    expect(other.body).toBe(prepared.body.toString());
    expect((await ask({ ...gzip, 'if-none-match': identity })).statusCode).toBe(200);
    expect((await ask({ 'if-none-match': identity })).statusCode).toBe(304);
    // A list, a weak form of the tag and `*` match by weak comparison (RFC 9110 13.1.2).
    expect((await ask({ ...gzip, 'if-none-match': `"x", W/${zipped}` })).statusCode).toBe(304);
    expect((await ask({ ...gzip, 'if-none-match': '*' })).statusCode).toBe(304);
    // q=0 refuses gzip: the identity answer, with its tag.
    const refused = await ask({ 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.headers.etag).toBe(identity);
  });
});

describe('acceptsGzip', () => {
  it('reads codings and their weights', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('deflate, br')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('*, gzip;q=0')).toBe(false);
  });
});
