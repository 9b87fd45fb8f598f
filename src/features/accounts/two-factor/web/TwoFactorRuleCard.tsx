import { Card, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { sessionQueryKey } from '../../../../platform/web/ui/useSession.ts';
import { twoFactorRoutes } from '../two-factor.contract.ts';

const settingsKey = ['security-settings'] as const;

/** An admin's switch: admins and organizers must log in with two factors. */
export function TwoFactorRuleCard() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => callApi(twoFactorRoutes.getSecuritySettings),
  });
  const update = useMutation({
    mutationFn: (requireTwoFactor: boolean) =>
      callApi(twoFactorRoutes.updateSecuritySettings, { body: { requireTwoFactor } }),
    onSuccess: async (data) => {
      queryClient.setQueryData(settingsKey, data);
      // The admin's own session may now have to set it up first.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
  return (
    <Card withBorder component="section" aria-labelledby="login-rules-heading">
      <Title order={2} size="h3" id="login-rules-heading" mb="sm">
        <FormattedMessage id="twoFactor.rule.title" />
      </Title>
      {settings.isError ? (
        <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Switch
          checked={update.isPending ? update.variables : (settings.data?.requireTwoFactor ?? false)}
          disabled={!settings.data || update.isPending}
          onChange={(event) => update.mutate(event.currentTarget.checked)}
          label={intl.formatMessage({ id: 'twoFactor.rule.label' })}
          description={intl.formatMessage({ id: 'twoFactor.rule.hint' })}
        />
      )}
      {update.isError && <ErrorAlert error={update.error} />}
      <Text size="sm" c="dimmed" mt="sm">
        <FormattedMessage id="twoFactor.rule.own" />
      </Text>
    </Card>
  );
}
