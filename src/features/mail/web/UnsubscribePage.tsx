import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { mailRoutes, UnsubscribeToken } from '../mail.contract.ts';

/**
 * `/unsubscribe?token=…`, where the link at the foot of a reminder leads. It says what the link
 * stops and waits for a tap: a mail scanner that opens links must not unsubscribe anyone.
 */
export function UnsubscribePage() {
  const intl = useIntl();
  const [search] = useSearchParams();
  const token = search.get('token');
  const isWellFormed = token !== null && UnsubscribeToken.safeParse(token).success;
  const lookup = useQuery({
    queryKey: ['unsubscribe', token],
    queryFn: () => callApi(mailRoutes.lookupUnsubscribe, { query: { token: token! } }),
    enabled: isWellFormed,
    retry: false,
  });
  const unsubscribe = useMutation({
    mutationFn: () => callApi(mailRoutes.unsubscribe, { body: { token: token! } }),
  });
  const title = <PageTitle>{intl.formatMessage({ id: 'unsubscribe.title' })}</PageTitle>;

  if (!isWellFormed) {
    return (
      <Stack gap="lg">
        {title}
        <Alert color="red" variant="light" role="alert">
          <FormattedMessage id="unsubscribe.invalid" />
        </Alert>
      </Stack>
    );
  }
  if (lookup.isPending) return <PageLoader />;
  if (lookup.isError) {
    return (
      <Stack gap="lg">
        {title}
        <ErrorAlert error={lookup.error} messages={{ not_found: 'unsubscribe.invalid' }} />
      </Stack>
    );
  }
  const info = unsubscribe.data ?? lookup.data;
  const values = { organization: info.organizationName };
  return (
    <Stack gap="lg" maw={560}>
      {title}
      {info.isUnsubscribed ? (
        <Alert color="green" variant="light" role="status">
          <Stack gap="xs">
            <Text size="sm">
              <FormattedMessage id="unsubscribe.done" values={values} />
            </Text>
            <Text size="sm">
              <FormattedMessage id="unsubscribe.stillSent" />
            </Text>
          </Stack>
        </Alert>
      ) : (
        <Card withBorder padding="md">
          <Stack gap="md">
            <Text>
              <FormattedMessage id="unsubscribe.question" values={values} />
            </Text>
            <Text size="sm" c="dimmed">
              <FormattedMessage id="unsubscribe.stillSent" />
            </Text>
            {unsubscribe.isError && <ErrorAlert error={unsubscribe.error} />}
            <Button onClick={() => unsubscribe.mutate()} loading={unsubscribe.isPending} fullWidth>
              <FormattedMessage id="unsubscribe.submit" />
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
