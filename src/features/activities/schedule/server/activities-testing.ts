import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  createTestApp,
  login,
  seedAssociation,
  type TestApp,
  type TestAssociation,
  type TestSession,
} from '../../../../server/testing.ts';
import type { Config } from '../../../../platform/server/config.ts';
import type { ServerModule } from '../../../../platform/server/module.ts';
import { roleNames, type RoleName } from '../../../../platform/shared/db-values.generated.ts';
import type { Activity } from '../activities.contract.ts';
import { buildActivity } from '../activities.factories.ts';
import { seedActivityTypes } from './activity-types.queries.ts';

// Shared set-up of the activities integration tests: an association with its activity types,
// one logged-in session per role, and a helper that creates activities through the API.

export interface ActivitiesWorld {
  test: TestApp;
  app: FastifyInstance;
  org: TestAssociation;
  sessions: Record<RoleName, TestSession>;
  /** Activity type ids by key. */
  types: Record<string, string>;
  createActivity(
    overrides?: Partial<Parameters<typeof buildActivity>[0]>,
    as?: RoleName,
  ): Promise<z.output<typeof Activity>>;
}

/**
 * `modules`: the app's modules, when a test adds one (a recorder of events, say); `config`: what
 * differs from the test configuration (a mail server, say).
 */
export async function setUpActivities(
  slug = 'huddinge',
  options: { modules?: ServerModule[]; config?: Partial<Config> } = {},
): Promise<ActivitiesWorld> {
  const test = await createTestApp(options.config, { modules: options.modules });
  const org = await seedAssociation(test.db, slug);
  await seedActivityTypes(test.db, org.id);
  const rows = await test.db
    .selectFrom('activity_types')
    .select(['id', 'key'])
    .where('organization_id', '=', org.id)
    .execute();
  const types = Object.fromEntries(rows.map((row) => [row.key!, row.id]));
  const sessions = {} as Record<RoleName, TestSession>;
  for (const role of roleNames) {
    sessions[role] = await login(test.app, org.emails[role]);
  }
  const world: ActivitiesWorld = {
    test,
    app: test.app,
    org,
    sessions,
    types,
    async createActivity(overrides = {}, as = 'organizer') {
      const response = await test.app.inject({
        method: 'POST',
        url: '/api/activities',
        headers: sessions[as].headers,
        payload: buildActivity({ typeId: types.leafleting!, ...overrides }),
      });
      if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
      return response.json();
    },
  };
  return world;
}

/** An inject() helper bound to one session. */
export function as(world: ActivitiesWorld, role: RoleName) {
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    world.app.inject({
      method,
      url,
      headers: world.sessions[role].headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
