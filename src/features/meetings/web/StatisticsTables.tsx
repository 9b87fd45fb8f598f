import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  statisticsGenders,
  type SpeakingStatistics,
  type SpeakingTotals,
} from '../meeting-live.contract.ts';
import { formatSeconds } from './useLiveState.ts';

function share(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

function Rows({
  rows,
  total,
}: {
  rows: { label: string; totals: SpeakingTotals | null }[];
  total: SpeakingTotals;
}) {
  return rows.map(({ label, totals }) => (
    <Table.Tr key={label}>
      <Table.Th scope="row" fw={500}>
        {label}
      </Table.Th>
      {totals === null ? (
        <Table.Td colSpan={4} ta="right" c="dimmed">
          <FormattedMessage id="meetings.stats.tooFew" />
        </Table.Td>
      ) : (
        <Cells totals={totals} total={total} />
      )}
    </Table.Tr>
  ));
}

function Cells({ totals, total }: { totals: SpeakingTotals; total: SpeakingTotals }) {
  return (
    <>
      <Table.Td ta="right">{totals.turns}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {share(totals.turns, total.turns)}
      </Table.Td>
      <Table.Td ta="right">{formatSeconds(totals.seconds)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {share(totals.seconds, total.seconds)}
      </Table.Td>
    </>
  );
}

function TotalsTable({
  caption,
  rows,
  total,
}: {
  caption: string;
  rows: { label: string; totals: SpeakingTotals | null }[];
  total: SpeakingTotals;
}) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={300}>
      <Table striped withTableBorder horizontalSpacing="xs">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start', fontWeight: 600 }}>
          {caption}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">
              <FormattedMessage id="meetings.stats.turns" />
            </Table.Th>
            <Table.Th ta="right">
              <FormattedMessage id="meetings.stats.turnsShare" />
            </Table.Th>
            <Table.Th ta="right">
              <FormattedMessage id="meetings.stats.time" />
            </Table.Th>
            <Table.Th ta="right">
              <FormattedMessage id="meetings.stats.timeShare" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Rows rows={rows} total={total} />
        </Table.Tbody>
        <Table.Tfoot>
          <Rows
            rows={[{ label: intl.formatMessage({ id: 'meetings.stats.total' }), totals: total }]}
            total={total}
          />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Turns and speaking time by gender and by first-time speakers: totals, never per person. */
export function StatisticsTables({
  statistics,
}: {
  statistics: Pick<SpeakingStatistics, 'total'> & {
    /** Null: not split by gender for the caller (an item's totals, to members). */
    byGender: SpeakingStatistics['byGender'] | null;
  } & Partial<Pick<SpeakingStatistics, 'byFirstTime'>>;
}) {
  const intl = useIntl();
  const { total } = statistics;
  if (total.turns === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="meetings.stats.none" />
      </Text>
    );
  }
  const { byGender, byFirstTime } = statistics;
  const genderRows = statisticsGenders.map((gender) => ({
    label: intl.formatMessage({ id: `meetings.stats.gender.${gender}` }),
    totals: byGender?.[gender] ?? null,
  }));
  return (
    <>
      {byGender ? (
        <TotalsTable
          caption={intl.formatMessage({ id: 'meetings.stats.byGender' })}
          rows={genderRows}
          total={total}
        />
      ) : (
        <Text>
          <FormattedMessage
            id="meetings.stats.itemTotal"
            values={{ turns: total.turns, time: formatSeconds(total.seconds) }}
          />
        </Text>
      )}
      {byFirstTime && (
        <TotalsTable
          caption={intl.formatMessage({ id: 'meetings.stats.byFirstTime' })}
          rows={[
            {
              label: intl.formatMessage({ id: 'meetings.stats.firstTime' }),
              totals: byFirstTime.firstTime,
            },
            {
              label: intl.formatMessage({ id: 'meetings.stats.others' }),
              totals: byFirstTime.other,
            },
          ]}
          total={total}
        />
      )}
    </>
  );
}
