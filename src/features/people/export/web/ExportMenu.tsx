import { Button, Menu, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PeopleExport } from './usePeopleExport.ts';

/**
 * "Exportera" with its choices: XLSX first, for spreadsheets (its cells keep their types), then
 * CSV for other systems, each saying why, so people open the file that survives a spreadsheet.
 * It is fetched when the button is first pressed, so it opens at once, from its own button
 * (focused first, so that closing the menu returns there as it does later on).
 */
export function ExportMenu({ exporting }: { exporting: PeopleExport }) {
  const intl = useIntl();
  const target = useRef<HTMLButtonElement>(null);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    target.current?.focus();
    setOpened(true);
  }, []);
  const choice = (format: 'xlsx' | 'csv') => (
    <Menu.Item onClick={() => exporting.mutate(format)} aria-describedby={`export-${format}-why`}>
      {intl.formatMessage({ id: `people.export.${format}` })}
      <Text id={`export-${format}-why`} size="xs" c="dimmed">
        {intl.formatMessage({ id: `people.export.${format}.why` })}
      </Text>
    </Menu.Item>
  );
  return (
    <Menu position="bottom-end" withinPortal width={300} opened={opened} onChange={setOpened}>
      <Menu.Target>
        <Button ref={target} variant="default" loading={exporting.isPending}>
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
