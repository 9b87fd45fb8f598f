import { Alert, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportSummary } from '../import.contract.ts';

// The server lists every row error; the page shows the first ones.
const shownErrors = 50;

/** What an import did, or in a dry run would do: counts, then every row error with its line. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const intl = useIntl();
  const outcome = summary.isDryRun ? 'dryRun' : 'done';
  const counts = [
    ['created', summary.created],
    ['updated', summary.updated],
    ['skipped', summary.skipped],
    ['errors', summary.errors.length],
  ] as const;
  return (
    <Stack gap="sm" role="status">
      <Text fw={700}>
        <FormattedMessage id={`import.${outcome}.title`} />
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {counts.map(([name, count]) => (
          <div key={name}>
            <Text size="xl" fw={700}>
              {intl.formatNumber(count)}
            </Text>
            <Text size="sm">
              <FormattedMessage id={`import.${outcome}.${name}`} values={{ count }} />
            </Text>
          </div>
        ))}
      </SimpleGrid>
      {summary.membershipDefaulted > 0 && (
        <Alert color="blue" variant="light">
          <Text size="sm">
            <FormattedMessage
              id={`import.${outcome}.membershipDefaulted`}
              values={{
                count: summary.membershipDefaulted,
                column: summary.hasMembershipColumn ? 'yes' : 'no',
                as: summary.newPeopleAre,
              }}
            />
          </Text>
        </Alert>
      )}
      {summary.errors.length > 0 && (
        <Alert color="orange" variant="light">
          <Stack gap="xs">
            <Text size="sm">
              <FormattedMessage id={`import.${outcome}.errorsText`} />
            </Text>
            <List size="sm">
              {summary.errors.slice(0, shownErrors).map((error) => (
                <List.Item key={`${error.line}-${error.code}`}>
                  <FormattedMessage
                    id="import.lineReason"
                    values={{ line: error.line, reason: error.reason }}
                  />
                </List.Item>
              ))}
            </List>
            {summary.errors.length > shownErrors && (
              <Text size="sm">
                <FormattedMessage
                  id="import.moreErrors"
                  values={{ count: summary.errors.length - shownErrors }}
                />
              </Text>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
