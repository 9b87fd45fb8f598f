import type { FastifyInstance } from 'fastify';
import { getAuth } from '../../../../platform/server/auth.ts';
import { addRoute } from '../../../../platform/server/route.ts';
import type { LoginThrottle } from '../../server/login-throttle.ts';
import { twoFactorRoutes as routes } from '../two-factor.contract.ts';
import {
  disableTwoFactor,
  getTwoFactorStatus,
  renewRecoveryCodes,
  resetTwoFactor,
} from './two-factor.service.ts';
import { confirmTwoFactorSetup, startTwoFactorSetup } from './two-factor-setup.service.ts';
import { getSecuritySettings, updateSecuritySettings } from './security-settings.service.ts';

export function registerTwoFactorRoutes(app: FastifyInstance, throttle: LoginThrottle) {
  addRoute(app, routes.getTwoFactor, async (request) =>
    getTwoFactorStatus(app.db, getAuth(request).accountId),
  );
  addRoute(app, routes.startTwoFactorSetup, async (request) =>
    startTwoFactorSetup(app, getAuth(request)),
  );
  addRoute(app, routes.confirmTwoFactorSetup, async (request) =>
    confirmTwoFactorSetup(app, throttle, getAuth(request), request.body.code),
  );
  addRoute(app, routes.renewRecoveryCodes, async (request) =>
    renewRecoveryCodes(app, throttle, getAuth(request), request.body.code),
  );
  addRoute(app, routes.disableTwoFactor, async (request) => {
    await disableTwoFactor(app, throttle, getAuth(request), request.body.code);
    return { ok: true as const };
  });
  addRoute(app, routes.resetTwoFactor, async (request) => {
    await resetTwoFactor(app, getAuth(request), request.params.id);
    return { ok: true as const };
  });
  addRoute(app, routes.getSecuritySettings, async (request) =>
    getSecuritySettings(app.db, getAuth(request).organizationId),
  );
  addRoute(app, routes.updateSecuritySettings, async (request) =>
    updateSecuritySettings(app, getAuth(request), request.body),
  );
}
