import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sendHtml } from '../../../../../platform/server/html.ts';
import { AppError } from '../../../../../platform/shared/app-error.ts';
import { TokenInput } from '../../../guests/guests.contract.ts';
import {
  confirmGuestSignup,
  lookupGuestSignup,
} from '../../../guests/server/guest-signup.service.ts';
import {
  GUEST_CONFIRM_SCRIPT,
  guestConfirmPage,
  TOKEN_INVALID,
  TOKEN_MISSING,
  type GuestConfirmState,
} from './guest-confirm-page.ts';

// The e-mailed link's page: the script hands the token to a form, the form asks what the link
// is for, and a second form (a tap by the guest) confirms it.

const PAGE = { config: { permission: 'public' as const }, schema: { hide: true } };
const Posted = z
  .object({ token: z.string().catch(''), step: z.enum(['lookup', 'confirm']).catch('lookup') })
  .catch({ token: '', step: 'lookup' });
const SlugParam = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) }).catch({ slug: '' });

/** Registers the page in `scope`, which reads url-encoded forms; `app` has the services. */
export function registerGuestConfirmPages(app: FastifyInstance, scope: FastifyInstance) {
  scope.get('/o/:slug/guest-signup', PAGE, (request, reply) =>
    sendHtml(
      request,
      reply,
      guestConfirmPage(SlugParam.parse(request.params).slug, { step: 'start' }),
    ),
  );
  scope.get('/o/:slug/guest-signup.js', PAGE, (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(GUEST_CONFIRM_SCRIPT),
  );
  scope.post('/o/:slug/guest-signup', PAGE, async (request, reply) => {
    const { slug } = SlugParam.parse(request.params);
    const { token, step } = Posted.parse(request.body);
    let state: GuestConfirmState;
    let status = 200;
    if (!token) {
      state = { step: 'problem', message: TOKEN_MISSING };
      status = 400;
    } else if (!TokenInput.safeParse({ token }).success) {
      state = { step: 'problem', message: TOKEN_INVALID };
      status = 400;
    } else {
      try {
        if (step === 'confirm') {
          const done = await confirmGuestSignup(app.db, app.events, token);
          state = { step: 'done', info: done, status: done.status };
        } else {
          state = { step: 'lookup', info: await lookupGuestSignup(app.db, token), token };
        }
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'bad_request') throw error;
        state = { step: 'problem', message: TOKEN_INVALID };
        status = 400;
      }
    }
    return sendHtml(request, reply, guestConfirmPage(slug, state), status);
  });
}
