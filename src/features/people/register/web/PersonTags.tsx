import { Button, CloseButton, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { TagBadge } from '../../../../platform/web/ui/TagBadge.tsx';
import { textColourOn } from '../../../../platform/web/ui/tag-colour.ts';
import { useTagPeople, useTags } from '../../../tags/web/useTags.ts';
import type { Person } from '../people.contract.ts';
import { personQueryKey } from './usePeople.ts';

/** The person's tags, each removable, and a way to add one more. */
export function PersonTags({ person }: { person: Person }) {
  const intl = useIntl();
  const tags = useTags();
  const tagPeople = useTagPeople();
  const queryClient = useQueryClient();
  const [tagId, setTagId] = useState('');

  const has = new Set(person.tags.map((tag) => tag.id));
  const addable = (tags.data?.items ?? []).filter((tag) => !has.has(tag.id));

  // The page shows the change at once, without fetching (and auditing) the person again.
  function change(id: string, action: 'add' | 'remove') {
    tagPeople.mutate(
      { personIds: [person.id], tagIds: [id], action },
      {
        onSuccess: () => {
          const tag = tags.data?.items.find((item) => item.id === id);
          const next =
            action === 'remove'
              ? person.tags.filter((item) => item.id !== id)
              : tag
                ? [...person.tags, { id: tag.id, name: tag.name, colour: tag.colour }]
                : person.tags;
          queryClient.setQueryData(personQueryKey(person.id), { ...person, tags: next });
          setTagId('');
        },
      },
    );
  }

  function add(event: FormEvent) {
    event.preventDefault();
    if (tagId) change(tagId, 'add');
  }

  return (
    <Stack gap="sm">
      {person.tags.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id="person.noTags" />
        </Text>
      ) : (
        <Group gap="xs" wrap="wrap" component="ul" className="plain-list">
          {person.tags.map((tag) => (
            <li key={tag.id}>
              <TagBadge
                colour={tag.colour}
                size="lg"
                pr={4}
                rightSection={
                  <CloseButton
                    size="sm"
                    c={textColourOn(tag.colour)}
                    aria-label={intl.formatMessage({ id: 'person.removeTag' }, { name: tag.name })}
                    disabled={tagPeople.isPending}
                    onClick={() => change(tag.id, 'remove')}
                  />
                }
              >
                {tag.name}
              </TagBadge>
            </li>
          ))}
        </Group>
      )}
      {tagPeople.isError && <ErrorAlert error={tagPeople.error} />}
      {tags.isError && <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />}
      {addable.length > 0 && (
        <form onSubmit={add}>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <NativeSelect
              label={intl.formatMessage({ id: 'person.tagToAdd' })}
              value={tagId}
              onChange={(event) => setTagId(event.currentTarget.value)}
              data={[
                { value: '', label: intl.formatMessage({ id: 'bulk.chooseTag' }) },
                ...addable.map((tag) => ({ value: tag.id, label: tag.name })),
              ]}
            />
            <Button type="submit" variant="light" disabled={!tagId} loading={tagPeople.isPending}>
              <FormattedMessage id="person.addTag" />
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
