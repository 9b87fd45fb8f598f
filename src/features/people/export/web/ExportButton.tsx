import { Alert, Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import type { PeopleExport } from './usePeopleExport.ts';

// Mantine's Menu and its popover (about 25 KB gzip) come when the button is first pressed, not
// with the register's first load.
const ExportMenu = lazy(() => import('./ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));

/** "Exportera": a button that opens the choice of format (see ExportMenu). */
export function ExportButton({ exporting }: { exporting: PeopleExport }) {
  const [wanted, setWanted] = useState(false);
  const button = (
    <Button
      variant="default"
      aria-haspopup="menu"
      aria-expanded={false}
      loading={wanted || exporting.isPending}
      onClick={() => setWanted(true)}
    >
      <FormattedMessage id="people.export.button" />
    </Button>
  );
  if (!wanted) return button;
  return (
    <Suspense fallback={button}>
      <ExportMenu exporting={exporting} />
    </Suspense>
  );
}

/** How many people went into the file, or why there is no file. */
export function ExportResult({ exporting }: { exporting: PeopleExport }) {
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
