import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, Navigate, useLocation } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { PasswordField } from '../../../platform/web/ui/PasswordField.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { sessionQueryKey, useSession } from '../../../platform/web/ui/useSession.ts';
import { accountRoutes } from '../accounts.contract.ts';
import { LoginInput } from '../../../platform/shared/session.contract.ts';

/** Where to go after logging in: back to the page that asked, else Min sida. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/me';
}

export function LoginPage() {
  const intl = useIntl();
  const location = useLocation();
  const queryClient = useQueryClient();
  const session = useSession();
  const form = useContractForm({ email: '', password: '' });
  const login = useMutation({
    mutationFn: (body: z.output<typeof LoginInput>) => callApi(accountRoutes.login, { body }),
    onSuccess: (data) => {
      // A new person may be using this browser: drop everything cached for the previous one.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQueryKey, data);
    },
    onError: (error) => form.showServerErrors(error),
  });

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(LoginInput, form.values);
    if (body) login.mutate(body);
  }

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'login.title' })}</PageTitle>
      {login.isError && (
        <ErrorAlert
          error={login.error}
          messages={{ unauthenticated: 'login.error.unauthenticated' }}
        />
      )}
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            {...form.field('email')}
            type="email"
            label={intl.formatMessage({ id: 'form.email' })}
            autoComplete="username"
            inputMode="email"
            required
          />
          <PasswordField
            {...form.field('password')}
            label={intl.formatMessage({ id: 'form.password' })}
            autoComplete="current-password"
            required
          />
          <Button type="submit" loading={login.isPending} fullWidth>
            <FormattedMessage id="login.submit" />
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/forgot-password">
        <FormattedMessage id="login.forgotPassword" />
      </Anchor>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="login.noAccount" />
      </Text>
    </Stack>
  );
}
