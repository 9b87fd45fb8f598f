import { z } from 'zod';
import type { TimelineCursor } from '../../../platform/server/timeline-source.ts';
import { AppError } from '../../../platform/shared/app-error.ts';

/*
 * Paging a person's timeline: newest first, then by event id, and a page ends at a cursor, the
 * last event's time and id. What a source needs to page (`olderThan`) is in the kernel.
 */

/** Newest first, then the larger id first: the same order `olderThan` pages by. */
export function compareEvents(a: { at: string; id: string }, b: { at: string; id: string }) {
  const byTime = Date.parse(b.at) - Date.parse(a.at);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const CursorShape = z.tuple([
  z.iso.datetime(),
  z.string().regex(/^[a-z]+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
]);

export function encodeCursor(event: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([event.at, event.id])).toString('base64url');
}

export function decodeCursor(text: string | undefined): TimelineCursor | null {
  if (text === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const result = CursorShape.safeParse(parsed);
  if (!result.success) {
    throw new AppError('validation', 'Not a cursor from this timeline', {
      errors: [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Invalid cursor' }],
    });
  }
  return { at: result.data[0], id: result.data[1] };
}
