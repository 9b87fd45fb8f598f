import { Anchor, Badge, Card, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { taskStatuses, type TaskStatus } from '../../../platform/shared/db-values.generated.ts';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import type { Task } from '../meeting-records.contract.ts';
import { useMeetingChange } from './useMeetings.ts';

function TaskRow({ task }: { task: Task }) {
  const intl = useIntl();
  const session = useCurrentSession();
  // The responsible person marks it done; those who run meetings follow it up.
  const canChange =
    task.responsible?.id === session.user.personId || hasRole(session, 'coordinator');
  const update = useMeetingChange((status: TaskStatus) =>
    callApi(meetingRoutes.updateTask, { params: { id: task.id }, body: { status } }),
  );
  return (
    <Card withBorder component="li" padding="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600}>{task.title}</Text>
          {task.isOverdue && (
            <Badge color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
              <FormattedMessage id="meetings.task.overdue" />
            </Badge>
          )}
        </Group>
        {task.decisionText && (
          <Text size="sm" className="pre-line">
            <FormattedMessage id="meetings.task.decision" values={{ text: task.decisionText }} />
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {task.responsible ? (
            <FormattedMessage
              id="meetings.task.responsibleIs"
              values={{ name: task.responsible.name }}
            />
          ) : (
            <FormattedMessage id="meetings.task.noResponsible" />
          )}
          {task.dueOn && (
            <>
              {' · '}
              <FormattedMessage
                id="meetings.task.due"
                values={{
                  date: intl.formatDate(task.dueOn, { dateStyle: 'medium', timeZone: 'UTC' }),
                }}
              />
            </>
          )}
          {task.planMeans && ` · ${task.planMeans}`}
        </Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="meetings.task.from"
              values={{
                meeting: task.meetingTitle,
                date: intl.formatDate(task.meetingStartsAt, { dateStyle: 'medium' }),
              }}
            />
          </Text>
          <Anchor component={Link} to={`/meetings/${task.meetingId}`} size="xs">
            <FormattedMessage id="meetings.task.openMeeting" />
          </Anchor>
        </Group>
        {update.isError && <ErrorAlert error={update.error} />}
        {canChange ? (
          <NativeSelect
            size="xs"
            w={180}
            label={intl.formatMessage({ id: 'meetings.task.status' })}
            value={task.status}
            onChange={(event) => update.mutate(event.currentTarget.value as TaskStatus)}
            data={taskStatuses.map((status) => ({
              value: status,
              label: intl.formatMessage({ id: `meetings.taskStatus.${status}` }),
            }))}
          />
        ) : (
          <Text size="sm">
            <FormattedMessage
              id="meetings.task.statusIs"
              values={{ status: intl.formatMessage({ id: `meetings.taskStatus.${task.status}` }) }}
            />
          </Text>
        )}
      </Stack>
    </Card>
  );
}

/** Tasks from decisions: who, by when, from which meeting; the status can be changed in place. */
export function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <Stack gap="xs" component="ul" className="plain-list">
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} />
      ))}
    </Stack>
  );
}
