import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { FormattedMessage } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { activityMessageRoutes } from '../messages.contract.ts';

/** "Påminn alla": a reminder now to everyone with a place on an upcoming shift. */
export function OrganizerRemindAll({ activityId }: { activityId: string }) {
  const remind = useMutation({
    mutationFn: () => callApi(activityMessageRoutes.remindAll, { params: { id: activityId } }),
  });
  return (
    <div>
      <Group gap="sm">
        <Button variant="light" onClick={() => remind.mutate()} loading={remind.isPending}>
          <FormattedMessage id="activities.remindAll" />
        </Button>
        {remind.isSuccess && (
          <Text size="sm" c="green.9" role="status">
            <FormattedMessage
              id="activities.remindAll.sent"
              values={{ count: remind.data.recipients }}
            />
          </Text>
        )}
      </Group>
      {remind.isError && <ErrorAlert error={remind.error} />}
    </div>
  );
}
