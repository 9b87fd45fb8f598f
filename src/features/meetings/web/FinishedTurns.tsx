import { Card, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { FinishedTurn } from '../meeting-live.contract.ts';
import { speakerName } from './SpeakerQueue.tsx';
import { formatSeconds } from './useLiveState.ts';

/** The turns that ended, newest first: the chair's own list (no one else sees it per person). */
export function FinishedTurns({ turns }: { turns: z.infer<typeof FinishedTurn>[] }) {
  const intl = useIntl();
  const newestFirst = turns.toSorted((a, b) => (b.endedAt ?? '').localeCompare(a.endedAt ?? ''));
  return (
    <Card withBorder component="section" aria-labelledby="finished-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="finished-heading">
          <FormattedMessage id="meetings.chair.finished" values={{ count: turns.length }} />
        </Title>
        {turns.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="meetings.chair.finishedEmpty" />
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={300} mah={300}>
            <Table striped data-testid="finished-turns">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <FormattedMessage id="meetings.chair.speaker" />
                  </Table.Th>
                  <Table.Th>
                    <FormattedMessage id="meetings.chair.kind" />
                  </Table.Th>
                  <Table.Th ta="right">
                    <FormattedMessage id="meetings.stats.time" />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((turn) => (
                  <Table.Tr key={turn.id}>
                    <Table.Td>{speakerName(turn, intl)}</Table.Td>
                    <Table.Td>
                      <FormattedMessage id={`meetings.speechKind.${turn.kind}`} />
                    </Table.Td>
                    <Table.Td ta="right" data-seconds={turn.seconds}>
                      {formatSeconds(turn.seconds)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
