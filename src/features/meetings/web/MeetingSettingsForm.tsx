import {
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { meetingKinds } from '../../../platform/shared/db-values.generated.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { MeetingPatch, type Meeting } from '../meeting-plan.contract.ts';
import { PersonField } from './PersonField.tsx';
import type { PickedPerson } from './PersonPicker.tsx';
import { useMeetingChange } from './useMeetings.ts';

function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

/** Kind, theme and the rules of the room: quorum, first-time speakers first, time per turn. */
export function MeetingSettingsForm({ meeting }: { meeting: Meeting }) {
  const intl = useIntl();
  const form = useContractForm({
    kind: meeting.kind as string,
    theme: meeting.theme,
    quorumMinimum: meeting.quorumMinimum?.toString() ?? '',
    speakingMinutes: meeting.speakingSeconds ? String(meeting.speakingSeconds / 60) : '',
    replySeconds: meeting.replySeconds?.toString() ?? '',
  });
  const [firstTimeFirst, setFirstTimeFirst] = useState(meeting.firstTimeSpeakersFirst);
  const [chair, setChair] = useState<PickedPerson | null>(meeting.chair);
  const [secretary, setSecretary] = useState<PickedPerson | null>(meeting.secretary);
  const [isSaved, setIsSaved] = useState(false);
  const save = useMeetingChange((body: MeetingPatch) =>
    callApi(meetingRoutes.updateMeeting, { params: { id: meeting.id }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const v = form.values;
    const minutes = numberOrNull(v.speakingMinutes);
    const body = form.validate(MeetingPatch, {
      kind: v.kind,
      theme: v.theme,
      quorumMinimum: numberOrNull(v.quorumMinimum),
      firstTimeSpeakersFirst: firstTimeFirst,
      chairPersonId: chair?.id ?? null,
      secretaryPersonId: secretary?.id ?? null,
      speakingSeconds: minutes === null ? null : Math.round(minutes * 60),
      replySeconds: numberOrNull(v.replySeconds),
    });
    if (body)
      save.mutate(body, {
        onSuccess: () => setIsSaved(true),
        onError: (e) => form.showServerErrors(e),
      });
  }
  const numberField = (
    name: 'quorumMinimum' | 'speakingMinutes' | 'replySeconds',
    label: string,
    hint: string,
  ) => (
    <NumberInput
      label={intl.formatMessage({ id: label })}
      description={intl.formatMessage({ id: hint })}
      value={form.values[name]}
      onChange={(value) => {
        setIsSaved(false);
        form.setValue(name, String(value));
      }}
      error={form.errorFor(name === 'speakingMinutes' ? 'speakingSeconds' : name)}
      min={0}
      w={200}
    />
  );
  return (
    <Card withBorder component="section" aria-labelledby="settings-heading">
      <form ref={form.ref} onSubmit={submit} noValidate onChange={() => setIsSaved(false)}>
        <Stack gap="sm">
          <Title order={2} size="h3" id="settings-heading">
            <FormattedMessage id="meetings.settings.title" />
          </Title>
          {save.isError && !form.handlesError(save.error) && <ErrorAlert error={save.error} />}
          <NativeSelect
            {...form.field('kind')}
            label={intl.formatMessage({ id: 'meetings.kind.label' })}
            data={meetingKinds.map((kind) => ({
              value: kind,
              label: intl.formatMessage({ id: `meetings.kind.${kind}` }),
            }))}
          />
          <TextInput
            {...form.field('theme')}
            label={intl.formatMessage({ id: 'meetings.theme' })}
          />
          <PersonField
            label={intl.formatMessage({ id: 'meetings.settings.chair' })}
            value={chair}
            onChange={setChair}
            shown={
              chair
                ? intl.formatMessage({ id: 'meetings.settings.chairIs' }, { name: chair.name })
                : undefined
            }
          />
          <PersonField
            label={intl.formatMessage({ id: 'meetings.settings.secretary' })}
            value={secretary}
            onChange={setSecretary}
            shown={
              secretary
                ? intl.formatMessage(
                    { id: 'meetings.settings.secretaryIs' },
                    { name: secretary.name },
                  )
                : undefined
            }
          />
          <Group gap="md" align="flex-start" wrap="wrap">
            {numberField(
              'quorumMinimum',
              'meetings.settings.quorum',
              'meetings.settings.quorumHint',
            )}
            {numberField(
              'speakingMinutes',
              'meetings.settings.speakingMinutes',
              'meetings.settings.emptyNoLimit',
            )}
            {numberField(
              'replySeconds',
              'meetings.settings.replySeconds',
              'meetings.settings.emptyNoLimit',
            )}
          </Group>
          <Checkbox
            label={intl.formatMessage({ id: 'meetings.settings.firstTimeFirst' })}
            description={intl.formatMessage({ id: 'meetings.settings.firstTimeFirstHint' })}
            checked={firstTimeFirst}
            onChange={(event) => setFirstTimeFirst(event.currentTarget.checked)}
          />
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              <FormattedMessage id="common.save" />
            </Button>
            {isSaved && (
              <span role="status">
                <FormattedMessage id="meetings.settings.saved" />
              </span>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
