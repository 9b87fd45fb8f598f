import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/**
 * The typed events modules emit and handle. A module that emits declares its events here by
 * augmenting this interface from its own code:
 *
 *   declare module '../../../platform/server/events.ts' {
 *     interface DomainEvents { 'activities.signupChanged': SignupChange }
 *   }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type EventName = keyof DomainEvents;

/**
 * Runs inside the transaction that caused the event: what it writes (a queued message, say)
 * commits or rolls back with the cause.
 */
export type EventHandler<K extends EventName> = (
  trx: Kysely<DB>,
  organizationId: string,
  event: DomainEvents[K],
) => Promise<void>;

export type EventHandlers = { [K in EventName]?: EventHandler<K> };

/** Hands each event to every module that handles it, in module order. */
export class EventBus {
  private readonly handlers = new Map<EventName, EventHandler<EventName>[]>();

  constructor(handlerSets: EventHandlers[] = []) {
    for (const set of handlerSets) {
      for (const name of Object.keys(set) as EventName[]) {
        const handler = set[name] as EventHandler<EventName> | undefined;
        if (!handler) continue;
        const list = this.handlers.get(name) ?? [];
        list.push(handler);
        this.handlers.set(name, list);
      }
    }
  }

  /** Pass the transaction that makes the change, never the database handle. */
  async emit<K extends EventName>(
    trx: Kysely<DB>,
    organizationId: string,
    name: K,
    event: DomainEvents[K],
  ): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) {
      await (handler as EventHandler<K>)(trx, organizationId, event);
    }
  }
}

/** A bus with no handlers: for the demo seed and tests that want no side effects. */
export const silentEvents = new EventBus();
