import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './config.ts';

describe('TRUST_PROXY', () => {
  it('takes true, false, or the proxies as addresses, ranges and keywords', () => {
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('true')).toBe('loopback, uniquelocal');
    expect(parseTrustProxy('10.0.0.2, 192.168.0.0/16,::1')).toBe('10.0.0.2, 192.168.0.0/16, ::1');
    expect(parseTrustProxy('loopback')).toBe('loopback');
    for (const bad of ['yes', '10.0.0.300', 'proxy.example.org', '10.0.0.0/8/1', '*']) {
      expect(parseTrustProxy(bad)).toBeNull();
    }
  });

  it("believes the proxy's header, never a client's own X-Forwarded-For", async () => {
    const app = Fastify({ trustProxy: parseTrustProxy('true') as string });
    app.get('/ip', async (request) => ({ ip: request.ip, protocol: request.protocol }));
    // The client sent a forged X-Forwarded-For; nginx appended the address it saw.
    const response = await app.inject({
      url: '/ip',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '198.51.100.7, 203.0.113.9', 'x-forwarded-proto': 'https' },
    });
    expect(response.json()).toEqual({ ip: '203.0.113.9', protocol: 'https' });
    // Not through a trusted proxy: the headers are ignored.
    const direct = await app.inject({
      url: '/ip',
      remoteAddress: '203.0.113.50',
      headers: { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'https' },
    });
    expect(direct.json()).toEqual({ ip: '203.0.113.50', protocol: 'http' });
    await app.close();
  });
});
