import type { z } from 'zod';
import type { MeetingKind } from '../../../platform/shared/db-values.generated.ts';
import type { AgendaItem } from '../meeting-plan.contract.ts';
import type { DecisionOutcome } from '../meeting-records.contract.ts';

// The minutes' first draft, in Markdown, written from the agenda, attendance, decisions and
// elections; the secretary edits it before the adjusters approve it.

const kindNames: Record<MeetingKind, string> = {
  member_meeting: 'Medlemsmöte',
  board_meeting: 'Styrelsemöte',
  annual_meeting: 'Årsmöte',
};

export const outcomeNames: Record<DecisionOutcome, string> = {
  approved: 'bifall',
  rejected: 'avslag',
  tabled: 'bordläggning',
  referred_back: 'återremiss',
  other: 'annat',
};

/** "1 mars 2026 kl. 18.00", in Stockholm's time. */
export function swedishDateTime(at: Date): string {
  const date = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
  const time = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(at)
    .replace(':', '.');
  return `${date} kl. ${time}`;
}

export interface MinutesSource {
  title: string;
  kind: MeetingKind;
  theme: string;
  startsAt: Date;
  place: string;
  chair: string | null;
  secretary: string | null;
  adjusters: string[];
  attendees: string[];
  agenda: z.output<typeof AgendaItem>[];
}

function votes(d: {
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
}) {
  const parts = [
    d.votesFor === null ? null : `${d.votesFor} för`,
    d.votesAgainst === null ? null : `${d.votesAgainst} emot`,
    d.votesAbstaining === null ? null : `${d.votesAbstaining} avstod`,
  ].filter(Boolean);
  return parts.length ? `; röster: ${parts.join(', ')}` : '';
}

export function minutesMarkdown(source: MinutesSource): string {
  const lines = [
    `# Protokoll: ${source.title}`,
    '',
    `${kindNames[source.kind]}, ${swedishDateTime(source.startsAt)}` +
      (source.place ? `, ${source.place}` : ''),
    '',
  ];
  if (source.theme) lines.push(`Tema: ${source.theme}`, '');
  lines.push(
    `Mötesordförande: ${source.chair ?? '–'}`,
    '',
    `Sekreterare: ${source.secretary ?? '–'}`,
    '',
    `Justerare: ${source.adjusters.length ? source.adjusters.join(', ') : '–'}`,
    '',
    `## Närvarande (${source.attendees.length})`,
    '',
    source.attendees.length ? source.attendees.join(', ') : 'Ingen närvaro registrerad.',
    '',
  );
  for (const [index, item] of source.agenda.entries()) {
    lines.push(`## § ${index + 1} ${item.title}`, '');
    if (item.description) lines.push(item.description, '');
    for (const decision of item.decisions) {
      for (const proposal of decision.proposals) {
        lines.push(
          `- Förslag${proposal.proposer ? ` (${proposal.proposer})` : ''}: ${proposal.text}`,
        );
      }
      if (decision.proposals.length) lines.push('');
      lines.push(
        `**Beslut:** ${decision.text} (${outcomeNames[decision.outcome]}${votes(decision)})`,
        '',
      );
    }
    for (const election of item.elections) {
      const names = election.elected.map((e) => (e.isDeputy ? `${e.name} (ersättare)` : e.name));
      lines.push(
        `**Val, ${election.office}:** ${names.length ? names.join(', ') : 'ingen vald'}`,
        '',
      );
      if (election.note) lines.push(election.note, '');
    }
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
