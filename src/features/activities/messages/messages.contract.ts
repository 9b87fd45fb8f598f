import { z } from 'zod';
import { Id } from '../../../platform/shared/atoms.ts';
import { defineRoute, defineRoutes } from '../../../platform/shared/route.ts';

// Messages to the people signed up for an activity. Confirmations, automatic reminders and
// notices of change or cancellation go out by themselves; this is the contact person's button.

export const activityMessageRoutes = defineRoutes({
  remindAll: defineRoute({
    method: 'POST',
    path: '/api/activities/:id/remind-all',
    permission: 'activist',
    summary:
      'Send a reminder now to everyone with a place on an upcoming shift (contact person and managers; once per 10 minutes)',
    tags: ['activities'],
    params: z.object({ id: Id }),
    status: 202,
    // Once per 10 minutes per activity.
    problems: ['too_many_requests'],
    response: z.object({
      /** How many people with an e-mail address the reminder goes to. */
      recipients: z.number().int(),
    }),
  }),
});
