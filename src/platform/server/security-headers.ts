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

const COMMON_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=()',
};
const WITH_POLICY = { 'content-security-policy': CONTENT_SECURITY_POLICY, ...COMMON_HEADERS };
const HSTS = 'max-age=31536000; includeSubDomains';

/** `exempt`: path prefixes whose own policy stands (the API documentation's page). */
export function registerSecurityHeaders(app: FastifyInstance, options: { exempt: string[] }) {
  // Every answer passes here: a callback hook with headers built once costs no promise and no
  // allocation per request (bench:calendar measures it).
  app.addHook('onSend', (request, reply, payload, done) => {
    const isExempt = options.exempt.some((prefix) => request.url.startsWith(prefix));
    reply.headers(isExempt ? COMMON_HEADERS : WITH_POLICY);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done(null, payload);
  });
}
