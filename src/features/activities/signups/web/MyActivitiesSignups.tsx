import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { MyActivitySignup } from '../signups.contract.ts';
import { ActivityTimeRange } from '../../schedule/web/ActivityTimeRange.tsx';
import { signupRefusalMessage } from './ShiftSignupButton.tsx';
import { useShiftSignup } from './useShiftSignup.ts';
import { CancelSignupButton } from './CancelSignupButton.tsx';

type Signup = z.output<typeof MyActivitySignup>;

function SignupRow({ signup }: { signup: Signup }) {
  const intl = useIntl();
  const { cancel } = useShiftSignup(signup.shift.id);
  const titleId = `my-signup-${signup.id}`;
  const isCancelled = signup.activity.cancelledAt !== null;
  const canCancel = !isCancelled && Date.now() <= Date.parse(signup.canCancelUntil);
  return (
    <li>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
          <Anchor component={Link} to={`/activities/${signup.activity.id}`} fw={600} id={titleId}>
            {signup.activity.title}
            {signup.shift.title && ` · ${signup.shift.title}`}
          </Anchor>
          {isCancelled ? (
            <Badge color="red.9" style={{ flexShrink: 0 }}>
              <FormattedMessage id="signup.cancelled" />
            </Badge>
          ) : (
            signup.status === 'waiting' && (
              <Badge color="yellow" variant="light" style={{ flexShrink: 0 }}>
                <FormattedMessage id="signup.waitingShort" />
              </Badge>
            )
          )}
        </Group>
        <Text size="sm">
          <ActivityTimeRange startsAt={signup.shift.startsAt} endsAt={signup.shift.endsAt} />
          {signup.activity.place && ` · ${signup.activity.place}`}
        </Text>
        {signup.status === 'waiting' && !isCancelled && (
          <Text size="sm">
            <FormattedMessage id="signup.waiting" values={{ position: signup.waitingPosition }} />
          </Text>
        )}
        {canCancel ? (
          <Group gap="sm">
            <CancelSignupButton
              size="xs"
              onConfirm={() => cancel.mutate()}
              isPending={cancel.isPending}
              isConfirmed={signup.status === 'confirmed'}
              describedBy={titleId}
            />
            <Text size="xs" c="dimmed">
              <FormattedMessage
                id="signup.cancelUntil"
                values={{
                  time: intl.formatDate(signup.canCancelUntil, {
                    weekday: 'short',
                    day: 'numeric',
                    month: 'short',
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                }}
              />
            </Text>
          </Group>
        ) : (
          !isCancelled && (
            <Text size="xs" c="dimmed">
              <FormattedMessage id="signup.tooLate" />
            </Text>
          )
        )}
        {cancel.isError && (
          <Alert color="red" variant="light" role="alert" p="xs">
            <Text size="sm">{signupRefusalMessage(intl, cancel.error)}</Text>
          </Alert>
        )}
      </Stack>
    </li>
  );
}

/** "Mina kommande pass", each with "Avanmäl" until its cutoff. */
export function MyActivitiesSignups({ signups }: { signups: Signup[] }) {
  return (
    <Card withBorder component="section" aria-labelledby="signups-heading">
      <Title order={2} size="h4" id="signups-heading" mb="sm">
        <FormattedMessage id="me.signups.title" />
      </Title>
      {signups.length === 0 ? (
        <Stack gap={4}>
          <Text>
            <FormattedMessage id="me.signups.empty" />
          </Text>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="me.signups.emptyHint" />
          </Text>
        </Stack>
      ) : (
        <Stack gap="md" component="ul" className="plain-list">
          {signups.map((signup) => (
            <SignupRow key={signup.id} signup={signup} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
