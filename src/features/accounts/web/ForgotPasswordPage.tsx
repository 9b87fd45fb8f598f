import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { accountRoutes, PasswordResetRequest } from '../accounts.contract.ts';

export function ForgotPasswordPage() {
  const intl = useIntl();
  const form = useContractForm({ email: '' });
  const request = useMutation({
    mutationFn: (body: z.output<typeof PasswordResetRequest>) =>
      callApi(accountRoutes.requestPasswordReset, { body }),
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(PasswordResetRequest, form.values);
    if (body) request.mutate(body);
  }

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'forgot.title' })}</PageTitle>
      {request.isSuccess ? (
        // The server answers the same whether or not the address has an account, and so do we.
        <Alert
          color={request.data.isMailConfigured ? 'green' : 'yellow'}
          variant="light"
          role="status"
        >
          <FormattedMessage
            id={request.data.isMailConfigured ? 'forgot.sent' : 'forgot.noMail'}
            values={{ email: request.variables.email }}
          />
        </Alert>
      ) : (
        <>
          <Text>
            <FormattedMessage id="forgot.intro" />
          </Text>
          {request.isError && <ErrorAlert error={request.error} />}
          <form ref={form.ref} onSubmit={submit} noValidate>
            <Stack gap="md">
              <TextInput
                {...form.field('email')}
                type="email"
                label={intl.formatMessage({ id: 'form.email' })}
                autoComplete="email"
                inputMode="email"
                required
              />
              <Button type="submit" loading={request.isPending} fullWidth>
                <FormattedMessage id="forgot.submit" />
              </Button>
            </Stack>
          </form>
        </>
      )}
      <Anchor component={Link} to="/login">
        <FormattedMessage id="common.backToLogin" />
      </Anchor>
    </Stack>
  );
}
