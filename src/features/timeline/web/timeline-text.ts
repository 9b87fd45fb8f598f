import type { ReactNode } from 'react';
import type { IntlShape } from 'react-intl';
import type { TimelineEvent } from '../timeline.contract.ts';

type FieldChange = Extract<TimelineEvent, { kind: 'changed' }>['changes'][number];
type SignupEvent = Extract<TimelineEvent, { kind: 'signup' | 'signupCancelled' | 'attendance' }>;

/** How an activity's title stands in a sentence: a link on the page, plain text by default. */
export type ActivityTitle = (activity: SignupEvent['activity']) => ReactNode;

/** A field of the person contract as a lower-case word: "telefon", "lokalgrupp". */
function fieldName(intl: IntlShape, field: string) {
  // The change of `isMember` reads better as "medlemskap" than as "medlem".
  const id = `person.field.${field === 'isMember' ? 'membership' : field}`;
  return id in intl.messages ? intl.formatMessage({ id }).toLocaleLowerCase(intl.locale) : field;
}

function fieldList(intl: IntlShape, fields: string[]) {
  return intl.formatList(
    fields.map((field) => fieldName(intl, field)),
    { type: 'conjunction' },
  );
}

function describeChange(intl: IntlShape, change: FieldChange): string {
  switch (change.field) {
    case 'isMember':
      return intl.formatMessage({
        id: change.to ? 'timeline.change.becameMember' : 'timeline.change.leftMembership',
      });
    case 'membershipStatus':
      return intl.formatMessage(
        { id: 'timeline.change.status' },
        {
          from: intl.formatMessage({ id: `person.status.${change.from}` }),
          to: intl.formatMessage({ id: `person.status.${change.to}` }),
        },
      );
    case 'localGroup': {
      const group = (ref: typeof change.from) =>
        ref === null
          ? intl.formatMessage({ id: 'timeline.change.noGroup' })
          : (ref.name ?? intl.formatMessage({ id: 'timeline.change.deletedGroup' }));
      return intl.formatMessage(
        { id: 'timeline.change.group' },
        { from: group(change.from), to: group(change.to) },
      );
    }
  }
}

/** The shift's time, "14 maj 2024 10:00–12:00" (in the app's time zone). */
function shiftTime(intl: IntlShape, shift: SignupEvent['shift']) {
  return intl.formatDateTimeRange(new Date(shift.startsAt), new Date(shift.endsAt), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** "Anmälde sig till Flygblad vid Huddinge C (Första passet)" and the like. */
function describeSignupEvent(
  intl: IntlShape,
  event: SignupEvent,
  activityTitle: ActivityTitle,
): { label: ReactNode; details: string[] } {
  const values = {
    activity: activityTitle(event.activity),
    shift: event.shift.title ? ` (${event.shift.title})` : '',
  };
  const say = (id: string, more: Record<string, string> = {}) =>
    intl.formatMessage({ id }, { ...values, ...more });
  const time = shiftTime(intl, event.shift);
  if (event.kind === 'attendance') {
    const id = event.attended ? 'timeline.event.attended' : 'timeline.event.noShow';
    return { label: say(id), details: [] };
  }
  if (event.kind === 'signupCancelled') {
    return { label: say('timeline.event.signupCancelled'), details: [time] };
  }
  const bookedBy = event.actor ? `${event.actor.firstName} ${event.actor.lastName}` : null;
  if (event.status === 'waiting') {
    // Still waiting: that is the news; how they came to the list is a detail.
    const how =
      event.source === 'guest'
        ? [intl.formatMessage({ id: 'timeline.event.asGuest' })]
        : event.source === 'booked' && bookedBy
          ? [intl.formatMessage({ id: 'timeline.event.bookedByDetail' }, { name: bookedBy })]
          : [];
    return { label: say('timeline.event.waiting'), details: [...how, time] };
  }
  const label =
    event.source === 'self'
      ? say('timeline.event.signedUp')
      : event.source === 'guest'
        ? say('timeline.event.signedUpAsGuest')
        : bookedBy
          ? say('timeline.event.bookedBy', { name: bookedBy })
          : say('timeline.event.booked');
  return { label, details: [time] };
}

/**
 * What happened, in a sentence ("Lade till taggen Volontär"), and lines of detail. An activity's
 * title in the sentence is drawn by `activityTitle`.
 */
export function describeTimelineEvent(
  intl: IntlShape,
  event: TimelineEvent,
  activityTitle: ActivityTitle = (activity) => activity.title,
): { label: ReactNode; details: string[] } {
  const say = (id: string, values?: Record<string, string | number>) =>
    intl.formatMessage({ id }, values);
  switch (event.kind) {
    case 'created':
      return {
        label: say(event.isImported ? 'timeline.event.imported' : 'timeline.event.created'),
        details: [],
      };
    case 'changed':
      return {
        label:
          event.fields.length > 0
            ? say('timeline.event.changed', { fields: fieldList(intl, event.fields) })
            : say('timeline.event.changedRecord'),
        details: event.changes.map((change) => describeChange(intl, change)),
      };
    case 'tagAdded':
      return { label: say('timeline.event.tagAdded', { tag: event.tag.name }), details: [] };
    case 'tagsRemoved':
      return {
        label: say('timeline.event.tagsRemoved', {
          count: event.tags.length,
          tags: intl.formatList(
            event.tags.map((tag) => tag.name),
            { type: 'conjunction' },
          ),
        }),
        details: [],
      };
    case 'consent': {
      const purpose = say(`privacy.purpose.${event.purpose}`).toLocaleLowerCase(intl.locale);
      const id =
        event.change === 'given'
          ? 'timeline.event.consentGiven'
          : 'timeline.event.consentWithdrawn';
      return { label: say(id, { purpose }), details: [] };
    }
    case 'merged':
      return {
        label: say('timeline.event.merged'),
        details:
          event.fields.length > 0
            ? [say('timeline.event.mergedFields', { fields: fieldList(intl, event.fields) })]
            : [],
      };
    case 'note':
      return { label: say('timeline.event.note'), details: [] };
    case 'signup':
    case 'signupCancelled':
    case 'attendance':
      return describeSignupEvent(intl, event, activityTitle);
  }
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "för 3 dagar sedan", "i går", "nu": roughly, beside the exact date. */
export function relativeTime(intl: IntlShape, at: string, now = Date.now()): string {
  const seconds = (Date.parse(at) - now) / 1000;
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return intl.formatRelativeTime(Math.round(seconds / size), unit, { numeric: 'auto' });
    }
  }
  return intl.formatRelativeTime(0, 'second', { numeric: 'auto' });
}
