import type { PersonDataPart } from '../../../platform/server/person-data.ts';
import { eraseFromCampaigns } from '../campaigns/server/campaigns-person-data.queries.ts';
import {
  eraseCalendarFeeds,
  listCalendarFeedsOf,
  mergeCalendarFeeds,
} from '../feeds/server/feeds-person-data.queries.ts';
import {
  eraseGuestSignups,
  listGuestSignupsOf,
} from '../guests/server/guests-person-data.queries.ts';
import { eraseFromSchedule } from '../schedule/server/schedule-person-data.queries.ts';
import {
  eraseSignups,
  listSignupsOf,
  mergeSignups,
} from '../signups/server/signups-person-data.service.ts';

/**
 * Activities' part in "my data", erasure and merging; each capability answers for its own
 * tables. What erasure means here is set out in the README ("Personal data").
 */
export const activitiesPersonData: PersonDataPart = {
  tables: [
    'campaigns',
    'activities',
    'signups',
    'guest_signups',
    'activity_reports',
    'calendar_feeds',
  ],
  async myData(db, scope) {
    const guests = await listGuestSignupsOf(db, scope);
    return {
      signups: await listSignupsOf(db, scope),
      guestSignups: guests.guestSignups,
      pendingGuestSignups: guests.pendingGuestSignups,
      calendarFeeds: await listCalendarFeedsOf(db, scope),
    };
  },
  async erase(trx, scope, events) {
    // Guest requests are found by the person's addresses: before anything else is cleared.
    await eraseGuestSignups(trx, scope);
    await eraseSignups(trx, scope, events);
    await eraseFromSchedule(trx, scope);
    await eraseFromCampaigns(trx, scope);
    await eraseCalendarFeeds(trx, scope);
  },
  kept: {
    signups:
      'An erased person’s past and cancelled sign-ups stay with the anonymous record, so fill ' +
      'and attendance counts stay right; they hold no personal data of their own.',
  },
  async merge(trx, scope, events) {
    await mergeSignups(trx, scope, events);
    await mergeCalendarFeeds(trx, scope);
  },
};
