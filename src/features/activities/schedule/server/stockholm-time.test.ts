import { describe, expect, it } from 'vitest';
import { renderMarkdown, summarizeMarkdown } from '../../../../platform/server/markdown.ts';
import { addMonths, moveWallClock, stockholmDate, wallClockMinutes } from './stockholm-time.ts';

describe('Stockholm clock time', () => {
  it('keeps the clock time a week on across the change to summer time', () => {
    // Saturday 10:00 before the change (UTC+1), a week later after it (UTC+2).
    const before = new Date('2027-03-20T09:00:00Z');
    expect(moveWallClock(before, 7 * 1440).toISOString()).toBe('2027-03-27T09:00:00.000Z');
    expect(moveWallClock(before, 8 * 1440).toISOString()).toBe('2027-03-28T08:00:00.000Z');
    // And back in October.
    const autumn = new Date('2027-10-30T16:00:00Z'); // 18:00 summer time
    expect(moveWallClock(autumn, 1440).toISOString()).toBe('2027-10-31T17:00:00.000Z');
  });

  it('measures clock minutes, not elapsed ones', () => {
    // 00:00 to 06:00 on the night the clocks go forward: six clock hours, five real ones.
    expect(
      wallClockMinutes(new Date('2027-03-27T23:00:00Z'), new Date('2027-03-28T04:00:00Z')),
    ).toBe(360);
  });

  it('tells the Stockholm date of late-evening UTC instants', () => {
    expect(stockholmDate(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(stockholmDate(new Date('2027-01-31T22:30:00Z'))).toBe('2027-01-31');
  });

  it('adds months onto shorter months’ last days', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-12-15', 2)).toBe('2028-02-15');
  });
});

describe('Markdown descriptions', () => {
  it('renders the usual formatting and links, safely', () => {
    const html = renderMarkdown(
      '# Välkommen\n\n- fika\n- flygblad\n\nLäs mer på https://example.org och [här](https://example.org/a).',
    );
    expect(html).toContain('<h1>Välkommen</h1>');
    expect(html).toContain('<li>fika</li>');
    expect(html).toContain(
      '<a href="https://example.org/a" rel="nofollow noopener noreferrer">här</a>',
    );
    expect(html).toContain('<a href="https://example.org" rel="nofollow noopener noreferrer">');
  });

  it('escapes HTML, drops script links and images', () => {
    const html = renderMarkdown(
      '<img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) ![bild](https://tracker.example/p.png)',
    );
    expect(html).not.toMatch(/<img|<script|href="(javascript|data):/);
    expect(html).toContain('&lt;img');
  });

  it('summarizes as plain text cut at a word', () => {
    expect(summarizeMarkdown('**Fet** & _kursiv_ <b>text</b>.')).toBe('Fet & kursiv <b>text</b>.');
    expect(summarizeMarkdown('ord '.repeat(100), 20)).toBe('ord ord ord ord…');
  });
});
