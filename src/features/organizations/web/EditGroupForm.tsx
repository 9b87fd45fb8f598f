import {
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { LocalGroupPatch, organizationRoutes, type LocalGroup } from '../organizations.contract.ts';
import { localGroupsQueryKey, useLocalGroupMembers } from './useLocalGroups.ts';

/**
 * `scope` 'all' (organizers): name, description and coordinator, chosen among the group's
 * members. 'description' (the group's coordinator): the description only.
 */
export function EditGroupForm({
  group,
  scope,
  onDone,
}: {
  group: LocalGroup;
  scope: 'all' | 'description';
  onDone: () => void;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const members = useLocalGroupMembers(group.id, scope === 'all');
  const form = useContractForm({
    name: group.name,
    areaDescription: group.areaDescription,
    coordinatorId: group.coordinator?.id ?? '',
  });
  const update = useMutation({
    mutationFn: (body: z.output<typeof LocalGroupPatch>) =>
      callApi(organizationRoutes.updateLocalGroup, { params: { id: group.id }, body }),
    onSuccess: async (updated) => {
      queryClient.setQueryData([...localGroupsQueryKey, group.id], updated);
      await queryClient.invalidateQueries({ queryKey: localGroupsQueryKey, exact: true });
      onDone();
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input =
      scope === 'all'
        ? { ...form.values, coordinatorId: form.values.coordinatorId || null }
        : { areaDescription: form.values.areaDescription };
    const body = form.validate(LocalGroupPatch, input);
    if (body) update.mutate(body);
  }

  const coordinatorOptions = [
    { value: '', label: intl.formatMessage({ id: 'group.noCoordinatorOption' }) },
    ...(members.data?.items ?? []).map((member) => ({
      value: member.id,
      label: `${member.firstName} ${member.lastName}`,
    })),
  ];
  // The current coordinator stays selectable even before the member list has loaded.
  if (group.coordinator && !coordinatorOptions.some((o) => o.value === group.coordinator?.id)) {
    const { id, firstName, lastName } = group.coordinator;
    coordinatorOptions.push({ value: id, label: `${firstName} ${lastName}` });
  }

  return (
    <Card withBorder component="section" aria-labelledby="edit-group-heading">
      <Title order={2} size="h3" id="edit-group-heading" mb="sm">
        <FormattedMessage id="group.edit" />
      </Title>
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          {update.isError && <ErrorAlert error={update.error} />}
          {scope === 'all' && (
            <TextInput
              {...form.field('name')}
              label={intl.formatMessage({ id: 'form.groupName' })}
              autoFocus
              required
            />
          )}
          <Textarea
            {...form.field('areaDescription')}
            label={intl.formatMessage({ id: 'form.areaDescription' })}
            autoFocus={scope === 'description'}
            description={intl.formatMessage({ id: 'form.areaDescription.hint' })}
            autosize
            minRows={2}
          />
          {scope === 'all' && (
            <NativeSelect
              {...form.field('coordinatorId')}
              label={intl.formatMessage({ id: 'form.coordinator' })}
              description={intl.formatMessage({ id: 'form.coordinator.hint' })}
              data={coordinatorOptions}
            />
          )}
          <Group gap="sm">
            <Button type="submit" loading={update.isPending}>
              <FormattedMessage id="common.save" />
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
