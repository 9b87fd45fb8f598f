import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../../platform/web/ui/useContractForm.ts';
import { useEditToggle } from '../../../../platform/web/ui/useEditToggle.ts';
import {
  ActivityTypeInput,
  activityTypeRoutes,
  type ActivityType,
  type ActivityTypePatch,
} from '../activity-types.contract.ts';
import { activitiesQueryKey } from './useActivities.ts';
import { activityTypesQueryKey, useActivityTypes } from './useActivitiesAdmin.ts';

const messages = {
  'name.taken': 'activities.types.error.taken',
  'name.too_small': 'activities.types.error.name',
};

function useSaveType(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof ActivityTypePatch>) =>
      id
        ? callApi(activityTypeRoutes.updateActivityType, { params: { id }, body })
        : callApi(activityTypeRoutes.createActivityType, { body: { name: body.name ?? '' } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: activityTypesQueryKey }),
        // Type names show on every activity.
        queryClient.invalidateQueries({ queryKey: activitiesQueryKey }),
      ]),
  });
}

/** A name form: adds a type, or (with `type`) renames it. */
function TypeNameForm({
  type,
  onDone,
}: {
  type?: z.output<typeof ActivityType>;
  onDone?: () => void;
}) {
  const intl = useIntl();
  const form = useContractForm({ name: type?.name ?? '' }, { messages });
  const save = useSaveType(type?.id);
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(ActivityTypeInput, form.values);
    if (!body) return;
    save.mutate(body, {
      onSuccess: () => {
        if (!type) form.setValues({ name: '' });
        onDone?.();
      },
      onError: (error) => form.showServerErrors(error),
    });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      {save.isError && !form.handlesError(save.error) && <ErrorAlert error={save.error} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          {...form.field('name')}
          label={intl.formatMessage({
            id: type ? 'activities.types.rename' : 'activities.types.name',
          })}
          maxLength={60}
          autoFocus={Boolean(type)}
          style={{ flex: '1 1 14rem' }}
        />
        <Button type="submit" loading={save.isPending} variant={type ? 'filled' : 'light'}>
          <FormattedMessage id={type ? 'common.save' : 'activities.types.add'} />
        </Button>
        {onDone && (
          <Button variant="default" onClick={onDone}>
            <FormattedMessage id="common.cancel" />
          </Button>
        )}
      </Group>
    </form>
  );
}

function TypeRow({ type }: { type: z.output<typeof ActivityType> }) {
  const intl = useIntl();
  const edit = useEditToggle();
  const archive = useSaveType(type.id);
  if (edit.isOpen) {
    return (
      <li className="tag-row">
        <TypeNameForm type={type} onDone={edit.close} />
      </li>
    );
  }
  return (
    <li className="tag-row">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="sm">
          <Text fw={500} c={type.isArchived ? 'dimmed' : undefined}>
            {type.name}
          </Text>
          {type.isArchived && (
            <Badge size="sm" variant="light" color="gray">
              <FormattedMessage id="activities.types.archived" />
            </Badge>
          )}
        </Group>
        <Group gap={4}>
          <Button
            size="xs"
            variant="subtle"
            ref={edit.triggerRef}
            onClick={edit.open}
            aria-label={intl.formatMessage(
              { id: 'activities.types.renameNamed' },
              { name: type.name },
            )}
          >
            <FormattedMessage id="activities.types.renameShort" />
          </Button>
          <Button
            size="xs"
            variant="subtle"
            loading={archive.isPending}
            onClick={() => archive.mutate({ isArchived: !type.isArchived })}
            aria-label={intl.formatMessage(
              {
                id: type.isArchived
                  ? 'activities.types.restoreNamed'
                  : 'activities.types.archiveNamed',
              },
              { name: type.name },
            )}
          >
            <FormattedMessage
              id={type.isArchived ? 'activities.types.restore' : 'activities.types.archive'}
            />
          </Button>
        </Group>
      </Group>
      {archive.isError && <ErrorAlert error={archive.error} />}
    </li>
  );
}

/** "Aktivitetstyper" (admin): the association's own list; archived types stay on old activities. */
export function ActivityTypesAdminPage() {
  const intl = useIntl();
  const types = useActivityTypes();
  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'activities.types.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="activities.types.intro" />
      </Text>
      <Card withBorder component="section" aria-labelledby="types-heading">
        <Title order={2} size="h4" id="types-heading" mb="xs">
          <FormattedMessage id="activities.types.all" />
        </Title>
        {types.isPending ? (
          <PageLoader />
        ) : types.isError ? (
          <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />
        ) : (
          <ul className="plain-list tag-list">
            {types.data.items.map((type) => (
              <TypeRow key={type.id} type={type} />
            ))}
          </ul>
        )}
      </Card>
      <Card withBorder component="section" aria-labelledby="new-type-heading">
        <Title order={2} size="h4" id="new-type-heading" mb="sm">
          <FormattedMessage id="activities.types.new" />
        </Title>
        <TypeNameForm />
      </Card>
    </Stack>
  );
}
