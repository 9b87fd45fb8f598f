import { Button, Card, Group, NativeSelect, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Selection } from './useSelection.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface TagChoices {
  data?: { items: { id: string; name: string }[] };
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export interface TagPeopleAction {
  mutate: (input: { personIds: string[]; tagIds: string[]; action: 'add' | 'remove' }) => void;
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  error: unknown;
  variables?: { action: 'add' | 'remove' };
  data?: { changed: number };
}

/**
 * Adds a tag to, or removes it from, everyone selected (in the register or a saved list); says
 * how many it changed.
 */
export function BulkTagBar({
  selection,
  tags,
  tagPeople,
}: {
  selection: Selection;
  /** The association's tags (the tags feature's query). */
  tags: TagChoices;
  /** Tags or untags people (the tags feature's mutation). */
  tagPeople: TagPeopleAction;
}) {
  const intl = useIntl();
  const [tagId, setTagId] = useState('');
  const count = selection.ids.length;
  const headingId = useId();

  function run(action: 'add' | 'remove') {
    if (!tagId) return;
    tagPeople.mutate({ personIds: selection.ids, tagIds: [tagId], action });
  }

  const options = [
    { value: '', label: intl.formatMessage({ id: 'bulk.chooseTag' }) },
    ...(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name })),
  ];
  return (
    <Card withBorder component="section" aria-labelledby={headingId} className="bulk-bar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text fw={700} id={headingId} style={{ alignSelf: 'center' }}>
          <FormattedMessage id="bulk.selected" values={{ count }} />
        </Text>
        <NativeSelect
          label={intl.formatMessage({ id: 'bulk.tag' })}
          data={options}
          value={tagId}
          onChange={(event) => setTagId(event.currentTarget.value)}
          disabled={tags.isPending}
        />
        <Button onClick={() => run('add')} disabled={!tagId} loading={tagPeople.isPending}>
          <FormattedMessage id="bulk.add" />
        </Button>
        <Button
          variant="default"
          onClick={() => run('remove')}
          disabled={!tagId}
          loading={tagPeople.isPending}
        >
          <FormattedMessage id="bulk.remove" />
        </Button>
        <Button variant="subtle" onClick={selection.clear}>
          <FormattedMessage id="bulk.clear" />
        </Button>
      </Group>
      {tags.isError && <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />}
      {tagPeople.isError && <ErrorAlert error={tagPeople.error} />}
      <Text size="sm" role="status" mt={tagPeople.isSuccess ? 'xs' : 0}>
        {tagPeople.isSuccess && tagPeople.data && (
          <FormattedMessage
            id={tagPeople.variables?.action === 'remove' ? 'bulk.removed' : 'bulk.added'}
            values={{ count: tagPeople.data.changed }}
          />
        )}
      </Text>
    </Card>
  );
}
