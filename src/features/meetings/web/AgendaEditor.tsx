import { ActionIcon, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { Meeting } from '../meeting-plan.contract.ts';
import { AgendaItemForm } from './AgendaItemForm.tsx';
import { AgendaItemSummary } from './AgendaList.tsx';
import { useMeetingChange } from './useMeetings.ts';

/** The agenda in order, each item moved up or down with buttons (keyboard and phone alike). */
export function AgendaEditor({ meeting }: { meeting: Meeting }) {
  const intl = useIntl();
  const ids = meeting.agenda.map((item) => item.id);
  const [editingId, setEditingId] = useState<string | null>(null);
  const order = useMeetingChange((itemIds: string[]) =>
    callApi(meetingRoutes.orderAgenda, { params: { id: meeting.id }, body: { itemIds } }),
  );
  const remove = useMeetingChange((id: string) =>
    callApi(meetingRoutes.deleteAgendaItem, { params: { id } }),
  );
  function move(index: number, by: -1 | 1) {
    const next = [...ids];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    order.mutate(next);
  }
  const error = order.error ?? remove.error;
  return (
    <Card withBorder component="section" aria-labelledby="agenda-edit-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="agenda-edit-heading">
          <FormattedMessage id="meetings.agenda.title" />
        </Title>
        {error && <ErrorAlert error={error} />}
        <Stack gap="sm" component="ol" className="plain-list">
          {meeting.agenda.map((item, index) => (
            <li key={item.id}>
              {editingId === item.id ? (
                <AgendaItemForm
                  meetingId={meeting.id}
                  item={item}
                  onDone={() => setEditingId(null)}
                />
              ) : (
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <AgendaItemSummary item={item} />
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      disabled={index === 0 || order.isPending}
                      onClick={() => move(index, -1)}
                      aria-label={intl.formatMessage(
                        { id: 'meetings.agenda.up' },
                        { title: item.title },
                      )}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      disabled={index === ids.length - 1 || order.isPending}
                      onClick={() => move(index, 1)}
                      aria-label={intl.formatMessage(
                        { id: 'meetings.agenda.down' },
                        { title: item.title },
                      )}
                    >
                      ↓
                    </ActionIcon>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setEditingId(item.id)}
                      aria-label={intl.formatMessage(
                        { id: 'meetings.agenda.edit' },
                        { title: item.title },
                      )}
                    >
                      <FormattedMessage id="meetings.agenda.editShort" />
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => remove.mutate(item.id)}
                      aria-label={intl.formatMessage(
                        { id: 'meetings.agenda.delete' },
                        { title: item.title },
                      )}
                    >
                      <FormattedMessage id="common.delete" />
                    </Button>
                  </Group>
                </Group>
              )}
            </li>
          ))}
        </Stack>
        <Title order={3} size="h4">
          <FormattedMessage id="meetings.agenda.newItem" />
        </Title>
        <AgendaItemForm meetingId={meeting.id} />
      </Stack>
    </Card>
  );
}
