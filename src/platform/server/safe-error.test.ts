import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { safeError, scrubText } from './safe-error.ts';

/** A database error as drivers throw it: parameters, the failing row and a quoted value. */
function databaseError() {
  return Object.assign(new Error('invalid input syntax for type integer: "Eva Eriksson"'), {
    name: 'error',
    code: '22P02',
    severity: 'ERROR',
    table: 'people',
    column: 'phone',
    constraint: 'people_email_key',
    detail: 'Key (email)=(eva@example.org) already exists.',
    query: "select * from people where email = 'eva@example.org'",
    params: ['Eva Eriksson', 'eva@example.org', '0701234567'],
  });
}

describe('errors in the logs', () => {
  it('keep the kind, codes and names, never the values', () => {
    const safe = safeError(databaseError());
    expect(safe).toMatchObject({
      code: '22P02',
      table: 'people',
      column: 'phone',
      constraint: 'people_email_key',
      message: 'invalid input syntax for type integer: "[value]"',
    });
    const text = JSON.stringify(safe);
    for (const secret of ['Eva', 'eva@example.org', '0701234567'])
      expect(text).not.toContain(secret);
  });

  it('scrub addresses and numbers but keep ids and quoted names', () => {
    expect(
      scrubText(
        'relation "saved_lists" for 5f2a3a1e-8c4b-4f8e-9b1a-0000000000ab: <a.b@c.se> 070-123 45 67',
      ),
    ).toBe('relation "saved_lists" for 5f2a3a1e-8c4b-4f8e-9b1a-0000000000ab: <[e-mail]> [number]');
  });

  it('reach the log only through the safe form, wherever they are logged', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    createLogger('info', sink).error({ err: databaseError() }, 'unexpected error');
    expect(lines.join('')).toContain('22P02');
    expect(lines.join('')).not.toMatch(/Eva|eva@example|0701234567/);
  });
});
