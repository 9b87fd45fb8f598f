import { Checkbox, Group, MultiSelect, NativeSelect, Stack } from '@mantine/core';
// MultiSelect's pills: only this organizer page uses them, so they stay out of the main bundle.
import '@mantine/core/styles/Pill.css';
import '@mantine/core/styles/PillsInput.css';
import { useIntl } from 'react-intl';
import { genders, membershipStatuses } from '../../../platform/shared/db-values.generated.ts';
import { useLocalGroups } from '../../organizations/web/useLocalGroups.ts';
import { useTags } from '../../tags/web/useTags.ts';
import type { Condition } from '../lists.contract.ts';

type Of<T extends Condition['type']> = Extract<Condition, { type: T }>;
interface EditorProps<T extends Condition['type']> {
  condition: Of<T>;
  onChange: (next: Of<T>) => void;
}

export function MembershipEditor({ condition, onChange }: EditorProps<'membership'>) {
  const intl = useIntl();
  return (
    <NativeSelect
      label={intl.formatMessage({ id: 'person.field.membership' })}
      value={String(condition.isMember)}
      onChange={(event) =>
        onChange({ ...condition, isMember: event.currentTarget.value === 'true' })
      }
      data={[
        { value: 'true', label: intl.formatMessage({ id: 'lists.membership.members' }) },
        { value: 'false', label: intl.formatMessage({ id: 'lists.membership.contacts' }) },
      ]}
    />
  );
}

export function MembershipStatusEditor({ condition, onChange }: EditorProps<'membershipStatus'>) {
  const intl = useIntl();
  return (
    <Checkbox.Group
      label={intl.formatMessage({ id: 'person.field.membershipStatus' })}
      value={condition.statuses}
      onChange={(values) =>
        onChange({ ...condition, statuses: values as Of<'membershipStatus'>['statuses'] })
      }
    >
      <Group gap="md" mt={4}>
        {membershipStatuses.map((status) => (
          <Checkbox
            key={status}
            value={status}
            label={intl.formatMessage({ id: `person.status.${status}` })}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

export function GenderEditor({ condition, onChange }: EditorProps<'gender'>) {
  const intl = useIntl();
  return (
    <Checkbox.Group
      label={intl.formatMessage({ id: 'person.field.gender' })}
      value={condition.genders}
      onChange={(values) => onChange({ ...condition, genders: values as Of<'gender'>['genders'] })}
    >
      <Group gap="md" mt={4}>
        {genders.map((gender) => (
          <Checkbox
            key={gender}
            value={gender}
            label={intl.formatMessage({ id: `person.gender.${gender}` })}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
}

/** Any of the chosen groups, and "Ingen lokalgrupp" for people in none. */
export function LocalGroupEditor({ condition, onChange }: EditorProps<'localGroup'>) {
  const intl = useIntl();
  const groups = useLocalGroups();
  return (
    <Stack gap={6}>
      <Checkbox.Group
        label={intl.formatMessage({ id: 'lists.localGroup.label' })}
        value={condition.localGroupIds}
        onChange={(localGroupIds) => onChange({ ...condition, localGroupIds })}
      >
        <Group gap="md" mt={4}>
          {(groups.data?.items ?? []).map((group) => (
            <Checkbox key={group.id} value={group.id} label={group.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox
        label={intl.formatMessage({ id: 'lists.localGroup.none' })}
        checked={condition.includeNone}
        onChange={(event) => onChange({ ...condition, includeNone: event.currentTarget.checked })}
      />
    </Stack>
  );
}

/** Tags chosen from the association's, and whether a person needs any or all of them. */
export function TagEditor({ condition, onChange }: EditorProps<'tag'>) {
  const intl = useIntl();
  const tags = useTags();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <MultiSelect
        label={intl.formatMessage({ id: 'person.tags' })}
        placeholder={
          condition.tagIds.length ? undefined : intl.formatMessage({ id: 'lists.tag.choose' })
        }
        data={(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name }))}
        value={condition.tagIds}
        onChange={(tagIds) => onChange({ ...condition, tagIds })}
        searchable
        hidePickedOptions
        maxValues={50}
        style={{ flex: '2 1 14rem' }}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'lists.tag.match' })}
        value={condition.match}
        onChange={(event) =>
          onChange({ ...condition, match: event.currentTarget.value as Of<'tag'>['match'] })
        }
        data={[
          { value: 'any', label: intl.formatMessage({ id: 'lists.tag.any' }) },
          { value: 'all', label: intl.formatMessage({ id: 'lists.tag.all' }) },
        ]}
        style={{ flex: '1 1 10rem' }}
      />
    </Group>
  );
}
