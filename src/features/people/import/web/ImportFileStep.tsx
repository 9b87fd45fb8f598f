import { FileInput, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { fitsImportLimit, importAccept, readAsBase64 } from './transfer-files.ts';

export interface ChosenFile {
  filename: string;
  contentBase64: string;
  /** Changes with every file chosen, so a preview is never taken for another file's. */
  token: number;
}

/** Choosing the file: checked for size and read in the browser, never sent half-read. */
export function ImportFileStep({
  onChoose,
  isDisabled,
}: {
  onChoose: (file: ChosenFile) => void;
  isDisabled: boolean;
}) {
  const intl = useIntl();
  const [error, setError] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const token = useRef(0);

  async function choose(file: File | null) {
    setError(null);
    if (!file) return;
    if (!fitsImportLimit(file.size)) {
      setError('import.error.tooBig');
      return;
    }
    setIsReading(true);
    try {
      const contentBase64 = await readAsBase64(file);
      if (contentBase64 === '') {
        setError('import.error.empty');
        return;
      }
      token.current += 1;
      onChoose({ filename: file.name, contentBase64, token: token.current });
    } catch {
      setError('import.error.unreadable');
    } finally {
      setIsReading(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm">
        <FormattedMessage id="import.file.help" />
      </Text>
      <FileInput
        label={intl.formatMessage({ id: 'import.file.label' })}
        placeholder={intl.formatMessage({ id: 'import.file.placeholder' })}
        accept={importAccept}
        clearable={false}
        disabled={isDisabled || isReading}
        error={error ? intl.formatMessage({ id: error }) : undefined}
        onChange={(file) => void choose(file)}
        maw={480}
      />
    </Stack>
  );
}
