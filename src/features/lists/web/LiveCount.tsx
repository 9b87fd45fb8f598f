import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import type { FilterGroup } from '../lists.contract.ts';
import { useLiveCount } from './useLiveCount.ts';

/**
 * "123 personer matchar", updated as the filter changes; stays in view at the top while a long
 * filter is edited on a phone. Incomplete conditions are left out, and it says so.
 */
export function LiveCount({ filter, incomplete }: { filter: FilterGroup; incomplete: number }) {
  const live = useLiveCount(filter);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-offset, 0px)',
        zIndex: 2,
        background: 'var(--mantine-color-body)',
      }}
    >
      <Stack gap={4}>
        <Group gap="xs" role="status" aria-live="polite" aria-busy={live.isUpdating}>
          <Text fw={700}>
            {live.count === undefined ? (
              <FormattedMessage id="lists.count.counting" />
            ) : (
              <FormattedMessage id="lists.count.matches" values={{ count: live.count }} />
            )}
          </Text>
          {live.isUpdating && <Loader size="xs" aria-hidden />}
        </Group>
        {incomplete > 0 && (
          <Text size="sm" c="orange.9">
            <FormattedMessage id="lists.count.incomplete" values={{ count: incomplete }} />
          </Text>
        )}
        {live.error && <ErrorAlert error={live.error} onRetry={live.retry} />}
      </Stack>
    </Paper>
  );
}
