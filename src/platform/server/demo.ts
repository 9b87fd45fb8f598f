import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { Random } from '../shared/seeded-random.ts';

// The demo association as an extension point. db/seed/demo.ts builds the association, its local
// groups, its invented people and accounts; then each module that keeps rows adds its own demo
// rows (`ServerModule.demo`), in the order of the module list, in the same transaction. A new
// feature shows in the demo, and in the tests that need a row in every table (backup, person
// data), without editing the seed.

export interface DemoStory {
  organizationId: string;
  /** The local groups, in order. */
  groupIds: string[];
  /** The invented people (members and contacts), always in the same order. */
  personIds: string[];
  /** The demo organizer's account, for rows that say who made them. */
  organizerAccountId: string;
  /** The demo's own randomness: the same demo every time. */
  random: Random;
}

/** Adds the module's demo rows; write with `db` (the demo's transaction). */
export type DemoPart = (db: Kysely<DB>, story: DemoStory) => Promise<void>;
