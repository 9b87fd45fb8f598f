import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../web/api.ts';
import { ErrorAlert } from '../../../web/ui/ErrorAlert.tsx';
import { customFieldRoutes, type CustomField } from '../custom-fields.contract.ts';
import { CustomFieldForm } from './CustomFieldForm.tsx';

/** One field in the list: its kind and choices; rename, move, delete after asking. */
export function CustomFieldRow({
  field,
  isFirst,
  isLast,
  onMove,
  onChanged,
}: {
  field: CustomField;
  isFirst: boolean;
  isLast: boolean;
  onMove: (step: -1 | 1) => void;
  onChanged: () => Promise<unknown>;
}) {
  const intl = useIntl();
  const [isEditing, setIsEditing] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => callApi(customFieldRoutes.deleteCustomField, { params: { id: field.id } }),
    onSuccess: async () => {
      setIsConfirming(false);
      await onChanged();
    },
  });
  const name = { label: field.label };

  if (isEditing) {
    return (
      <CustomFieldForm
        field={field}
        save={({ label, options }) =>
          callApi(customFieldRoutes.updateCustomField, {
            params: { id: field.id },
            body: field.options.length > 0 || options.length > 0 ? { label, options } : { label },
          })
        }
        onDone={() => {
          setIsEditing(false);
          void onChanged();
        }}
        onCancel={() => setIsEditing(false)}
      />
    );
  }
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <div>
        <Text fw={700}>{field.label}</Text>
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: `customFields.kind.${field.kind}` })}
          {field.options.length > 0 && `: ${intl.formatList(field.options)}`}
        </Text>
      </div>
      <Group gap={4}>
        <Button
          size="xs"
          variant="subtle"
          disabled={isFirst}
          onClick={() => onMove(-1)}
          aria-label={intl.formatMessage({ id: 'customFields.moveUpLabel' }, name)}
        >
          <FormattedMessage id="customFields.moveUp" />
        </Button>
        <Button
          size="xs"
          variant="subtle"
          disabled={isLast}
          onClick={() => onMove(1)}
          aria-label={intl.formatMessage({ id: 'customFields.moveDownLabel' }, name)}
        >
          <FormattedMessage id="customFields.moveDown" />
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setIsEditing(true)}
          aria-label={intl.formatMessage({ id: 'customFields.editLabel' }, name)}
        >
          <FormattedMessage id="customFields.edit" />
        </Button>
        <Button
          size="xs"
          variant="subtle"
          c="red.9"
          onClick={() => setIsConfirming(true)}
          aria-label={intl.formatMessage({ id: 'customFields.deleteLabel' }, name)}
        >
          <FormattedMessage id="common.delete" />
        </Button>
      </Group>
      <Modal
        opened={isConfirming}
        onClose={() => setIsConfirming(false)}
        title={intl.formatMessage({ id: 'customFields.confirmTitle' }, name)}
        centered
        styles={{ title: { fontWeight: 700 } }}
        closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'common.close' }) }}
      >
        <Stack gap="md">
          <Text size="sm">
            <FormattedMessage id="customFields.confirmText" />
          </Text>
          {remove.isError && <ErrorAlert error={remove.error} />}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={() => setIsConfirming(false)} data-autofocus>
              <FormattedMessage id="common.cancel" />
            </Button>
            <Button color="red.9" onClick={() => remove.mutate()} loading={remove.isPending}>
              <FormattedMessage id="common.delete" />
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
