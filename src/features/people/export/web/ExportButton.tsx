import { Alert, Button, Menu } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import type { usePeopleExport } from './usePeopleExport.ts';

type Export = ReturnType<typeof usePeopleExport>;

/** "Exportera": a choice of CSV (Excel) or XLSX of the people shown. */
export function ExportButton({ exporting }: { exporting: Export }) {
  const intl = useIntl();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={exporting.isPending}>
          <FormattedMessage id="people.export.button" />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => exporting.mutate('csv')}>
          {intl.formatMessage({ id: 'people.export.csv' })}
        </Menu.Item>
        <Menu.Item onClick={() => exporting.mutate('xlsx')}>
          {intl.formatMessage({ id: 'people.export.xlsx' })}
        </Menu.Item>
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
