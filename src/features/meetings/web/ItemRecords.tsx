import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { meetingRoutes } from '../meetings.contract.ts';
import type { AgendaItem } from '../meeting-plan.contract.ts';
import type { Decision } from '../meeting-records.contract.ts';
import { electedNames } from './AgendaList.tsx';
import { DecisionForm } from './DecisionForm.tsx';
import { ElectionForm } from './ElectionForm.tsx';
import { TaskForm } from './TaskForm.tsx';
import { useMeetingChange } from './useMeetings.ts';

// The theme's green, red, yellow and orange read at 4.5:1 as light badges.
const outcomeColour = {
  approved: 'green',
  rejected: 'red',
  tabled: 'yellow',
  referred_back: 'orange',
  other: 'gray',
};

function DecisionRow({
  decision,
  meetingId,
  canEdit,
}: {
  decision: Decision;
  meetingId: string;
  canEdit: boolean;
}) {
  const intl = useIntl();
  const [isMakingTask, setIsMakingTask] = useState(false);
  const remove = useMeetingChange(() =>
    callApi(meetingRoutes.deleteDecision, { params: { id: decision.id } }),
  );
  const votes = [decision.votesFor, decision.votesAgainst, decision.votesAbstaining];
  return (
    <li>
      <Stack gap={4}>
        {decision.proposals.map((proposal, index) => (
          <Text key={index} size="sm" c="dimmed">
            <FormattedMessage
              id={
                proposal.proposer
                  ? 'meetings.decision.proposalBy'
                  : 'meetings.decision.proposalPlain'
              }
              values={{ text: proposal.text, proposer: proposal.proposer }}
            />
          </Text>
        ))}
        <Group gap="xs" wrap="wrap">
          <Badge color={outcomeColour[decision.outcome]} variant="light" tt="none">
            <FormattedMessage id={`meetings.outcome.${decision.outcome}`} />
          </Badge>
          <Text size="sm" className="pre-line">
            {decision.text}
          </Text>
        </Group>
        {votes.some((v) => v !== null) && (
          <Text size="xs" c="dimmed">
            <FormattedMessage
              id="meetings.decision.votes"
              values={{ for: votes[0] ?? 0, against: votes[1] ?? 0, abstaining: votes[2] ?? 0 }}
            />
          </Text>
        )}
        {decision.taskCount > 0 && (
          <Text size="xs" c="dimmed">
            <FormattedMessage id="meetings.decision.tasks" values={{ count: decision.taskCount }} />
          </Text>
        )}
        {canEdit && !isMakingTask && (
          <Group gap="xs" className="no-print">
            <Button size="compact-xs" variant="light" onClick={() => setIsMakingTask(true)}>
              <FormattedMessage id="meetings.decision.makeTask" />
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={() => remove.mutate(undefined)}
              aria-label={intl.formatMessage({ id: 'meetings.decision.delete' })}
            >
              <FormattedMessage id="common.delete" />
            </Button>
          </Group>
        )}
        {remove.isError && <ErrorAlert error={remove.error} />}
        {isMakingTask && (
          <TaskForm
            decision={decision}
            meetingId={meetingId}
            onDone={() => setIsMakingTask(false)}
          />
        )}
      </Stack>
    </li>
  );
}

/** An item's decisions and elections; the chair and secretary add them as the meeting decides. */
export function ItemRecords({
  meetingId,
  item,
  canEdit,
}: {
  meetingId: string;
  item: AgendaItem;
  canEdit: boolean;
}) {
  const intl = useIntl();
  const [adding, setAdding] = useState<'decision' | 'election' | null>(null);
  const headingId = `records-${item.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          <FormattedMessage id="meetings.records.title" values={{ title: item.title }} />
        </Title>
        {item.decisions.length === 0 && item.elections.length === 0 && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="meetings.records.empty" />
          </Text>
        )}
        {item.decisions.length > 0 && (
          <ul className="plain-list" style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
            {item.decisions.map((decision) => (
              <DecisionRow
                key={decision.id}
                decision={decision}
                meetingId={meetingId}
                canEdit={canEdit}
              />
            ))}
          </ul>
        )}
        {item.elections.map((election) => (
          <Stack key={election.id} gap={2}>
            <Text size="sm" fw={600}>
              {election.office}
            </Text>
            <Text size="sm">{electedNames(intl, election)}</Text>
            {election.note && (
              <Text size="xs" c="dimmed">
                {election.note}
              </Text>
            )}
          </Stack>
        ))}
        {canEdit && adding === null && (
          <Group gap="sm" className="no-print">
            <Button size="xs" variant="light" onClick={() => setAdding('decision')}>
              <FormattedMessage id="meetings.records.addDecision" />
            </Button>
            <Button size="xs" variant="light" onClick={() => setAdding('election')}>
              <FormattedMessage id="meetings.records.addElection" />
            </Button>
          </Group>
        )}
        {adding === 'decision' && <DecisionForm itemId={item.id} onDone={() => setAdding(null)} />}
        {adding === 'election' && <ElectionForm itemId={item.id} onDone={() => setAdding(null)} />}
      </Stack>
    </Card>
  );
}
