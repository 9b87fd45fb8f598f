import { Button, Card, Group, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';

/** "Mina uppgifter i Gräsrot": everything held about me, to download. */
export function MyDataCard() {
  const mutation = useMutation({
    // Loaded on demand: Min sida is every activist's first page, and this is rarely used.
    mutationFn: async (format: 'json' | 'csv') =>
      (await import('./download-my-data.ts')).downloadMyData(format),
  });
  return (
    <Card withBorder component="section" aria-labelledby="my-data-heading">
      <Title order={2} size="h4" id="my-data-heading" mb="xs">
        <FormattedMessage id="privacy.myData.title" />
      </Title>
      <Text size="sm" mb="sm">
        <FormattedMessage id="privacy.myData.text" />
      </Text>
      {mutation.isError && <ErrorAlert error={mutation.error} />}
      <Group gap="sm">
        <Button
          variant="default"
          onClick={() => mutation.mutate('json')}
          loading={mutation.isPending && mutation.variables === 'json'}
        >
          <FormattedMessage id="privacy.myData.json" />
        </Button>
        <Button
          variant="default"
          onClick={() => mutation.mutate('csv')}
          loading={mutation.isPending && mutation.variables === 'csv'}
        >
          <FormattedMessage id="privacy.myData.csv" />
        </Button>
      </Group>
    </Card>
  );
}
