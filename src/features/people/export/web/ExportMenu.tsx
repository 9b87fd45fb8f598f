import { Button, Menu, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Export } from './ExportButton.tsx';

/**
 * "Exportera" with its choices: XLSX first, for spreadsheets (its cells keep their types), then
 * CSV for other systems, each saying why, so people open the file that survives a spreadsheet.
 * Open from the start: it is fetched when the button is first pressed.
 */
export function ExportMenu({ exporting }: { exporting: Export }) {
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
    <Menu position="bottom-end" withinPortal width={300} defaultOpened>
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
