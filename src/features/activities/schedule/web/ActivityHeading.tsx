import { Alert, Badge, Group, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';

/** An activity's title, type and campaign, and the notice when it is cancelled. */
export function ActivityHeading({
  activity,
}: {
  activity: {
    title: string;
    type: { name: string };
    campaign: { title: string; colour: string } | null;
    cancelledAt: string | null;
    cancelReason: string | null;
  };
}) {
  const intl = useIntl();
  return (
    <>
      <div>
        <PageTitle>{activity.title}</PageTitle>
        <Group gap="xs" mt={6}>
          <Badge variant="light" color="gray">
            {activity.type.name}
          </Badge>
          {activity.campaign && (
            <Badge variant="dot" color={activity.campaign.colour}>
              {activity.campaign.title}
            </Badge>
          )}
        </Group>
      </div>
      {activity.cancelledAt && (
        <Alert color="red" variant="light" title={intl.formatMessage({ id: 'signup.cancelled' })}>
          {activity.cancelReason && <Text size="sm">{activity.cancelReason}</Text>}
        </Alert>
      )}
    </>
  );
}
