import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { importRoutes, type ImportSummary } from '../import.contract.ts';

const undoErrors = { conflict: 'import.undo.refused' } as const;

/** "Ångra importen" under a finished import, for admins: asks first, then says what it did. */
export function ImportUndo({ summary }: { summary: ImportSummary }) {
  const queryClient = useQueryClient();
  const [isAsking, setIsAsking] = useState(false);
  const undo = useMutation({
    mutationFn: () => callApi(importRoutes.undoImport, { params: { id: summary.importId! } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleQueryKey }),
  });
  if (undo.data) {
    const done = undo.data;
    return (
      <Alert color="green" variant="light" role="status">
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            <FormattedMessage id="import.undo.done" values={done} />
          </Text>
          {done.keptCreated > 0 && (
            <Text size="sm">
              <FormattedMessage id="import.undo.keptCreated" values={{ count: done.keptCreated }} />
            </Text>
          )}
          {done.keptChanged > 0 && (
            <Text size="sm">
              <FormattedMessage id="import.undo.keptChanged" values={{ count: done.keptChanged }} />
            </Text>
          )}
        </Stack>
      </Alert>
    );
  }
  if (!isAsking) {
    return (
      <Group>
        <Button variant="subtle" color="red" onClick={() => setIsAsking(true)}>
          <FormattedMessage id="import.undo.button" />
        </Button>
      </Group>
    );
  }
  return (
    <Alert color="orange" variant="light">
      <Stack gap="sm">
        <Text size="sm">
          <FormattedMessage
            id="import.undo.confirm"
            values={{ created: summary.created, updated: summary.updated }}
          />
        </Text>
        <Group gap="sm">
          <Button color="red" loading={undo.isPending} onClick={() => undo.mutate()}>
            <FormattedMessage id="import.undo.yes" />
          </Button>
          <Button variant="default" disabled={undo.isPending} onClick={() => setIsAsking(false)}>
            <FormattedMessage id="import.undo.cancel" />
          </Button>
        </Group>
        {undo.isError && <ErrorAlert error={undo.error} messages={undoErrors} />}
      </Stack>
    </Alert>
  );
}
