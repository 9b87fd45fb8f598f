import { Progress, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ImportRunProgress } from './useImportRun.ts';

const stageMessages = {
  reading: 'import.progress.reading',
  saving: 'import.progress.saving',
  dryRun: 'import.progress.dryRun',
} as const;

/**
 * How far an import has come: the file's upload (in megabytes), then the rows read and the
 * people saved, each with its own bar. Without a size yet, the bar only shows that work goes on.
 */
export function ImportProgressView({ progress }: { progress: ImportRunProgress }) {
  const intl = useIntl();
  const number = (value: number) => intl.formatNumber(value);
  const megabytes = (bytes: number) =>
    intl.formatNumber(bytes / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  let label: string;
  let done: number;
  let total: number;
  if (progress.phase === 'uploading') {
    ({ sent: done, size: total } = progress);
    label =
      total === 0
        ? intl.formatMessage({ id: 'import.progress.uploadStarting' })
        : intl.formatMessage(
            { id: 'import.progress.uploading' },
            { sent: megabytes(done), size: megabytes(total) },
          );
  } else {
    const { job } = progress;
    ({ processed: done, total } = job);
    const stage = job.stage === 'saving' && job.isDryRun ? 'dryRun' : job.stage;
    label = intl.formatMessage(
      { id: stageMessages[stage] },
      { processed: number(done), total: number(total), count: total },
    );
  }
  const isKnown = total > 0;
  const percent = isKnown ? Math.min(100, Math.round((done / total) * 100)) : 100;
  return (
    <Stack gap={4}>
      <Text size="sm">{label}</Text>
      <Progress
        value={percent}
        striped={!isKnown}
        animated={!isKnown}
        aria-label={label}
        transitionDuration={200}
      />
    </Stack>
  );
}
