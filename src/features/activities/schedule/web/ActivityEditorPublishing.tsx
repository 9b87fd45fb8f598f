import { Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { activityVisibilities } from '../../../../platform/shared/db-values.generated.ts';
import type { EditorSectionProps } from './activity-editor-form.ts';
import { OrganizerPersonSearch } from './OrganizerPersonSearch.tsx';

/** Who sees it and from when, the sign-up cutoff, the reminder, the contact person and an image. */
export function ActivityEditorPublishing({ values, set, errorFor }: EditorSectionProps) {
  const intl = useIntl();
  return (
    <>
      <Radio.Group
        label={intl.formatMessage({ id: 'activities.field.visibility' })}
        value={values.visibility}
        onChange={(value) =>
          set({ visibility: activityVisibilities.find((v) => v === value) ?? 'draft' })
        }
        error={errorFor('visibility')}
      >
        <Stack gap={6} mt={4}>
          {activityVisibilities.map((visibility) => (
            <Radio
              key={visibility}
              value={visibility}
              label={intl.formatMessage({ id: `activities.visibility.${visibility}` })}
              description={intl.formatMessage({ id: `activities.visibility.${visibility}.hint` })}
            />
          ))}
        </Stack>
      </Radio.Group>
      {values.visibility !== 'draft' && (
        <TextInput
          type="datetime-local"
          label={intl.formatMessage({ id: 'activities.field.publishAt' })}
          description={intl.formatMessage({ id: 'activities.editor.publishAtHint' })}
          value={values.publishAt}
          onChange={(event) => set({ publishAt: event.currentTarget.value })}
          error={errorFor('publishAt')}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          inputMode="decimal"
          label={intl.formatMessage({ id: 'activities.field.signupCutoff' })}
          description={intl.formatMessage({ id: 'activities.editor.cutoffHint' })}
          value={values.signupCutoffHours}
          onChange={(event) => set({ signupCutoffHours: event.currentTarget.value })}
          error={errorFor('signupCutoffMinutes')}
        />
        <TextInput
          inputMode="decimal"
          label={intl.formatMessage({ id: 'activities.field.reminderOffset' })}
          description={intl.formatMessage({ id: 'activities.editor.reminderHint' })}
          value={values.reminderOffsetHours}
          onChange={(event) => set({ reminderOffsetHours: event.currentTarget.value })}
          error={errorFor('reminderOffsetMinutes')}
        />
      </SimpleGrid>
      <OrganizerPersonSearch
        label={intl.formatMessage({ id: 'activities.field.contactPerson' })}
        value={values.contactPerson}
        onChange={(contactPerson) => set({ contactPerson })}
        error={errorFor('contactPersonId')}
      />
      <TextInput
        type="url"
        label={intl.formatMessage({ id: 'activities.field.imageUrl' })}
        description={intl.formatMessage({ id: 'activities.editor.imageHint' })}
        placeholder="https://"
        value={values.imageUrl}
        onChange={(event) => set({ imageUrl: event.currentTarget.value })}
        error={errorFor('imageUrl')}
      />
    </>
  );
}
