import type { TimelineSource } from '../../../platform/server/timeline-source.ts';
import { notesSource } from './notes.queries.ts';

/**
 * The timeline module's own part of a person's timeline: notes. Other modules contribute theirs
 * with `timeline` in their server module; the service merges them all in time order.
 */
export const timelineSources: TimelineSource[] = [notesSource];
