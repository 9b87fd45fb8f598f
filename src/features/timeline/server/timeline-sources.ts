import { attendanceSource, signupCancellationsSource, signupsSource } from './activity-sources.ts';
import { auditSource } from './audit-source.ts';
import { notesSource } from './notes.queries.ts';
import { recordSource } from './record-source.ts';
import { tagsAddedSource, tagsRemovedSource } from './tag-sources.ts';
import type { TimelineSource } from './timeline-cursor.ts';

/**
 * Everything that feeds a person's timeline; the service merges them in time order. A module
 * with events of its own adds a source here (the activities module's sign-ups and attendance
 * are read from its tables in `activity-sources.ts`) and its event kinds to `TimelineEvent` in
 * the contract. A source pages with `olderThan` and an id prefix of its own (see
 * timeline-cursor.ts).
 */
export const timelineSources: readonly TimelineSource[] = [
  recordSource,
  auditSource,
  tagsAddedSource,
  tagsRemovedSource,
  notesSource,
  signupsSource,
  signupCancellationsSource,
  attendanceSource,
];
