import type { Response as LightMyRequestResponse } from 'light-my-request';
import type { RoleName } from '../../../platform/shared/db-values.generated.ts';
import {
  as,
  setUpActivities,
  type ActivitiesWorld,
} from '../../activities/schedule/server/activities-testing.ts';
import { TEST_PASSWORD, login, type TestSession } from '../../../server/testing.ts';
import { createAccount } from '../../accounts/server/accounts.queries.ts';

// Shared set-up of the meetings integration tests: the activities world (an association with a
// session per role) and helpers that make a meeting and call the API as someone.

export interface MeetingsWorld extends ActivitiesWorld {
  call: (
    role: RoleName,
  ) => (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => Promise<LightMyRequestResponse>;
  /** A member meeting (on a new activity) with one discussion item; returns ids. */
  createMeeting(overrides?: Record<string, unknown>): Promise<{ id: string; itemId: string }>;
  /** A logged-in session for a new member with a stated gender (null: not stated). */
  member(firstName: string, gender: 'woman' | 'man' | 'other' | null): Promise<Member>;
}

export interface Member {
  personId: string;
  session: TestSession;
  call: (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
  ) => Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function setUpMeetings(slug = 'moten'): Promise<MeetingsWorld> {
  const world = await setUpActivities(slug);
  const call = (role: RoleName) => as(world, role);
  return {
    ...world,
    call,
    async createMeeting(overrides = {}) {
      const activity = await world.createActivity({ typeId: world.types.member_meeting! });
      const created = await call('organizer')('POST', '/api/meetings', {
        activityId: activity.id,
        kind: 'member_meeting',
        theme: 'Bostäder',
        ...overrides,
      });
      if (created.statusCode !== 201) throw new Error(`meeting: ${created.body}`);
      const id = created.json().id as string;
      const item = await call('organizer')('POST', `/api/meetings/${id}/agenda`, {
        title: 'Bostadspolitik',
        kind: 'discussion',
      });
      if (item.statusCode !== 201) throw new Error(`item: ${item.body}`);
      return { id, itemId: item.json().id as string };
    },
    async member(firstName, gender) {
      counter += 1;
      const email = `medlem${counter}@${slug}.example.org`;
      const account = await createAccount(world.test.db, {
        organizationId: world.org.id,
        email,
        firstName,
        lastName: 'Testsson',
        role: 'activist',
        password: TEST_PASSWORD,
        localGroupId: null,
      });
      const personId = account.person_id;
      await world.test.db
        .updateTable('people')
        .set({ gender })
        .where('id', '=', personId)
        .execute();
      const session = await login(world.app, email);
      return {
        personId,
        session,
        call: (method, url, payload) =>
          world.app.inject({
            method,
            url,
            headers: session.headers,
            ...(payload === undefined ? {} : { payload: payload as object }),
          }),
      };
    },
  };
}
