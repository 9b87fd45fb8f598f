import { Table, Text } from '@mantine/core';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { ELECTION_DATA_SOURCE, type ElectionImportReport } from '../areas.contract.ts';

function Codes({ codes }: { codes: string[] }) {
  if (codes.length === 0) return <FormattedMessage id="areas.import.report.none" />;
  return <span style={{ overflowWrap: 'anywhere' }}>{codes.join(', ')}</span>;
}

/** What an import found or stored: districts, matching, unallocated rows and the totals. */
export function ElectionImportReportView({ report }: { report: ElectionImportReport }) {
  const intl = useIntl();
  const rows: Array<[string, React.ReactNode]> = [
    [
      'areas.import.report.municipality',
      report.municipality.code
        ? `${report.municipality.name} (${report.municipality.code})`
        : report.municipality.name,
    ],
    ['areas.import.report.districts', <FormattedNumber key="d" value={report.districts} />],
    ['areas.import.report.matched', <FormattedNumber key="m" value={report.matched} />],
    [
      'areas.import.report.polygonsWithoutResults',
      <Codes key="p" codes={report.polygonsWithoutResults} />,
    ],
    [
      'areas.import.report.resultsWithoutPolygons',
      <Codes key="r" codes={report.resultsWithoutPolygons} />,
    ],
    ['areas.import.report.unallocated', <FormattedNumber key="u" value={report.unallocated} />],
    ['areas.import.report.eligible', <FormattedNumber key="e" value={report.eligibleVoters} />],
    ['areas.import.report.votesCast', <FormattedNumber key="v" value={report.votesCast} />],
    [
      'areas.import.report.turnout',
      <FormattedNumber
        key="t"
        value={report.eligibleVoters > 0 ? report.votesCast / report.eligibleVoters : 0}
        style="percent"
        maximumFractionDigits={2}
      />,
    ],
  ];
  return (
    <>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row">{intl.formatMessage({ id: label })}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.replaces && (
        <Text size="sm" mt="xs">
          <FormattedMessage id="areas.import.report.replaces" values={{ name: report.election }} />
        </Text>
      )}
      <Text size="xs" c="dimmed" mt="xs">
        {ELECTION_DATA_SOURCE}
      </Text>
    </>
  );
}
