import { NativeSelect, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { z } from 'zod';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { useLocalGroups } from '../../../organizations/web/useLocalGroups.ts';
import type { Activity } from '../../schedule/activities.contract.ts';
import type { EditorSectionProps } from '../../schedule/web/activity-editor-form.ts';
import { useActivityTypes } from '../../schedule/web/useActivitiesAdmin.ts';
import { useCampaigns } from './useCampaigns.ts';

/** Title, type, campaign and the local group it belongs to (or the whole association). */
export function ActivityEditorBasics({
  values,
  set,
  errorFor,
  activity,
}: EditorSectionProps & { activity?: z.output<typeof Activity> }) {
  const intl = useIntl();
  const session = useCurrentSession();
  const types = useActivityTypes();
  const campaigns = useCampaigns();
  const groups = useLocalGroups();
  // A coordinator places activities in their own groups only; the server checks again.
  const isOrganizer = hasRole(session, 'organizer');
  const ownGroups = (groups.data?.items ?? []).filter(
    (group) =>
      isOrganizer ||
      session.user.coordinatedLocalGroupIds.includes(group.id) ||
      group.id === values.localGroupId,
  );
  const typeOptions = (types.data?.items ?? [])
    .filter((type) => !type.isArchived || type.id === activity?.type.id)
    .map((type) => ({ value: type.id, label: type.name }));
  const choose = { value: '', label: intl.formatMessage({ id: 'activities.editor.choose' }) };

  return (
    <>
      <TextInput
        label={intl.formatMessage({ id: 'activities.field.title' })}
        required
        value={values.title}
        onChange={(event) => set({ title: event.currentTarget.value })}
        error={errorFor('title')}
        maxLength={200}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'activities.field.typeId' })}
        required
        value={values.typeId}
        onChange={(event) => set({ typeId: event.currentTarget.value })}
        error={errorFor('typeId')}
        data={[choose, ...typeOptions]}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'activities.field.campaignId' })}
        value={values.campaignId}
        onChange={(event) => set({ campaignId: event.currentTarget.value })}
        error={errorFor('campaignId')}
        data={[
          { value: '', label: intl.formatMessage({ id: 'activities.editor.noCampaign' }) },
          ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title })),
        ]}
      />
      <NativeSelect
        label={intl.formatMessage({ id: 'activities.field.localGroupId' })}
        value={values.localGroupId}
        onChange={(event) => set({ localGroupId: event.currentTarget.value })}
        error={errorFor('localGroupId')}
        data={[
          isOrganizer
            ? { value: '', label: intl.formatMessage({ id: 'activities.wholeAssociation' }) }
            : choose,
          ...ownGroups.map((group) => ({ value: group.id, label: group.name })),
        ]}
      />
    </>
  );
}
