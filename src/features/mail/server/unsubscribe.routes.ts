import type { FastifyInstance } from 'fastify';
import { addRoute } from '../../../platform/server/route.ts';
import { AppError } from '../../../platform/shared/app-error.ts';
import { mailRoutes } from '../mail.contract.ts';
import { findUnsubscribeInfo, unsubscribeByToken } from './mail-preferences.queries.ts';

// Leaving mail to many. The page (`/unsubscribe?token=…`) asks first and unsubscribes on a tap,
// so a mail scanner opening the link changes nothing; a mail program's one-click POST to the
// same address (RFC 8058) unsubscribes at once. A token can do nothing else.

const ONE_CLICK_FIELD = /(^|&)List-Unsubscribe=One-Click(&|$)/;
const ONE_CLICK_PART =
  /name="?List-Unsubscribe"?[^\r\n]*\r?\n(?:[^\r\n]+\r?\n)*\r?\nOne-Click\r?\n/;

/** Whether a one-click body says `List-Unsubscribe=One-Click` (form-urlencoded or multipart). */
export function isOneClickBody(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  return ONE_CLICK_FIELD.test(body.trim()) || ONE_CLICK_PART.test(body);
}

async function unsubscribe(app: FastifyInstance, token: string) {
  await unsubscribeByToken(app.db, token);
  const info = await findUnsubscribeInfo(app.db, token);
  if (!info) throw new AppError('not_found', 'This link does not work');
  return info;
}

export function registerUnsubscribeRoutes(app: FastifyInstance) {
  addRoute(app, mailRoutes.lookupUnsubscribe, async (request) => {
    const info = await findUnsubscribeInfo(app.db, request.query.token);
    if (!info) throw new AppError('not_found', 'This link does not work');
    return info;
  });

  addRoute(app, mailRoutes.unsubscribe, async (request) => {
    const info = await unsubscribe(app, request.body.token);
    request.log.info('unsubscribed from mail to many');
    return info;
  });

  // Mail programs post a form: the parsers for it are in this route's own scope only, so no
  // other route takes a form body (a cross-site form cannot reach them).
  void app.register(async (scope) => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 16_384 }, (_r, body, done) =>
        done(null, body),
      );
    }
    addRoute(scope, mailRoutes.unsubscribeOneClick, async (request) => {
      if (!isOneClickBody(request.body)) {
        throw new AppError('bad_request', 'Expected List-Unsubscribe=One-Click');
      }
      await unsubscribe(app, request.query.token);
      request.log.info('unsubscribed from mail to many (one click)');
      return { isUnsubscribed: true as const };
    });
  });
}
