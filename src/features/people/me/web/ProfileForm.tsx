import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import { sessionQueryKey } from '../../../../platform/web/ui/useSession.ts';
import { organizationRoutes } from '../../../organizations/organizations.contract.ts';
import { meRoutes, ProfilePatch, type MyPage, type Profile } from '../me.contract.ts';
import { myPageQueryKey } from './useMyPage.ts';
import { formatPhone } from '../../../../platform/shared/phone.ts';

export function ProfileForm({
  profile,
  onDone,
}: {
  profile: z.output<typeof Profile>;
  onDone: () => void;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const localGroups = useQuery({
    queryKey: ['local-groups'],
    queryFn: () => callApi(organizationRoutes.listLocalGroups),
  });
  const form = useContractForm({
    firstName: profile.firstName,
    lastName: profile.lastName,
    phone: profile.phone ? formatPhone(profile.phone) : '',
    localGroupId: profile.localGroup?.id ?? '',
  });
  const update = useMutation({
    mutationFn: (body: z.output<typeof ProfilePatch>) =>
      callApi(meRoutes.updateMyProfile, { body }),
    onSuccess: async (updated) => {
      queryClient.setQueryData<z.output<typeof MyPage>>(myPageQueryKey, (current) =>
        current ? { ...current, profile: updated } : current,
      );
      // The name in the session, my groups and member counts may have changed too.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: myPageQueryKey }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['local-groups'] }),
      ]);
      onDone();
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(ProfilePatch, {
      ...form.values,
      phone: form.values.phone.trim() || null,
      localGroupId: form.values.localGroupId || null,
    });
    if (body) update.mutate(body);
  }

  const groupOptions = [
    { value: '', label: intl.formatMessage({ id: 'me.profile.noLocalGroup' }) },
    ...(localGroups.data?.items ?? []).map((group) => ({ value: group.id, label: group.name })),
  ];
  if (profile.localGroup && !groupOptions.some((o) => o.value === profile.localGroup?.id)) {
    groupOptions.push({ value: profile.localGroup.id, label: profile.localGroup.name });
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="md">
        {update.isError && <ErrorAlert error={update.error} />}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            {...form.field('firstName')}
            label={intl.formatMessage({ id: 'form.firstName' })}
            autoFocus
            autoComplete="given-name"
            required
          />
          <TextInput
            {...form.field('lastName')}
            label={intl.formatMessage({ id: 'form.lastName' })}
            autoComplete="family-name"
            required
          />
        </SimpleGrid>
        <TextInput
          {...form.field('phone')}
          type="tel"
          label={intl.formatMessage({ id: 'form.phone' })}
          description={intl.formatMessage({ id: 'form.phone.hint' })}
          autoComplete="tel"
        />
        <NativeSelect
          {...form.field('localGroupId')}
          label={intl.formatMessage({ id: 'form.localGroup' })}
          data={groupOptions}
        />
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
  );
}
