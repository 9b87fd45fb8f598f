import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { accountRoutes, PasswordResetConfirm, TokenInput } from '../accounts.contract.ts';
import { NewPasswordFields, newPasswordMessages } from './NewPasswordFields.tsx';
import { tokenErrorMessages } from './token-errors.ts';
import { useUrlToken } from './useUrlToken.ts';

export function ResetPasswordPage() {
  const intl = useIntl();
  const token = useUrlToken();
  const form = useContractForm(
    { password: '', passwordConfirm: '' },
    { messages: newPasswordMessages },
  );
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
      {!token || !TokenInput.safeParse({ token }).success ? (
        <Alert color="red" variant="light" role="alert">
          <FormattedMessage id={token ? 'token.invalid' : 'token.missing'} />
        </Alert>
      ) : confirm.isSuccess ? (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage id="reset.done" />
        </Alert>
      ) : (
        <>
          <Text>
            <FormattedMessage id="reset.intro" />
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
