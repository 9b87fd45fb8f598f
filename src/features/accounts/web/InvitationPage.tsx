import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ApiError, callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { sessionQueryKey } from '../../../platform/web/ui/useSession.ts';
import { accountRoutes, InvitationAccept } from '../accounts.contract.ts';
import { NewPasswordFields, newPasswordMessages } from './NewPasswordFields.tsx';
import { tokenErrorMessages } from './token-errors.ts';
import { useUrlToken } from './useUrlToken.ts';

/** A link the inviter was shown cannot open the record of a person already in the register. */
function isPersonInRegister(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.fieldErrors.some((fieldError) => fieldError.code === 'person_in_register')
  );
}

/** `/invitation#token=…`: shows who is invited to what; choosing a password logs in. */
export function InvitationPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const token = useUrlToken();
  const form = useContractForm(
    { password: '', passwordConfirm: '' },
    { messages: newPasswordMessages },
  );
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => callApi(accountRoutes.getInvitation, { body: { token: token ?? '' } }),
    enabled: token !== null,
    retry: false,
  });
  const accept = useMutation({
    mutationFn: (body: z.output<typeof InvitationAccept>) =>
      callApi(accountRoutes.acceptInvitation, { body }),
    onSuccess: async (session) => {
      // Drop what a previous person cached, but not this page's own lookup (it would refetch
      // with a token that is now used up).
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'invitation' });
      queryClient.setQueryData(sessionQueryKey, session);
      await navigate('/me', { replace: true });
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(InvitationAccept, { token, password: form.values.password });
    if (!body) return;
    if (form.values.password !== form.values.passwordConfirm) {
      form.markError('passwordConfirm', 'mismatch');
      return;
    }
    accept.mutate(body);
  }

  const title = <PageTitle>{intl.formatMessage({ id: 'invitation.title' })}</PageTitle>;
  if (!token) {
    return (
      <Stack gap="lg">
        {title}
        <Alert color="red" variant="light" role="alert">
          <FormattedMessage id="token.missing" />
        </Alert>
      </Stack>
    );
  }
  if (invitation.isPending) return <PageLoader />;
  if (invitation.isError) {
    return (
      <Stack gap="lg">
        {title}
        <ErrorAlert error={invitation.error} messages={tokenErrorMessages} />
      </Stack>
    );
  }

  const info = invitation.data;
  return (
    <Stack gap="lg">
      {title}
      <Card withBorder>
        <Stack gap="xs">
          <Text fw={700}>
            <FormattedMessage id="invitation.welcome" values={{ name: info.firstName }} />
          </Text>
          <Text>
            <FormattedMessage
              id="invitation.what"
              values={{
                organization: info.organizationName,
                role: intl.formatMessage({ id: `role.${info.role}` }),
              }}
            />
          </Text>
          <Text size="sm" c="dimmed">
            <FormattedMessage
              id="invitation.account"
              values={{ name: `${info.firstName} ${info.lastName}`, email: info.email }}
            />
          </Text>
        </Stack>
      </Card>
      {accept.isError && (
        <ErrorAlert
          error={accept.error}
          messages={
            form.handlesError(accept.error)
              ? undefined
              : isPersonInRegister(accept.error)
                ? { conflict: 'invitation.personInRegister' }
                : tokenErrorMessages
          }
        />
      )}
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>
            <FormattedMessage id="invitation.choosePassword" />
          </Text>
          <NewPasswordFields
            password={form.field('password')}
            passwordConfirm={form.field('passwordConfirm')}
            context={info}
          />
          <Button type="submit" loading={accept.isPending} fullWidth>
            <FormattedMessage id="invitation.submit" />
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
