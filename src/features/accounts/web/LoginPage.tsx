import { Anchor, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
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
import { ApiError } from '../../../platform/web/api.ts';
import { AssociationCalendarLinks } from './AssociationCalendarLinks.tsx';
import { SecondFactorField } from '../two-factor/web/SecondFactorField.tsx';

/** The code of the server's error about one field, if it named it. */
function fieldErrorCode(error: unknown, path: string): string | undefined {
  return error instanceof ApiError
    ? error.fieldErrors.find((fieldError) => fieldError.path === path)?.code
    : undefined;
}

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
  const form = useContractForm({ email: '', password: '', code: '' });
  // After the right password, an account with two-factor login asks for a code from the app.
  const [codeStep, setCodeStep] = useState<'app' | 'recovery' | null>(null);
  const login = useMutation({
    mutationFn: (body: z.output<typeof LoginInput>) => callApi(accountRoutes.login, { body }),
    onSuccess: (data) => {
      // A new person may be using this browser: drop everything cached for the previous one.
      queryClient.removeQueries();
      queryClient.setQueryData(sessionQueryKey, data);
    },
    onError: (error) => {
      if (fieldErrorCode(error, 'body.code') === 'two_factor_required') {
        setCodeStep('app');
        login.reset();
        return;
      }
      form.showServerErrors(error);
    },
  });

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(LoginInput, {
      ...form.values,
      code: codeStep ? form.values.code : undefined,
    });
    if (body) login.mutate(body);
  }

  if (codeStep) {
    return (
      <Stack gap="lg">
        <PageTitle>{intl.formatMessage({ id: 'login.code.title' })}</PageTitle>
        <Text>
          <FormattedMessage id={`login.code.intro.${codeStep}`} />
        </Text>
        {login.isError && !form.handlesError(login.error) && <ErrorAlert error={login.error} />}
        <form ref={form.ref} onSubmit={submit} noValidate>
          <Stack gap="md">
            <SecondFactorField field={form.field('code')} kind={codeStep} focus />
            <Button type="submit" loading={login.isPending} fullWidth>
              <FormattedMessage id="login.submit" />
            </Button>
          </Stack>
        </form>
        <Group gap="md">
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              form.setValue('code', '');
              setCodeStep(codeStep === 'app' ? 'recovery' : 'app');
            }}
          >
            <FormattedMessage id={`login.code.switch.${codeStep}`} />
          </Anchor>
          <Anchor
            component="button"
            type="button"
            onClick={() => {
              form.setValues({ ...form.values, password: '', code: '' });
              setCodeStep(null);
            }}
          >
            <FormattedMessage id="login.code.back" />
          </Anchor>
        </Group>
      </Stack>
    );
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
      <AssociationCalendarLinks />
    </Stack>
  );
}
