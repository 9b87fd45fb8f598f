import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { EmailText } from '../../../platform/web/ui/EmailText.tsx';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { mailRoutes, type OutboxMessage } from '../mail.contract.ts';

const PAGE_SIZE = 25;
const statusColor = {
  stored: 'gray',
  pending: 'blue',
  sent: 'green',
  failed: 'party',
  cancelled: 'gray',
} as const;

function ResendButton({ id, subject }: { id: string; subject: string }) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: () => callApi(mailRoutes.resendOutboxMessage, { params: { id } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['outbox'] }),
  });
  return (
    <Stack gap={4} mt="xs" align="flex-start">
      <Button
        size="xs"
        variant="light"
        loading={resend.isPending}
        onClick={() => resend.mutate()}
        aria-label={intl.formatMessage({ id: 'outbox.resend.label' }, { subject })}
      >
        <FormattedMessage id="outbox.resend" />
      </Button>
      {resend.isError && <ErrorAlert error={resend.error} />}
    </Stack>
  );
}

function MessageCard({ message }: { message: z.output<typeof OutboxMessage> }) {
  const intl = useIntl();
  return (
    <Card withBorder component="article" aria-label={message.subject}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} className="wrap-anywhere">
            {message.subject}
          </Text>
          <Text size="sm">
            <FormattedMessage id="outbox.to" values={{ to: <EmailText email={message.to} /> }} />
          </Text>
        </div>
        <Badge
          variant="light"
          color={statusColor[message.status]}
          style={{ flexShrink: 0, maxWidth: 'none' }}
          styles={{ label: { overflow: 'visible' } }}
        >
          <FormattedMessage id={`outbox.status.${message.status}`} />
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {intl.formatDate(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
        {message.attempts > 0 && (
          <>
            {' · '}
            <FormattedMessage id="outbox.attempts" values={{ count: message.attempts }} />
          </>
        )}
      </Text>
      {message.errorKind && (
        <Text size="xs" mt={4}>
          <FormattedMessage id={`outbox.error.${message.errorKind}`} />
        </Text>
      )}
      {message.nextAttemptAt && (
        <Text size="xs" mt={4}>
          <FormattedMessage
            id="outbox.nextAttempt"
            values={{
              at: intl.formatDate(message.nextAttemptAt, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            }}
          />
        </Text>
      )}
      {message.lastError && message.status !== 'cancelled' && (
        <details className="outbox-text">
          <summary>
            <FormattedMessage id="outbox.lastError" />
          </summary>
          {/* The mail server's own words, for whoever runs it. */}
          <pre lang="en">{message.lastError}</pre>
        </details>
      )}
      {message.canResend && <ResendButton id={message.id} subject={message.subject} />}
      <details className="outbox-text">
        <summary>
          <FormattedMessage id="outbox.showText" />
        </summary>
        <pre>{message.text}</pre>
      </details>
    </Card>
  );
}

/**
 * Admins see every e-mail the server sent or, without SMTP, only stored. A personal link (an
 * invitation, a new password, a guest's confirmation) is made only for the mail server, so it
 * reads here as a placeholder: nobody can use a link meant for someone else.
 */
export function OutboxPage() {
  const intl = useIntl();
  const [offset, setOffset] = useState(0);
  const outbox = useQuery({
    queryKey: ['outbox', offset],
    queryFn: () => callApi(mailRoutes.listOutbox, { query: { limit: PAGE_SIZE, offset } }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'outbox.title' })}</PageTitle>
      {outbox.isPending ? (
        <PageLoader />
      ) : outbox.isError ? (
        <ErrorAlert error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <>
          {!outbox.data.isDelivering && (
            <Alert
              color="yellow"
              variant="light"
              title={intl.formatMessage({ id: 'outbox.notDelivering.title' })}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  <FormattedMessage id="outbox.notDelivering.text" />
                </Text>
                {/* Someone locked out is helped there, with a link made for them. */}
                <Anchor component={Link} to="/admin/accounts" size="sm" fw={600}>
                  <FormattedMessage id="outbox.notDelivering.accounts" />
                </Anchor>
              </Stack>
            </Alert>
          )}
          {outbox.data.items.length === 0 ? (
            <Text c="dimmed">
              <FormattedMessage id="outbox.empty" />
            </Text>
          ) : (
            <>
              <Text size="sm" aria-live="polite">
                <FormattedMessage
                  id="outbox.range"
                  values={{
                    from: offset + 1,
                    to: offset + outbox.data.items.length,
                    total: outbox.data.total,
                  }}
                />
              </Text>
              <Stack gap="sm">
                {outbox.data.items.map((message) => (
                  <MessageCard key={message.id} message={message} />
                ))}
              </Stack>
              {outbox.data.total > PAGE_SIZE && (
                <Group gap="sm">
                  <Button
                    variant="default"
                    disabled={offset === 0 || outbox.isFetching}
                    onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
                  >
                    <FormattedMessage id="common.newer" />
                  </Button>
                  <Button
                    variant="default"
                    disabled={offset + PAGE_SIZE >= outbox.data.total || outbox.isFetching}
                    onClick={() => setOffset(offset + PAGE_SIZE)}
                  >
                    <FormattedMessage id="common.older" />
                  </Button>
                </Group>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
