import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { editScopes, type Activity, type EditScope } from '../activities.contract.ts';
import { useCancelActivity } from './useActivitiesAdmin.ts';

/** "Ställ in": asks for a reason and says that everyone signed up will be told. */
export function ActivityEditorCancel({ activity }: { activity: z.output<typeof Activity> }) {
  const intl = useIntl();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<z.infer<typeof EditScope>>('one');
  const [isEmpty, setIsEmpty] = useState(false);
  const cancel = useCancelActivity(activity.id);
  const signedUp = activity.shifts.reduce((sum, shift) => sum + shift.confirmed + shift.waiting, 0);

  function confirm() {
    if (reason.trim() === '') return setIsEmpty(true);
    cancel.mutate({ reason: reason.trim(), scope }, { onSuccess: close });
  }

  return (
    <>
      <Button variant="outline" color="red.9" onClick={open} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="activities.cancel.button" />
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={intl.formatMessage({ id: 'activities.cancel.title' }, { title: activity.title })}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack gap="sm">
          <Alert color="yellow" variant="light">
            <FormattedMessage id="activities.cancel.notice" values={{ count: signedUp }} />
          </Alert>
          <Textarea
            label={intl.formatMessage({ id: 'activities.cancel.reason' })}
            description={intl.formatMessage({ id: 'activities.cancel.reasonHint' })}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setIsEmpty(false);
            }}
            error={
              isEmpty ? intl.formatMessage({ id: 'activities.cancel.reasonMissing' }) : undefined
            }
            maxLength={1000}
            data-autofocus
          />
          {activity.seriesId && (
            <Radio.Group
              label={intl.formatMessage({ id: 'activities.editor.scope' })}
              value={scope}
              onChange={(value) => setScope(value === 'following' ? 'following' : 'one')}
            >
              <Stack gap={6} mt={4}>
                {editScopes.map((value) => (
                  <Radio
                    key={value}
                    value={value}
                    label={intl.formatMessage({ id: `activities.cancel.scope.${value}` })}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {cancel.isError && <ErrorAlert error={cancel.error} />}
          <Text size="sm" c="dimmed">
            <FormattedMessage id="activities.cancel.final" />
          </Text>
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={close}>
              <FormattedMessage id="activities.cancel.keep" />
            </Button>
            <Button color="red.9" onClick={confirm} loading={cancel.isPending}>
              <FormattedMessage id="activities.cancel.confirm" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
