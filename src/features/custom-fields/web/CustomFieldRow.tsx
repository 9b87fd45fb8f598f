import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ConfirmDelete } from '../../../platform/web/ui/ConfirmDelete.tsx';
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
        <ConfirmDelete
          title={intl.formatMessage({ id: 'customFields.confirmTitle' }, name)}
          text={intl.formatMessage({ id: 'customFields.confirmText' })}
          buttonLabel={intl.formatMessage({ id: 'customFields.deleteLabel' }, name)}
          onDelete={() =>
            callApi(customFieldRoutes.deleteCustomField, { params: { id: field.id } })
          }
          onDeleted={onChanged}
        />
      </Group>
    </Group>
  );
}
