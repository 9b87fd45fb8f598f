import { describe, expect, it } from 'vitest';
import { minutesPdf } from './minutes-pdf.ts';
import { pdfText } from './pdf-text.testing.ts';

// The minutes' PDF prints names in other scripts as written, with a subset of the font embedded.

describe('the minutes PDF', () => {
  it('prints Latin-extended and Arabic names, and embeds only the glyphs used', async () => {
    const bytes = await minutesPdf({
      title: 'Medlemsmöte med Łukasz',
      markdown: [
        '# Protokoll: Medlemsmöte',
        '## Närvarande (2)',
        'Łukasz Şahin Ćosić, سارة حداد',
        '- Ordförande: Łukasz Şahin Ćosić',
      ].join('\n'),
      adjusters: [{ name: 'Łukasz Şahin Ćosić', approvedAt: new Date('2026-03-01T18:30:00Z') }],
      publishedAt: new Date('2026-03-02T09:00:00Z'),
    });
    const text = await pdfText(bytes);
    const all = text.lines.join('\n');
    expect(all).toContain('Łukasz Şahin Ćosić, سارة حداد');
    expect(all).toContain('• Ordförande: Łukasz Şahin Ćosić');
    expect(all).toContain('Łukasz Şahin Ćosić: godkänt 1 mars 2026 kl. 19.30');
    expect(all).toContain('Medlemsmöte med Łukasz – sida 1 av 1');
    expect(all).not.toContain('?');
    // The Arabic name's letters are all there (drawn left to right: see the README).
    for (const letter of 'سارةحداد') expect(all).toContain(letter);
    // Two subsets of DejaVu Sans (about 1.4 MB whole) keep the file small.
    expect(bytes.byteLength).toBeLessThan(100_000);
  });
});
