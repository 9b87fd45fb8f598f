import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { CalendarFilters, calendarFilterNames, type CalendarFilter } from './CalendarFilters.tsx';
import { noCampaignColour } from '../../schedule/web/calendar-items.ts';
import { CalendarListView } from '../../schedule/web/CalendarListView.tsx';
import { CalendarMonthView } from '../../schedule/web/CalendarMonthView.tsx';
import {
  calendarViews,
  dayAsDate,
  daysOf,
  rangeOf,
  stepAnchor,
  stockholmDate,
  type CalendarView,
} from '../../schedule/web/calendar-time.ts';
import { CalendarWeekView } from '../../schedule/web/CalendarWeekView.tsx';
import { useActivityList } from '../../schedule/web/useActivitiesAdmin.ts';
import '../../schedule/web/calendar.css';

const isPhone = '(max-width: 47.99em)';

/** The view, day and filters live in the address, so a link or the back button keeps them. */
function useCalendarState() {
  const [params, setParams] = useSearchParams();
  const phone = useMediaQuery(isPhone, undefined, { getInitialValueInEffect: false });
  const today = stockholmDate(new Date());
  const asked = params.get('view');
  const view: CalendarView = calendarViews.find((v) => v === asked) ?? (phone ? 'list' : 'month');
  const date = params.get('date') ?? '';
  const anchor = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : today;
  const filter = Object.fromEntries(
    calendarFilterNames.map((name) => [name, params.get(name) ?? '']),
  ) as CalendarFilter;
  function update(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  }
  return { view, anchor, today, filter, update, phone };
}

/** "Aktiviteter": the organizer calendar by month, week or as a list, filtered and coloured by campaign. */
export function OrganizerCalendarPage() {
  const intl = useIntl();
  const { view, anchor, today, filter, update, phone } = useCalendarState();
  // On a phone the filters fold away behind a button, so the calendar starts near the top.
  const [isFiltering, setIsFiltering] = useState(false);
  const activeFilters = Object.values(filter).filter(Boolean).length;
  const range = rangeOf(view, anchor);
  const activities = useActivityList({
    ...range,
    typeId: filter.typeId || undefined,
    campaignId: filter.campaignId || undefined,
    localGroupId: filter.localGroupId || undefined,
  });
  const items = activities.data?.items ?? [];
  const days = daysOf(view, anchor);
  const period =
    view === 'month'
      ? intl.formatDate(dayAsDate(anchor), { month: 'long', year: 'numeric' })
      : intl.formatDateTimeRange(dayAsDate(days[0] ?? anchor), dayAsDate(days.at(-1) ?? anchor), {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
        });
  const campaigns = new Map(
    items.flatMap((item) => (item.campaign ? [[item.campaign.id, item.campaign]] : [])),
  );
  const viewProps = { anchor, today, items };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <PageTitle>{intl.formatMessage({ id: 'calendar.title' })}</PageTitle>
        <Button component={Link} to="/activities/new">
          <FormattedMessage id="calendar.new" />
        </Button>
      </Group>
      {phone && (
        <Button
          variant="default"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={isFiltering}
          aria-controls="calendar-filters"
          onClick={() => setIsFiltering(!isFiltering)}
        >
          <FormattedMessage id="calendar.filter" values={{ count: activeFilters }} />
        </Button>
      )}
      {(!phone || isFiltering) && (
        <div id="calendar-filters">
          <CalendarFilters filter={filter} onChange={(name, value) => update({ [name]: value })} />
        </div>
      )}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={intl.formatMessage({ id: 'calendar.previous' })}
            onClick={() => update({ date: stepAnchor(view, anchor, -1) })}
          >
            ‹
          </ActionIcon>
          <Button variant="default" size="sm" onClick={() => update({ date: '' })}>
            <FormattedMessage id="calendar.today" />
          </Button>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={intl.formatMessage({ id: 'calendar.next' })}
            onClick={() => update({ date: stepAnchor(view, anchor, 1) })}
          >
            ›
          </ActionIcon>
        </Group>
        <Title order={2} size="h4" aria-live="polite">
          {period}
        </Title>
        <SegmentedControl
          size="sm"
          value={view}
          onChange={(value) => update({ view: value })}
          aria-label={intl.formatMessage({ id: 'calendar.view' })}
          data={calendarViews.map((value) => ({
            value,
            label: intl.formatMessage({ id: `calendar.view.${value}` }),
          }))}
        />
      </Group>
      {campaigns.size > 0 && (
        <Group gap="md" aria-label={intl.formatMessage({ id: 'calendar.legend' })} role="list">
          {[...campaigns.values(), null].map((campaign) => (
            <Group key={campaign?.id ?? 'none'} gap={6} role="listitem" wrap="nowrap">
              <span
                aria-hidden="true"
                style={{
                  width: 12,
                  height: 12,
                  borderRadius: 3,
                  background: campaign?.colour ?? noCampaignColour,
                }}
              />
              <Text size="xs">
                {campaign?.title ?? intl.formatMessage({ id: 'calendar.noCampaign' })}
              </Text>
            </Group>
          ))}
        </Group>
      )}
      {activities.isPending ? (
        <PageLoader />
      ) : activities.isError ? (
        <ErrorAlert error={activities.error} onRetry={() => void activities.refetch()} />
      ) : view === 'month' ? (
        <CalendarMonthView
          {...viewProps}
          onOpenDay={(day) => update({ view: 'week', date: day })}
        />
      ) : view === 'week' ? (
        <CalendarWeekView {...viewProps} />
      ) : (
        <CalendarListView {...viewProps} />
      )}
    </Stack>
  );
}
