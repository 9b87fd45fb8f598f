import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { accountRoutes, PasswordResetConfirm, TokenInput } from '../accounts.contract.ts';
import { NewPasswordFields, newPasswordMessages } from './NewPasswordFields.tsx';
import { tokenErrorMessages } from './token-errors.ts';
import { useUrlToken } from './useUrlToken.ts';

/** `/reset-password#token=…`: shows whose account it is; a new password ends every session. */
export function ResetPasswordPage() {
  const intl = useIntl();
  const token = useUrlToken();
  const isWellFormed = token !== null && TokenInput.safeParse({ token }).success;
  const form = useContractForm(
    { password: '', passwordConfirm: '' },
    { messages: newPasswordMessages },
  );
  // Whose account: shown, and what the strength meter checks the password against, as the
  // server will. A dead link says so before anything is typed.
  const account = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => callApi(accountRoutes.getPasswordReset, { body: { token: token ?? '' } }),
    enabled: isWellFormed,
    retry: false,
    staleTime: Infinity,
  });
  const confirm = useMutation({
    mutationFn: (body: z.output<typeof PasswordResetConfirm>) =>
      callApi(accountRoutes.confirmPasswordReset, { body }),
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(PasswordResetConfirm, { token, password: form.values.password });
    if (!body) return;
    if (form.values.password !== form.values.passwordConfirm) {
      form.markError('passwordConfirm', 'mismatch');
      return;
    }
    confirm.mutate(body);
  }

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'reset.title' })}</PageTitle>
      {!isWellFormed ? (
        <Alert color="red" variant="light" role="alert">
          <FormattedMessage id={token ? 'token.invalid' : 'token.missing'} />
        </Alert>
      ) : confirm.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage id="reset.done" />
        </Alert>
      ) : account.isPending ? (
        <PageLoader />
      ) : account.isError ? (
        <ErrorAlert error={account.error} messages={tokenErrorMessages} />
      ) : (
        <>
          <Text>
            <FormattedMessage id="reset.intro" />
          </Text>
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="reset.account"
              values={{
                name: `${account.data.firstName} ${account.data.lastName}`,
                email: account.data.email,
              }}
            />
          </Text>
          {confirm.isError && (
            <ErrorAlert
              error={confirm.error}
              messages={form.handlesError(confirm.error) ? undefined : tokenErrorMessages}
            />
          )}
          <form ref={form.ref} onSubmit={submit} noValidate>
            <Stack gap="md">
              <NewPasswordFields
                password={form.field('password')}
                passwordConfirm={form.field('passwordConfirm')}
                context={account.data}
              />
              <Button type="submit" loading={confirm.isPending} fullWidth>
                <FormattedMessage id="reset.submit" />
              </Button>
            </Stack>
          </form>
        </>
      )}
      {confirm.isSuccess ? (
        <Anchor component={Link} to="/login">
          <FormattedMessage id="reset.toLogin" />
        </Anchor>
      ) : (
        <Anchor component={Link} to="/forgot-password">
          <FormattedMessage id="reset.newLink" />
        </Anchor>
      )}
    </Stack>
  );
}
