import { Button, Card, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { LocalGroupInput, organizationRoutes } from '../organizations.contract.ts';
import { localGroupsQueryKey } from './useLocalGroups.ts';

/** Organizers create a group here; its coordinator is chosen among its members afterwards. */
export function CreateGroupForm({ onDone }: { onDone: () => void }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useContractForm({ name: '', areaDescription: '' });
  const create = useMutation({
    mutationFn: (body: z.output<typeof LocalGroupInput>) =>
      callApi(organizationRoutes.createLocalGroup, { body }),
    onSuccess: async (group) => {
      await queryClient.invalidateQueries({ queryKey: localGroupsQueryKey });
      await navigate(`/groups/${group.id}`);
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(LocalGroupInput, form.values);
    if (body) create.mutate(body);
  }

  return (
    <Card withBorder component="section" aria-labelledby="create-group-heading">
      <Title order={2} size="h4" id="create-group-heading" mb="sm">
        <FormattedMessage id="groups.create" />
      </Title>
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.isError && <ErrorAlert error={create.error} />}
          <TextInput
            {...form.field('name')}
            label={intl.formatMessage({ id: 'form.groupName' })}
            autoFocus
            required
          />
          <Textarea
            {...form.field('areaDescription')}
            label={intl.formatMessage({ id: 'form.areaDescription' })}
            description={intl.formatMessage({ id: 'form.areaDescription.hint' })}
            autosize
            minRows={2}
          />
          <Group gap="sm">
            <Button type="submit" loading={create.isPending}>
              <FormattedMessage id="common.create" />
            </Button>
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="common.cancel" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
