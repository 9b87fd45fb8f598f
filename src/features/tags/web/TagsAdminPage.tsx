import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { tagRoutes } from '../tags.contract.ts';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { TagForm } from './TagForm.tsx';
import { TagRow } from './TagRow.tsx';
import { tagsQueryKey, useTags } from './useTags.ts';

const groupMessages = {
  'name.taken': 'tags.error.groupTaken',
  'name.too_small': 'tags.error.name',
};

function NewGroupForm() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const form = useContractForm({ name: '' }, { messages: groupMessages });
  const create = useMutation({
    mutationFn: (name: string) => callApi(tagRoutes.createTagGroup, { body: { name } }),
    onSuccess: async () => {
      form.setValues({ name: '' });
      await queryClient.invalidateQueries({ queryKey: tagsQueryKey });
    },
    onError: (error) => form.showServerErrors(error),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (form.values.name.trim() === '') form.markError('name', 'too_small');
    else create.mutate(form.values.name.trim());
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          {...form.field('name')}
          label={intl.formatMessage({ id: 'tags.groupName' })}
          style={{ flex: '1 1 14rem' }}
        />
        <Button type="submit" variant="light" loading={create.isPending}>
          <FormattedMessage id="tags.createGroup" />
        </Button>
      </Group>
    </form>
  );
}

/** "Taggar": every tag, grouped; create, change and delete tags and tag groups. */
export function TagsAdminPage() {
  const intl = useIntl();
  const tags = useTags();
  const groups = tags.data?.groups ?? [];
  const sections = [
    ...groups.map((group) => ({ group, items: [] as NonNullable<typeof tags.data>['items'] })),
    { group: null, items: [] as NonNullable<typeof tags.data>['items'] },
  ];
  for (const tag of tags.data?.items ?? []) {
    const section = sections.find((item) => (item.group?.id ?? null) === tag.groupId);
    (section ?? sections[sections.length - 1])?.items.push(tag);
  }

  return (
    <Stack gap="lg">
      <PageTitle>{intl.formatMessage({ id: 'tags.title' })}</PageTitle>
      <Text>
        <FormattedMessage id="tags.intro" />
      </Text>
      <Card withBorder component="section" aria-labelledby="new-tag-heading">
        <Title order={2} size="h4" id="new-tag-heading" mb="sm">
          <FormattedMessage id="tags.new" />
        </Title>
        <TagForm groups={groups} formId="new-tag" />
      </Card>
      {tags.isPending ? (
        <PageLoader />
      ) : tags.isError ? (
        <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />
      ) : (
        sections.map(({ group, items }) => {
          if (!group && items.length === 0) return null;
          const headingId = `tag-group-${group?.id ?? 'none'}`;
          return (
            <Card key={headingId} withBorder component="section" aria-labelledby={headingId}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id={headingId}>
                  {group?.name ?? intl.formatMessage({ id: 'tags.ungrouped' })}
                </Title>
                {group && (
                  <ConfirmDelete
                    buttonLabel={intl.formatMessage(
                      { id: 'tags.deleteGroupNamed' },
                      { name: group.name },
                    )}
                    title={intl.formatMessage(
                      { id: 'tags.confirmDeleteGroup' },
                      { name: group.name },
                    )}
                    text={intl.formatMessage({ id: 'tags.confirmDeleteGroupText' })}
                    onDelete={() => callApi(tagRoutes.deleteTagGroup, { params: { id: group.id } })}
                  />
                )}
              </Group>
              {items.length === 0 ? (
                <Text size="sm" c="dimmed">
                  <FormattedMessage id="tags.emptyGroup" />
                </Text>
              ) : (
                <ul className="plain-list tag-list">
                  {items.map((tag) => (
                    <TagRow key={tag.id} tag={tag} groups={groups} />
                  ))}
                </ul>
              )}
            </Card>
          );
        })
      )}
      <Card withBorder component="section" aria-labelledby="new-group-heading">
        <Title order={2} size="h4" id="new-group-heading" mb="sm">
          <FormattedMessage id="tags.newGroup" />
        </Title>
        <NewGroupForm />
      </Card>
    </Stack>
  );
}
