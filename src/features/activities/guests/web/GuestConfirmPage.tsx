import { Alert, Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { tokenErrorMessages } from '../../../accounts/web/token-errors.ts';
import { useUrlToken } from '../../../accounts/web/useUrlToken.ts';
import { TokenInput } from '../guests.contract.ts';
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { useConfirmGuestSignup, useGuestSignupLookup } from './useGuestSignup.ts';

/**
 * `/o/:slug/guest-signup#token=…`, where the e-mailed link leads. It shows what is confirmed and
 * waits for a tap: mail scanners that open links must not confirm on the guest's behalf.
 */
export function GuestConfirmPage() {
  const intl = useIntl();
  const token = useUrlToken();
  const isWellFormed = token !== null && TokenInput.safeParse({ token }).success;
  const lookup = useGuestSignupLookup(isWellFormed ? token : null);
  const confirm = useConfirmGuestSignup();
  const title = <PageTitle>{intl.formatMessage({ id: 'guest.confirm.title' })}</PageTitle>;

  if (!isWellFormed) {
    return (
      <Stack gap="lg">
        {title}
        <Alert color="red" variant="light" role="alert">
          <FormattedMessage id={token ? 'token.invalid' : 'token.missing'} />
        </Alert>
      </Stack>
    );
  }
  if (lookup.isPending) return <PageLoader />;
  if (lookup.isError) {
    return (
      <Stack gap="lg">
        {title}
        <ErrorAlert error={lookup.error} messages={tokenErrorMessages} />
      </Stack>
    );
  }
  const info = confirm.data ?? lookup.data;
  const status = confirm.data?.status;
  return (
    <Stack gap="lg">
      {title}
      <Card withBorder padding="sm">
        <Text fw={700}>{info.activity.title}</Text>
        <Text size="sm">
          {info.shift.title && `${info.shift.title} · `}
          <ActivityTimeRange startsAt={info.shift.startsAt} endsAt={info.shift.endsAt} />
        </Text>
        {info.activity.place && <Text size="sm">{info.activity.place}</Text>}
        <Text size="sm" c="dimmed">
          {info.organization.name}
        </Text>
      </Card>
      {status ? (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage
            id={status === 'waiting' ? 'guest.confirm.waiting' : 'guest.confirm.done'}
          />
        </Alert>
      ) : info.isConfirmed ? (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage id="guest.confirm.already" />
        </Alert>
      ) : (
        <>
          {confirm.isError && <ErrorAlert error={confirm.error} messages={tokenErrorMessages} />}
          <Button onClick={() => confirm.mutate(token)} loading={confirm.isPending} fullWidth>
            <FormattedMessage id="guest.confirm.submit" />
          </Button>
        </>
      )}
      <Anchor component={Link} to={`/o/${info.organization.slug}/activities/${info.activity.id}`}>
        <FormattedMessage id="guest.confirm.toActivity" />
      </Anchor>
    </Stack>
  );
}
