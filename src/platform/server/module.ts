import type { FastifyInstance } from 'fastify';
import type { SessionResolver } from './auth.ts';
import type { DemoPart } from './demo.ts';
import type { EventHandlers } from './events.ts';
import type { PeriodicWork } from './jobs/periodic.ts';
import type { ReadAuditor } from './people-read.ts';
import type { SecretLinkMinter } from './mail/secret-links.ts';
import type { PersonDataPart } from './person-data.ts';
import type { TimelineSource } from './timeline-source.ts';

/**
 * A feature, as the server sees it. The app is built from the list of modules in
 * src/server/modules.ts: adding a feature is one line there.
 */
export interface ServerModule {
  /** The feature's folder name under src/features. */
  name: string;
  /** Registers the feature's routes (with addRoute, from its contract). */
  routes?: (app: FastifyInstance) => void;
  /** Registers the kinds of durable job the feature runs (`app.jobs.register`). */
  jobs?: (app: FastifyInstance) => void;
  /** Work done every so often, queued as durable jobs. */
  periodic?: PeriodicWork[];
  /** Events of other modules (or its own) that the feature acts on, in the same transaction. */
  handles?: (app: FastifyInstance) => EventHandlers;
  /** Its part in "my data", erasure and merging of people. */
  personData?: PersonDataPart;
  /** Its sources of events in a person's timeline, read from its own tables. */
  timeline?: TimelineSource[];
  /** How to make the secret links of its messages at delivery, by minter name (mail/secret-links.ts). */
  secretLinks?: Record<string, SecretLinkMinter>;
  /** Its rows in the demo association (platform/server/demo.ts). */
  demo?: DemoPart;
  /** Only the accounts module: who a session cookie belongs to. */
  sessions?: SessionResolver;
  /** Only the audit module: writes reads of people's data to the audit log. */
  readAudit?: ReadAuditor;
}

export function defineServerModule(module: ServerModule): ServerModule {
  return module;
}
