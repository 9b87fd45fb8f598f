import {
  Anchor,
  Button,
  Card,
  CopyButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { calendarRoutes } from '../feeds.contract.ts';

const feedQueryKey = ['calendar-feed'] as const;

/**
 * My sign-ups in my own calendar app: a secret address, shown once when made. Making a new one
 * stops the old one, so a leaked or lost address is fixed in one tap.
 */
export function MyActivitiesCalendarCard() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: feedQueryKey,
    queryFn: () => callApi(calendarRoutes.getMyCalendarFeed),
  });
  const create = useMutation({
    mutationFn: () => callApi(calendarRoutes.createMyCalendarFeed),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feedQueryKey }),
  });
  const revoke = useMutation({
    mutationFn: () => callApi(calendarRoutes.revokeMyCalendarFeed),
    onSuccess: () => {
      create.reset();
      void queryClient.invalidateQueries({ queryKey: feedQueryKey });
    },
  });
  const created = create.data;
  const isActive = created !== undefined || status.data?.isActive === true;
  const date = (moment: string) => intl.formatDate(moment, { dateStyle: 'medium' });

  return (
    <Card withBorder component="section" aria-labelledby="calendar-feed-heading">
      <Title order={2} size="h4" id="calendar-feed-heading" mb="xs">
        <FormattedMessage id="feed.ics.title" />
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          <FormattedMessage id="feed.ics.intro" />
        </Text>
        {status.isError && (
          <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
        )}
        {(create.error ?? revoke.error) && <ErrorAlert error={create.error ?? revoke.error} />}
        {created ? (
          <>
            <TextInput
              label={intl.formatMessage({ id: 'feed.ics.url' })}
              value={created.url}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
            />
            <Group gap="sm">
              <CopyButton value={created.url}>
                {({ copied, copy }) => (
                  <Button onClick={copy} variant={copied ? 'light' : 'filled'}>
                    <FormattedMessage id={copied ? 'feed.ics.copied' : 'feed.ics.copy'} />
                  </Button>
                )}
              </CopyButton>
              <Anchor href={created.webcalUrl}>
                <FormattedMessage id="feed.ics.open" />
              </Anchor>
            </Group>
          </>
        ) : (
          status.data?.isActive &&
          status.data.createdAt && (
            <Text size="sm" c="dimmed">
              <FormattedMessage
                id="feed.ics.active"
                values={{ date: date(status.data.createdAt) }}
              />{' '}
              {status.data.lastUsedAt && (
                <FormattedMessage
                  id="feed.ics.lastUsed"
                  values={{ date: date(status.data.lastUsedAt) }}
                />
              )}
            </Text>
          )
        )}
        {status.isSuccess && (
          <Group gap="sm">
            <Button
              variant={isActive ? 'default' : 'filled'}
              onClick={() => create.mutate()}
              loading={create.isPending}
              disabled={revoke.isPending}
            >
              <FormattedMessage id={isActive ? 'feed.ics.renew' : 'feed.ics.create'} />
            </Button>
            {isActive && (
              <Button
                variant="subtle"
                color="red"
                onClick={() => revoke.mutate()}
                loading={revoke.isPending}
                disabled={create.isPending}
              >
                <FormattedMessage id="feed.ics.stop" />
              </Button>
            )}
          </Group>
        )}
        {isActive && (
          <Text size="xs" c="dimmed">
            <FormattedMessage id="feed.ics.renewHint" />
          </Text>
        )}
      </Stack>
    </Card>
  );
}
