import { Button, Group } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** A form's submit button (its label a message id) and "Avbryt". */
export function FormActions({
  label,
  isPending,
  onCancel,
}: {
  label: string;
  isPending: boolean;
  onCancel: () => void;
}) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={isPending}>
        <FormattedMessage id={label} />
      </Button>
      <Button variant="default" onClick={onCancel}>
        <FormattedMessage id="common.cancel" />
      </Button>
    </Group>
  );
}
