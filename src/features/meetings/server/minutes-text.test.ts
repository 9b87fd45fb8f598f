import { describe, expect, it } from 'vitest';
import { minutesMarkdown, swedishDateTime } from './minutes-text.ts';

describe('the minutes’ text', () => {
  it('gives the time in Stockholm, in Swedish', () => {
    expect(swedishDateTime(new Date('2026-03-01T17:00:00Z'))).toBe('1 mars 2026 kl. 18.00');
    expect(swedishDateTime(new Date('2026-07-01T16:30:00Z'))).toBe('1 juli 2026 kl. 18.30');
  });

  it('numbers the items and words decisions with their votes', () => {
    const markdown = minutesMarkdown({
      title: 'Medlemsmöte',
      kind: 'member_meeting',
      theme: '',
      startsAt: new Date('2026-03-01T17:00:00Z'),
      place: 'Folkets hus',
      chair: 'Ada A',
      secretary: null,
      adjusters: [],
      attendees: [],
      agenda: [
        {
          id: '00000000-0000-4000-8000-000000000001',
          position: 1,
          title: 'Kampanj',
          description: '',
          kind: 'decision',
          preparer: null,
          documents: [],
          proposalId: null,
          decisions: [
            {
              id: '00000000-0000-4000-8000-000000000002',
              itemId: '00000000-0000-4000-8000-000000000001',
              position: 1,
              proposals: [],
              text: 'att bordlägga frågan',
              outcome: 'tabled',
              votesFor: null,
              votesAgainst: null,
              votesAbstaining: null,
              taskCount: 0,
            },
          ],
          elections: [],
        },
      ],
    });
    expect(markdown).toContain('Medlemsmöte, 1 mars 2026 kl. 18.00, Folkets hus');
    expect(markdown).toContain('Sekreterare: –');
    expect(markdown).toContain('Ingen närvaro registrerad.');
    expect(markdown).toContain('## § 1 Kampanj\n\n**Beslut:** att bordlägga frågan (bordläggning)');
  });
});
