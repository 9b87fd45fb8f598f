import { buildCalendar } from '../../../../platform/server/ical.ts';
import { shiftEvent } from '../../feeds/server/activity-events.ts';
import type {
  MailAttachment,
  OutgoingMessage,
} from '../../../../platform/server/mail/mail.service.ts';
import type { MessageSignup } from './messages.queries.ts';
import { TIME_ZONE } from '../../schedule/server/stockholm-time.ts';

// The activity messages, in Swedish: who, what, when (Stockholm time), where, a link, and the
// shift as an .ics that calendar apps take in (the same UID as the personal feed's event).

export type SignupMessageKind =
  'confirmed' | 'waiting' | 'promoted' | 'moved' | 'removed' | 'reminder' | 'changed' | 'cancelled';

/** A sign-up whose person has an e-mail address. */
export type MessageRecipient = MessageSignup & { email: string };

const day = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const shortDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const clock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});

/** `lördag 14 mars 2026 kl. 10:00–12:00`, both days written out when it ends on another. */
export function formatTimeRange(start: Date, end: Date): string {
  const startDay = day.format(start);
  const endDay = day.format(end);
  if (startDay === endDay) return `${startDay} kl. ${clock.format(start)}–${clock.format(end)}`;
  return `${startDay} kl. ${clock.format(start)} – ${endDay} kl. ${clock.format(end)}`;
}

/** `lördag 14 mars kl. 10:00`. */
export function formatMoment(moment: Date): string {
  return `${shortDay.format(moment)} kl. ${clock.format(moment)}`;
}

/** Where the person reads about the activity: its page, or the public page for guests. */
export function activityLink(row: MessageRecipient, publicUrl: string): string | null {
  if (row.has_account) return `${publicUrl}/activities/${row.activity_id}`;
  if (row.visibility === 'public') {
    return `${publicUrl}/o/${row.organization_slug}/activities/${row.activity_id}`;
  }
  return null;
}

function contactName(row: MessageRecipient): string | null {
  const name = [row.contact_first_name, row.contact_last_name].filter(Boolean).join(' ');
  return name || null;
}

function details(row: MessageRecipient, link: string | null): string[] {
  const lines = [`  ${row.title}`];
  if (row.shift_title) lines.push(`  Pass: ${row.shift_title}`);
  lines.push(`  Tid: ${formatTimeRange(row.shift_starts_at, row.shift_ends_at)}`);
  if (row.place) lines.push(`  Plats: ${row.place}`);
  const contact = contactName(row);
  if (contact) lines.push(`  Kontaktperson: ${contact}`);
  if (link) lines.push(`  Läs mer: ${link}`);
  return lines;
}

function cancelAdvice(row: MessageRecipient): string {
  const contact = contactName(row);
  if (!row.has_account) {
    return `Kan du inte komma? Hör av dig till ${contact ?? row.organization_name}, så kan någon annan ta platsen.`;
  }
  if (row.signup_cutoff_minutes > 0) {
    const until = new Date(row.shift_starts_at.getTime() - row.signup_cutoff_minutes * 60_000);
    return `Kan du inte komma? Avboka senast ${formatMoment(until)} på aktivitetens sida, så kan någon annan ta platsen.`;
  }
  return 'Kan du inte komma? Avboka på aktivitetens sida, så kan någon annan ta platsen.';
}

const ICS_LINE = 'Kalenderfilen i bilagan lägger in passet i din kalender.';

function body(kind: SignupMessageKind, row: MessageRecipient, link: string | null): string[] {
  const info = details(row, link);
  switch (kind) {
    case 'confirmed':
      return [
        'Tack för att du ställer upp! Du är anmäld till:',
        '',
        ...info,
        '',
        ICS_LINE,
        cancelAdvice(row),
      ];
    case 'waiting':
      return [
        'Passet är fullt just nu, så du står på väntelistan till:',
        '',
        ...info,
        '',
        'Blir en plats ledig får du den automatiskt, och då mejlar vi dig.',
      ];
    case 'promoted':
      return [
        'En plats har blivit ledig och den är din! Du är nu anmäld till:',
        '',
        ...info,
        '',
        ICS_LINE,
        cancelAdvice(row),
      ];
    case 'moved':
      return [
        row.signup_status === 'waiting'
          ? 'Du har flyttats till ett annat pass och står på väntelistan där:'
          : 'Du har flyttats till ett annat pass:',
        '',
        ...info,
        '',
        ICS_LINE,
      ];
    case 'removed':
      return [
        'Du är inte längre anmäld till:',
        '',
        ...info,
        '',
        `Har du frågor kan du höra av dig till ${contactName(row) ?? row.organization_name}.`,
      ];
    case 'reminder':
      return ['Snart är det dags! En påminnelse om ditt pass:', '', ...info, '', cancelAdvice(row)];
    case 'changed':
      return [
        'Aktiviteten du är anmäld till har ändrats. Så här ser den ut nu:',
        '',
        ...info,
        '',
        'Kalenderfilen i bilagan uppdaterar passet i din kalender.',
      ];
    case 'cancelled':
      return [
        'Tyvärr är aktiviteten du var anmäld till inställd:',
        '',
        ...info,
        ...(row.cancel_reason ? ['', `Anledning: ${row.cancel_reason}`] : []),
        '',
        'Kalenderfilen i bilagan stryker passet i din kalender. Tack för att du ville ställa upp!',
      ];
  }
}

function subject(kind: SignupMessageKind, row: MessageRecipient): string {
  const when = shortDay.format(row.shift_starts_at);
  const prefix = {
    confirmed: 'Du är anmäld',
    waiting: 'Väntelista',
    promoted: 'Du har fått en plats',
    moved: 'Nytt pass',
    removed: 'Avanmäld',
    reminder: 'Påminnelse',
    changed: 'Ändrat',
    cancelled: 'Inställt',
  }[kind];
  const time = kind === 'reminder' ? formatMoment(row.shift_starts_at) : when;
  return `${prefix}: ${row.title}, ${time}`;
}

/** The shift as a one-event calendar file. */
export function shiftCalendarFile(row: MessageRecipient, url: string): MailAttachment {
  return {
    filename: 'aktivitet.ics',
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    content: buildCalendar({ name: row.title, events: [shiftEvent(row, url)] }),
  };
}

const WITH_CALENDAR: SignupMessageKind[] = [
  'confirmed',
  'promoted',
  'moved',
  'changed',
  'cancelled',
];

/** One message to one person about their sign-up. */
export function signupMessage(
  kind: SignupMessageKind,
  row: MessageRecipient,
  publicUrl: string,
): OutgoingMessage {
  const link = activityLink(row, publicUrl);
  const text = [
    `Hej ${row.first_name}!`,
    '',
    ...body(kind, row, link),
    '',
    'Hälsningar',
    row.organization_name,
  ].join('\n');
  return {
    to: row.email,
    subject: subject(kind, row),
    text,
    ...(WITH_CALENDAR.includes(kind)
      ? {
          attachments: [
            shiftCalendarFile(row, link ?? `${publicUrl}/activities/${row.activity_id}`),
          ],
        }
      : {}),
  };
}
