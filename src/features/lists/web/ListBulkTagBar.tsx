import { Button, Card, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../web/ui/ErrorAlert.tsx';
import type { Selection } from '../../people/web/useSelection.ts';
import { useTagPeople, useTags } from '../../tags/web/useTags.ts';

/** Adds a tag to, or removes it from, everyone selected in the list; says how many changed. */
export function ListBulkTagBar({ selection }: { selection: Selection }) {
  const intl = useIntl();
  const tags = useTags();
  const tagPeople = useTagPeople();
  const [tagId, setTagId] = useState('');

  function run(action: 'add' | 'remove') {
    if (tagId) tagPeople.mutate({ personIds: selection.ids, tagIds: [tagId], action });
  }

  return (
    <Card withBorder component="section" aria-labelledby="list-bulk-heading">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text fw={700} id="list-bulk-heading" style={{ alignSelf: 'center' }}>
          <FormattedMessage id="lists.bulk.selected" values={{ count: selection.ids.length }} />
        </Text>
        <NativeSelect
          label={intl.formatMessage({ id: 'lists.bulk.tag' })}
          data={[
            { value: '', label: intl.formatMessage({ id: 'lists.bulk.chooseTag' }) },
            ...(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name })),
          ]}
          value={tagId}
          onChange={(event) => setTagId(event.currentTarget.value)}
          disabled={tags.isPending}
        />
        <Button onClick={() => run('add')} disabled={!tagId} loading={tagPeople.isPending}>
          <FormattedMessage id="lists.bulk.add" />
        </Button>
        <Button
          variant="default"
          onClick={() => run('remove')}
          disabled={!tagId}
          loading={tagPeople.isPending}
        >
          <FormattedMessage id="lists.bulk.remove" />
        </Button>
        <Button variant="subtle" onClick={selection.clear}>
          <FormattedMessage id="lists.bulk.clear" />
        </Button>
      </Group>
      {tags.isError && <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />}
      {tagPeople.isError && <ErrorAlert error={tagPeople.error} />}
      <Text size="sm" role="status" mt={tagPeople.isSuccess ? 'xs' : 0}>
        {tagPeople.isSuccess && (
          <FormattedMessage
            id={tagPeople.variables.action === 'add' ? 'lists.bulk.added' : 'lists.bulk.removed'}
            values={{ count: tagPeople.data.changed }}
          />
        )}
      </Text>
    </Card>
  );
}
