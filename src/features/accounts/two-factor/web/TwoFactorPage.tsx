import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { sessionQueryKey, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { twoFactorRoutes } from '../two-factor.contract.ts';
import { QrCode } from './QrCode.tsx';
import { AccountNotices } from '../../web/AccountNotices.tsx';
import { RecoveryCodes } from './RecoveryCodes.tsx';
import { SecondFactorField, useCodeForm } from './SecondFactorField.tsx';

const statusKey = ['two-factor'] as const;

/** Min sida › Tvåstegsverifiering: turn it on with an app, see the recovery codes, turn it off. */
export function TwoFactorPage() {
  const intl = useIntl();
  const session = useCurrentSession();
  const status = useQuery({
    queryKey: statusKey,
    queryFn: () => callApi(twoFactorRoutes.getTwoFactor),
  });
  // Recovery codes just made: shown once, until the person says they have kept them.
  const [newCodes, setNewCodes] = useState<string[] | null>(null);
  return (
    <Stack gap="lg" maw={640}>
      <PageTitle>{intl.formatMessage({ id: 'twoFactor.title' })}</PageTitle>
      <AccountNotices />
      {session.mustSetUpTwoFactor && !newCodes && (
        <Alert color="blue" variant="light" role="status">
          <FormattedMessage id="twoFactor.required" />
        </Alert>
      )}
      <Text>
        <FormattedMessage id="twoFactor.intro" />
      </Text>
      {status.isPending ? (
        <PageLoader />
      ) : status.isError ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : newCodes ? (
        <Card withBorder component="section" aria-labelledby="codes-heading">
          <Title order={2} size="h4" id="codes-heading" mb="sm">
            <FormattedMessage id="twoFactor.codes.title" />
          </Title>
          <RecoveryCodes codes={newCodes} onDone={() => setNewCodes(null)} />
        </Card>
      ) : status.data.enabled ? (
        <Enabled
          enabledAt={status.data.enabledAt}
          codesLeft={status.data.recoveryCodesLeft}
          isRequired={status.data.required}
          onNewCodes={setNewCodes}
        />
      ) : (
        <Setup onDone={setNewCodes} />
      )}
      {!session.mustSetUpTwoFactor && (
        <Anchor component={Link} to="/me">
          <FormattedMessage id="twoFactor.back" />
        </Anchor>
      )}
    </Stack>
  );
}

function Setup({ onDone }: { onDone: (codes: string[]) => void }) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const start = useMutation({ mutationFn: () => callApi(twoFactorRoutes.startTwoFactorSetup) });
  const form = useCodeForm();
  const confirm = useMutation({
    mutationFn: (code: string) =>
      callApi(twoFactorRoutes.confirmTwoFactorSetup, { body: { code } }),
    onSuccess: async (data) => {
      onDone(data.recoveryCodes);
      await queryClient.invalidateQueries({ queryKey: statusKey });
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
    onError: (error) => form.showServerErrors(error),
  });

  if (!start.data) {
    return (
      <Card withBorder component="section">
        <Stack gap="sm" align="flex-start">
          <Badge color="gray.7">{intl.formatMessage({ id: 'twoFactor.off' })}</Badge>
          <Text size="sm">
            <FormattedMessage id="twoFactor.setup.apps" />
          </Text>
          {start.isError && <ErrorAlert error={start.error} />}
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            <FormattedMessage id="twoFactor.setup.start" />
          </Button>
        </Stack>
      </Card>
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = form.read();
    if (code) confirm.mutate(code);
  }

  return (
    <Card withBorder component="section" aria-labelledby="setup-heading">
      <Stack gap="md">
        <Title order={2} size="h4" id="setup-heading">
          <FormattedMessage id="twoFactor.setup.title" />
        </Title>
        <Text size="sm">
          <FormattedMessage id="twoFactor.setup.scan" />
        </Text>
        <QrCode modules={start.data.qr} label={intl.formatMessage({ id: 'twoFactor.setup.qr' })} />
        <div>
          <Text size="sm">
            <FormattedMessage id="twoFactor.setup.manual" />
          </Text>
          <Text
            ff="monospace"
            fw={600}
            style={{ wordBreak: 'break-all' }}
            data-testid="totp-secret"
          >
            {start.data.secret.replace(/(.{4})/g, '$1 ').trim()}
          </Text>
        </div>
        <form ref={form.ref} onSubmit={submit} noValidate>
          <Stack gap="sm" align="flex-start">
            <SecondFactorField field={form.field('code')} kind="app" />
            {confirm.isError && !form.handlesError(confirm.error) && (
              <ErrorAlert error={confirm.error} />
            )}
            <Button type="submit" loading={confirm.isPending}>
              <FormattedMessage id="twoFactor.setup.confirm" />
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function Enabled({
  enabledAt,
  codesLeft,
  isRequired,
  onNewCodes,
}: {
  enabledAt: string | null;
  codesLeft: number;
  isRequired: boolean;
  onNewCodes: (codes: string[]) => void;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [action, setAction] = useState<'renew' | 'disable' | null>(null);
  const form = useCodeForm();
  const change = useMutation({
    mutationFn: async ({ kind, code }: { kind: 'renew' | 'disable'; code: string }) => {
      if (kind === 'renew') {
        onNewCodes(
          (await callApi(twoFactorRoutes.renewRecoveryCodes, { body: { code } })).recoveryCodes,
        );
      } else {
        await callApi(twoFactorRoutes.disableTwoFactor, { body: { code } });
      }
    },
    onSuccess: async () => {
      setAction(null);
      await queryClient.invalidateQueries({ queryKey: statusKey });
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = form.read();
    if (code && action) change.mutate({ kind: action, code });
  }

  return (
    <Card withBorder component="section">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color="green">{intl.formatMessage({ id: 'twoFactor.on' })}</Badge>
          {enabledAt && (
            <Text size="sm" c="dimmed">
              <FormattedMessage
                id="twoFactor.onSince"
                values={{ date: intl.formatDate(enabledAt, { dateStyle: 'long' }) }}
              />
            </Text>
          )}
        </Group>
        <Text size="sm">
          <FormattedMessage id="twoFactor.codesLeft" values={{ count: codesLeft }} />
        </Text>
        {action ? (
          <form ref={form.ref} onSubmit={submit} noValidate>
            <Stack gap="sm" align="flex-start">
              <Text size="sm" fw={600}>
                <FormattedMessage
                  id={action === 'renew' ? 'twoFactor.renew.confirm' : 'twoFactor.disable.confirm'}
                />
              </Text>
              <SecondFactorField field={form.field('code')} kind="either" />
              {change.isError && !form.handlesError(change.error) && (
                <ErrorAlert error={change.error} />
              )}
              <Group gap="sm">
                <Button
                  type="submit"
                  color={action === 'disable' ? 'red' : undefined}
                  loading={change.isPending}
                >
                  <FormattedMessage
                    id={action === 'renew' ? 'twoFactor.renew.submit' : 'twoFactor.disable.submit'}
                  />
                </Button>
                <Button variant="default" onClick={() => setAction(null)}>
                  <FormattedMessage id="twoFactor.cancel" />
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm">
            <Button variant="default" onClick={() => setAction('renew')}>
              <FormattedMessage id="twoFactor.renew.open" />
            </Button>
            {isRequired ? (
              <Text size="sm" c="dimmed">
                <FormattedMessage id="twoFactor.disable.required" />
              </Text>
            ) : (
              <Button variant="subtle" color="red" onClick={() => setAction('disable')}>
                <FormattedMessage id="twoFactor.disable.open" />
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
