import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { TagInput, tagRoutes } from '../tags.contract.ts';
import { ColourChoice } from '../../../platform/web/ui/ColourChoice.tsx';
import { tagPalette } from '../../../platform/web/ui/tag-colour.ts';
import { peopleQueryKey, tagsQueryKey } from './useTags.ts';

// The tag form names what the generic messages would call a group.
const messages = { 'name.taken': 'tags.error.taken', 'name.too_small': 'tags.error.name' };

/** Creates a tag, or (with `tag`) renames, recolours or regroups it. */
export function TagForm({
  tag,
  groups,
  onDone,
  formId,
}: {
  tag?: { id: string; name: string; colour: string; groupId: string | null };
  groups: { id: string; name: string }[];
  onDone?: () => void;
  /** Unique on the page: names the colour radio group. */
  formId: string;
}) {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const blank = { name: '', colour: tagPalette[0].colour, groupId: '' };
  const form = useContractForm(
    tag ? { name: tag.name, colour: tag.colour, groupId: tag.groupId ?? '' } : blank,
    { messages },
  );
  const save = useMutation({
    mutationFn: (body: { name: string; colour: string; groupId: string | null }) =>
      tag
        ? callApi(tagRoutes.updateTag, { params: { id: tag.id }, body })
        : callApi(tagRoutes.createTag, { body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: tagsQueryKey });
      // Names and colours show on people too.
      if (tag) await queryClient.invalidateQueries({ queryKey: peopleQueryKey });
      if (!tag) form.setValues({ ...blank, groupId: form.values.groupId });
      onDone?.();
    },
    onError: (error) => form.showServerErrors(error),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = { ...form.values, groupId: form.values.groupId || null };
    const body = form.validate(TagInput, input);
    if (body) save.mutate(body);
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError && !form.handlesError(save.error) && <ErrorAlert error={save.error} />}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            {...form.field('name')}
            label={intl.formatMessage({ id: 'tags.name' })}
            required
            autoFocus={Boolean(tag)}
            style={{ flex: '1 1 14rem' }}
          />
          <NativeSelect
            {...form.field('groupId')}
            label={intl.formatMessage({ id: 'tags.group' })}
            data={[
              { value: '', label: intl.formatMessage({ id: 'tags.noGroup' }) },
              ...groups.map((group) => ({ value: group.id, label: group.name })),
            ]}
          />
        </Group>
        <ColourChoice
          label={intl.formatMessage({ id: 'tags.colour' })}
          name={`${formId}-colour`}
          value={form.values.colour}
          onChange={(colour) => form.setValue('colour', colour)}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage id={tag ? 'common.save' : 'tags.create'} />
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              <FormattedMessage id="common.cancel" />
            </Button>
          )}
        </Group>
        {save.isSuccess && !tag && (
          <Text size="sm" c="green.9" role="status">
            <FormattedMessage id="tags.created" />
          </Text>
        )}
      </Stack>
    </form>
  );
}
