import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { prepareResponse, ResponseCache, sendPrepared } from './response-cache.ts';

describe('ResponseCache', () => {
  it('makes an answer once for concurrent askers and again after it goes stale', async () => {
    let made = 0;
    const cache = new ResponseCache(40);
    const produce = async () => prepareResponse(`answer ${++made}`, 'text/plain');
    const [a, b] = await Promise.all([cache.get('k', produce), cache.get('k', produce)]);
    expect(a).toBe(b);
    expect(made).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await cache.get('k', produce)).body.toString()).toBe('answer 2');
  });

  it('keeps nothing with a lifetime of 0, and never keeps a failure', async () => {
    const cache = new ResponseCache(0);
    let made = 0;
    const produce = async () => prepareResponse(String(++made), 'text/plain');
    await cache.get('k', produce);
    await cache.get('k', produce);
    expect(made).toBe(2);
    const lasting = new ResponseCache(60_000);
    await expect(lasting.get('x', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect((await lasting.get('x', produce)).body.toString()).toBe('3');
  });
});

describe('sendPrepared', () => {
  it('sends gzip to clients that accept it, 304 to a matching ETag, and ignores volatile lines', async () => {
    const app = Fastify();
    const first = prepareResponse(
      'A\r\nDTSTAMP:1\r\nB'.repeat(50),
      'text/calendar',
      /^DTSTAMP:.*$/gm,
    );
    const second = prepareResponse(
      'A\r\nDTSTAMP:2\r\nB'.repeat(50),
      'text/calendar',
      /^DTSTAMP:.*$/gm,
    );
    expect(second.etag).toBe(first.etag);
    app.get('/', async (request, reply) =>
      sendPrepared(request, reply, first, 'public, max-age=60'),
    );
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
});
