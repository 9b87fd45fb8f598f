import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { EventBus } from './events.ts';

// Person-wide concerns as extension points. Each is consumed by the module that owns the
// concern — "my data" and erasure by privacy, merging by duplicates — and every module that
// keeps data about people contributes its own part, with the SQL on its own tables. A test
// (src/server/person-data.test.ts) proves every table with a person reference is covered.

export interface PersonScope {
  organizationId: string;
  personId: string;
}

/** One named part of "download everything about me": a record, or a list of records. */
export type MyDataSection = Record<string, unknown> | Record<string, unknown>[] | null;

export interface PersonDataPart {
  /** The tables holding a reference to a person that this part answers for. */
  tables: string[];
  /** Named sections of "my data": every row this module keeps about the person. */
  myData?: (db: Kysely<DB>, scope: PersonScope) => Promise<Record<string, MyDataSection>>;
  /** Why this module's rows are left out of "my data", when they are. */
  notInMyData?: string;
  /**
   * Erasure, inside the erasure's transaction: delete (or make anonymous) what this module
   * keeps about the person. A table listed in `tables` without `erase` is kept on purpose,
   * and says why in `kept`. `events` is the app's bus: what erasure changes (a freed place, say)
   * is told like any other change.
   */
  erase?: (trx: Kysely<DB>, scope: PersonScope & { at: Date }, events: EventBus) => Promise<void>;
  /** Tables whose rows stay after erasure, and why (they hold no personal data, say). */
  kept?: Record<string, string>;
  /**
   * Merging duplicates, inside the merge's transaction, before the generic move of every
   * reference from `mergeId` to `keepId`: settle rows that cannot simply be moved (two
   * sign-ups to one shift, a tag both have). `events` as for `erase`.
   */
  merge?: (trx: Kysely<DB>, input: MergeScope, events: EventBus) => Promise<void>;
}

export interface MergeScope {
  organizationId: string;
  keepId: string;
  mergeId: string;
}
