import { Card, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import type { MyPage } from '../people.contract.ts';

type Signup = z.output<typeof MyPage>['upcomingSignups'][number];

/** "Mina kommande pass". Until the activities module lands the list is honestly empty. */
export function UpcomingSignupsCard({ signups }: { signups: Signup[] }) {
  const intl = useIntl();
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
        <Stack gap="sm" component="ul" className="plain-list">
          {signups.map((signup) => (
            <li key={signup.id}>
              <Text fw={600}>{signup.title}</Text>
              <Text size="sm">
                <time dateTime={signup.startsAt}>
                  {intl.formatDate(signup.startsAt, {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                    hour: '2-digit',
                    minute: '2-digit',
                  })}
                </time>
                {signup.place && ` · ${signup.place}`}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
