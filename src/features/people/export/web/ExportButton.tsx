import { Alert, Button, Menu, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import type { usePeopleExport } from './usePeopleExport.ts';

type Export = ReturnType<typeof usePeopleExport>;

/**
 * "Exportera": XLSX first, for spreadsheets (its cells keep their types), then CSV for other
 * systems, each saying why, so people open the file that survives a spreadsheet.
 */
export function ExportButton({ exporting }: { exporting: Export }) {
  const intl = useIntl();
  const choice = (format: 'xlsx' | 'csv') => (
    <Menu.Item onClick={() => exporting.mutate(format)} aria-describedby={`export-${format}-why`}>
      {intl.formatMessage({ id: `people.export.${format}` })}
      <Text id={`export-${format}-why`} size="xs" c="dimmed">
        {intl.formatMessage({ id: `people.export.${format}.why` })}
      </Text>
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal width={300}>
      <Menu.Target>
        <Button variant="default" loading={exporting.isPending}>
          <FormattedMessage id="people.export.button" />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {choice('xlsx')}
        {choice('csv')}
      </Menu.Dropdown>
    </Menu>
  );
}

/** How many people went into the file, or why there is no file. */
export function ExportResult({ exporting }: { exporting: Export }) {
  if (exporting.isError) return <ErrorAlert error={exporting.error} />;
  if (!exporting.isSuccess) return null;
  return (
    <Alert color="green" variant="light" role="status">
      <FormattedMessage
        id="people.export.done"
        values={{ count: exporting.data.count, filename: exporting.data.filename }}
      />
    </Alert>
  );
}
