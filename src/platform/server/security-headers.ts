import type { FastifyInstance } from 'fastify';

// Headers every answer carries. The app's pages run only the app's own scripts (no inline
// script, no eval); styles may be inline, as Mantine and the map set them; images may come from
// https (an activity's picture); nothing may frame the app (clickjacking on role changes or
// erasure); a referrer goes only to the app itself (tokens live in some paths); HSTS over https.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** `exempt`: path prefixes whose own policy stands (the API documentation's page). */
export function registerSecurityHeaders(app: FastifyInstance, options: { exempt: string[] }) {
  app.addHook('onSend', async (request, reply) => {
    const isExempt = options.exempt.some((prefix) => request.url.startsWith(prefix));
    if (!isExempt) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'geolocation=(self), camera=(), microphone=(), payment=()');
    if (request.protocol === 'https') {
      reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    }
  });
}
