import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmDelete } from '../../../platform/web/ui/ConfirmDelete.tsx';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { PriorityArea } from '../areas.contract.ts';
import { useDeletePriorityArea, useSavePriorityArea } from './useAreas.ts';

function RenameForm({ area, onDone }: { area: PriorityArea; onDone: () => void }) {
  const intl = useIntl();
  const [name, setName] = useState(area.name);
  const save = useSavePriorityArea();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ id: area.id, name: name.trim() }, { onSuccess: onDone });
      }}
    >
      <Group align="end">
        <TextInput
          label={intl.formatMessage({ id: 'areas.priority.newName' })}
          value={name}
          maxLength={100}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <Button type="submit" size="xs" loading={save.isPending} disabled={!name.trim()}>
          <FormattedMessage id="common.save" />
        </Button>
        <Button size="xs" variant="subtle" onClick={onDone}>
          <FormattedMessage id="common.cancel" />
        </Button>
      </Group>
      {save.error ? <ErrorAlert error={save.error} /> : null}
    </form>
  );
}

/** The saved priority areas: show one's districts, rename, change its districts, delete. */
export function PriorityAreasList({
  areas,
  onShow,
  onEdit,
}: {
  areas: readonly PriorityArea[];
  onShow: (area: PriorityArea) => void;
  onEdit: (area: PriorityArea) => void;
}) {
  const intl = useIntl();
  const [renaming, setRenaming] = useState<string | null>(null);
  const remove = useDeletePriorityArea();
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          <FormattedMessage id="areas.priority.title" />
        </Title>
        {areas.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="areas.priority.none" />
          </Text>
        ) : null}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {areas.map((area) => (
            <li key={area.id}>
              {renaming === area.id ? (
                <RenameForm area={area} onDone={() => setRenaming(null)} />
              ) : (
                <Group justify="space-between" gap="xs">
                  <Text size="sm">
                    <FormattedMessage
                      id="areas.priority.item"
                      values={{ name: area.name, count: area.districtCodes.length }}
                    />
                  </Text>
                  <Group gap={4}>
                    <Button size="xs" variant="subtle" onClick={() => onShow(area)}>
                      <FormattedMessage id="areas.priority.show" />
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => setRenaming(area.id)}>
                      <FormattedMessage id="areas.priority.rename" />
                    </Button>
                    <Button size="xs" variant="subtle" onClick={() => onEdit(area)}>
                      <FormattedMessage id="areas.priority.edit" />
                    </Button>
                    <ConfirmDelete
                      title={intl.formatMessage(
                        { id: 'areas.priority.delete' },
                        { name: area.name },
                      )}
                      text={intl.formatMessage({ id: 'areas.priority.deleteText' })}
                      buttonLabel={intl.formatMessage(
                        { id: 'areas.priority.delete' },
                        { name: area.name },
                      )}
                      onDelete={() => remove.mutateAsync(area.id)}
                      onDeleted={() => undefined}
                    />
                  </Group>
                </Group>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
