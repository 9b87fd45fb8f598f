import { Typography } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { Activity } from '../activities.contract.ts';

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** What the activity is, where and when, who sees it and who to ask. */
export function OrganizerActivityDetails({ activity }: { activity: z.output<typeof Activity> }) {
  const intl = useIntl();
  const when = intl.formatDateTimeRange(new Date(activity.startsAt), new Date(activity.endsAt), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const rows: [string, string][] = [
    ['activities.field.typeId', activity.type.name],
    [
      'activities.field.campaignId',
      activity.campaign?.title ?? intl.formatMessage({ id: 'activities.editor.noCampaign' }),
    ],
    [
      'activities.field.localGroupId',
      activity.localGroup?.name ?? intl.formatMessage({ id: 'activities.wholeAssociation' }),
    ],
    ['activities.details.when', when],
    ['activities.field.place', activity.place || '–'],
    [
      'activities.field.visibility',
      intl.formatMessage({ id: `activities.visibility.${activity.visibility}` }) +
        (activity.publishAt
          ? ` · ${intl.formatMessage(
              { id: 'activities.details.publishAt' },
              {
                when: intl.formatDate(activity.publishAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                }),
              },
            )}`
          : ''),
    ],
    ['activities.field.contactPerson', activity.contactPerson?.name ?? '–'],
    [
      'activities.details.cutoff',
      intl.formatMessage(
        { id: 'activities.details.hoursBefore' },
        { hours: hours(activity.signupCutoffMinutes) },
      ),
    ],
    [
      'activities.details.reminder',
      intl.formatMessage(
        { id: 'activities.details.hoursBefore' },
        { hours: hours(activity.reminderOffsetMinutes) },
      ),
    ],
  ];
  if (activity.series) {
    rows.push([
      'activities.details.series',
      intl.formatMessage(
        { id: 'activities.details.seriesText' },
        {
          recurrence: intl.formatMessage({
            id: `activities.recurrence.${activity.series.recurrence}`,
          }),
          until: intl.formatDate(`${activity.series.untilOn}T12:00:00Z`, { dateStyle: 'medium' }),
        },
      ),
    ]);
  }
  if (activity.cancelReason) rows.push(['activities.details.cancelReason', activity.cancelReason]);
  return (
    <>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div className="details-row" key={label}>
            <dt>
              <FormattedMessage id={label} />
            </dt>
            <dd className="pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {activity.descriptionHtml && (
        <Typography mt="md">
          {/* Rendered from Markdown and sanitized on the server. */}
          <div dangerouslySetInnerHTML={{ __html: activity.descriptionHtml }} />
        </Typography>
      )}
    </>
  );
}
