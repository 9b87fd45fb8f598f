import { Button, Card, NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { roleNames } from '../../../platform/shared/db-values.generated.ts';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { hasRole, useCurrentSession } from '../../../platform/web/ui/useSession.ts';
import { organizationRoutes } from '../../organizations/organizations.contract.ts';
import { accountRoutes, InvitationInput } from '../accounts.contract.ts';
import { InviteSentAlert } from './InviteSentAlert.tsx';

const empty = { email: '', firstName: '', lastName: '', role: 'activist', localGroupId: '' };

/** Invite a person by e-mail; they choose their password from the link. */
export function InviteForm() {
  const intl = useIntl();
  const session = useCurrentSession();
  const queryClient = useQueryClient();
  const form = useContractForm(empty);
  const localGroups = useQuery({
    queryKey: ['local-groups'],
    queryFn: () => callApi(organizationRoutes.listLocalGroups),
  });
  const invite = useMutation({
    mutationFn: (body: z.output<typeof InvitationInput>) =>
      callApi(accountRoutes.createInvitation, { body }),
    onSuccess: async () => {
      form.setValues(empty);
      // The new message is in the outbox now, whether or not it is sent.
      await queryClient.invalidateQueries({ queryKey: ['outbox'] });
    },
    onError: (error) => form.showServerErrors(error),
  });

  // Nobody hands out a role above their own; the server enforces the same.
  const roleOptions = roleNames
    .filter((role) => hasRole(session, role))
    .map((role) => ({ value: role, label: intl.formatMessage({ id: `role.${role}` }) }));
  const groupOptions = [
    { value: '', label: intl.formatMessage({ id: 'invite.noLocalGroup' }) },
    ...(localGroups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    // A new attempt: the outcome of the previous invitation no longer applies.
    invite.reset();
    const body = form.validate(InvitationInput, {
      ...form.values,
      localGroupId: form.values.localGroupId || null,
    });
    if (!body) return;
    // The server says the same; asking first saves a round trip and keeps focus on the field.
    if (body.role === 'coordinator' && !body.localGroupId) {
      form.markError('localGroupId', 'required_for_coordinator');
      return;
    }
    invite.mutate(body);
  }

  return (
    <Card withBorder component="section" aria-labelledby="invite-heading">
      <Title order={2} size="h3" id="invite-heading" mb="sm">
        <FormattedMessage id="invite.title" />
      </Title>
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          {invite.isSuccess && (
            <InviteSentAlert
              email={invite.variables.email}
              expiresAt={invite.data.expiresAt}
              link={invite.data.link}
            />
          )}
          {invite.isError && <ErrorAlert error={invite.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...form.field('firstName')}
              label={intl.formatMessage({ id: 'form.firstName' })}
              autoComplete="off"
              required
            />
            <TextInput
              {...form.field('lastName')}
              label={intl.formatMessage({ id: 'form.lastName' })}
              autoComplete="off"
              required
            />
          </SimpleGrid>
          <TextInput
            {...form.field('email')}
            type="email"
            label={intl.formatMessage({ id: 'form.email' })}
            autoComplete="off"
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              {...form.field('role')}
              label={intl.formatMessage({ id: 'form.role' })}
              data={roleOptions}
            />
            <NativeSelect
              {...form.field('localGroupId')}
              label={intl.formatMessage({ id: 'form.localGroup' })}
              description={
                form.values.role === 'coordinator'
                  ? intl.formatMessage({ id: 'invite.localGroupForCoordinator' })
                  : undefined
              }
              data={groupOptions}
              disabled={localGroups.isPending}
            />
          </SimpleGrid>
          <Button type="submit" loading={invite.isPending} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="invite.submit" />
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
