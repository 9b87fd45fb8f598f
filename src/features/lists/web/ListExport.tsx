import { Alert, Button, Menu } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { useListExport } from './useLists.ts';

type Export = ReturnType<typeof useListExport>;

/** "Exportera": everyone the list matches now, as CSV (Excel) or XLSX, with its columns. */
export function ListExportButton({ exporting }: { exporting: Export }) {
  const intl = useIntl();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={exporting.isPending}>
          <FormattedMessage id="lists.export.button" />
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => exporting.mutate('csv')}>
          {intl.formatMessage({ id: 'lists.export.csv' })}
        </Menu.Item>
        <Menu.Item onClick={() => exporting.mutate('xlsx')}>
          {intl.formatMessage({ id: 'lists.export.xlsx' })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** How many people went into the file, or why there is no file. */
export function ListExportResult({ exporting }: { exporting: Export }) {
  if (exporting.isError) return <ErrorAlert error={exporting.error} />;
  if (!exporting.isSuccess) return null;
  return (
    <Alert color="green" variant="light" role="status">
      <FormattedMessage
        id="lists.export.done"
        values={{ count: exporting.data.count, filename: exporting.data.filename }}
      />
    </Alert>
  );
}
