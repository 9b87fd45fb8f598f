import { Group, MultiSelect, NativeSelect, Stack, TextInput } from '@mantine/core';
// MultiSelect's pills: only this organizer page uses them, so they stay out of the main bundle.
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { useIntl } from 'react-intl';
import { useActivityTypes } from '../../activities/schedule/web/useActivitiesAdmin.ts';
import { useCampaigns } from '../../activities/campaigns/web/useCampaigns.ts';
import { participationKinds, type Condition } from '../lists.contract.ts';
import { participationLabels } from './condition-kinds.ts';

type ParticipationCondition = Extract<Condition, { type: 'participation' }>;

const flexible = { flex: '1 1 9rem' };

/**
 * Signed up for, attended or missed activities: of some types (none chosen = any), in one
 * campaign or any, on shifts starting within the days given (either end open).
 */
export function ParticipationEditor({
  condition,
  onChange,
}: {
  condition: ParticipationCondition;
  onChange: (next: ParticipationCondition) => void;
}) {
  const intl = useIntl();
  const types = useActivityTypes();
  const campaigns = useCampaigns();
  // Archived types stay choosable: old activities still have them.
  const typeOptions = (types.data?.items ?? []).map((type) => ({
    value: type.id,
    label: type.isArchived
      ? intl.formatMessage({ id: 'lists.participation.archived' }, { name: type.name })
      : type.name,
  }));
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NativeSelect
          label={intl.formatMessage({ id: 'lists.participation.what' })}
          value={condition.what}
          onChange={(event) =>
            onChange({
              ...condition,
              what: event.currentTarget.value as ParticipationCondition['what'],
            })
          }
          data={participationKinds.map((what) => ({
            value: what,
            label: intl.formatMessage({ id: participationLabels[what] }),
          }))}
          style={flexible}
        />
        <NativeSelect
          label={intl.formatMessage({ id: 'lists.participation.campaign' })}
          value={condition.campaignId ?? ''}
          onChange={(event) =>
            onChange({ ...condition, campaignId: event.currentTarget.value || null })
          }
          data={[
            { value: '', label: intl.formatMessage({ id: 'lists.participation.anyCampaign' }) },
            ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
          ]}
          style={{ flex: '2 1 12rem' }}
        />
      </Group>
      <MultiSelect
        label={intl.formatMessage({ id: 'lists.participation.types' })}
        placeholder={
          condition.activityTypeIds.length
            ? undefined
            : intl.formatMessage({ id: 'lists.participation.anyType' })
        }
        data={typeOptions}
        value={condition.activityTypeIds}
        onChange={(activityTypeIds) => onChange({ ...condition, activityTypeIds })}
        searchable
        hidePickedOptions
        maxValues={50}
      />
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={intl.formatMessage({ id: 'lists.participation.from' })}
          value={condition.from ?? ''}
          onChange={(event) => onChange({ ...condition, from: event.currentTarget.value || null })}
          style={flexible}
        />
        <TextInput
          type="date"
          label={intl.formatMessage({ id: 'lists.participation.to' })}
          value={condition.to ?? ''}
          onChange={(event) => onChange({ ...condition, to: event.currentTarget.value || null })}
          style={flexible}
        />
      </Group>
    </Stack>
  );
}
