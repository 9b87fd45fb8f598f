import { Alert, Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { downloadBlob } from '../../../../platform/web/ui/download.ts';

/** The ten recovery codes, shown once: to write down, copy or save as a file. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const intl = useIntl();
  const [isCopied, setCopied] = useState(false);
  const text = `${intl.formatMessage({ id: 'twoFactor.codes.fileTitle' })}\n\n${codes.join('\n')}\n`;
  return (
    <Stack gap="sm">
      <Alert color="yellow" variant="light" role="status">
        <FormattedMessage id="twoFactor.codes.intro" />
      </Alert>
      <SimpleGrid cols={2} spacing="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {codes.map((code) => (
          <li key={code}>
            <Code fz="md">{code}</Code>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => downloadBlob(new Blob([text], { type: 'text/plain' }), 'reservkoder.txt')}
        >
          <FormattedMessage id="twoFactor.codes.download" />
        </Button>
        <Button
          variant="default"
          onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
        >
          <FormattedMessage id={isCopied ? 'twoFactor.codes.copied' : 'twoFactor.codes.copy'} />
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="twoFactor.codes.once" />
      </Text>
      <Button onClick={onDone} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="twoFactor.codes.done" />
      </Button>
    </Stack>
  );
}
