import { Group, NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useLocalGroups } from '../../../organizations/web/useLocalGroups.ts';
import { useActivityTypes } from '../../schedule/web/useActivitiesAdmin.ts';
import { useCampaigns } from './useCampaigns.ts';

export const calendarFilterNames = ['typeId', 'campaignId', 'localGroupId'] as const;
export type CalendarFilterName = (typeof calendarFilterNames)[number];
export type CalendarFilter = Record<CalendarFilterName, string>;

/** Narrows the calendar to one activity type, campaign or local group ('' = all). */
export function CalendarFilters({
  filter,
  onChange,
}: {
  filter: CalendarFilter;
  onChange: (name: CalendarFilterName, value: string) => void;
}) {
  const intl = useIntl();
  const types = useActivityTypes();
  const campaigns = useCampaigns();
  const groups = useLocalGroups();
  const all = { value: '', label: intl.formatMessage({ id: 'calendar.filter.all' }) };
  const selects: {
    name: CalendarFilterName;
    label: string;
    options: { value: string; label: string }[];
  }[] = [
    {
      name: 'typeId',
      label: intl.formatMessage({ id: 'activities.field.typeId' }),
      options: (types.data?.items ?? []).map((type) => ({ value: type.id, label: type.name })),
    },
    {
      name: 'campaignId',
      label: intl.formatMessage({ id: 'activities.field.campaignId' }),
      options: (campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
    },
    {
      name: 'localGroupId',
      label: intl.formatMessage({ id: 'activities.field.localGroupId' }),
      options: (groups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
    },
  ];
  return (
    <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
      {selects.map((select) => (
        <NativeSelect
          key={select.name}
          size="sm"
          label={select.label}
          value={filter[select.name]}
          onChange={(event) => onChange(select.name, event.currentTarget.value)}
          data={[all, ...select.options]}
          style={{ minWidth: '10rem' }}
        />
      ))}
    </Group>
  );
}
