import { Button, Card, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../web/ui/ErrorAlert.tsx';
import { useTagPeople, useTags } from '../../tags/web/useTags.ts';
import type { Selection } from './useSelection.ts';

/** Adds a tag to, or removes it from, everyone selected; says how many it changed. */
export function BulkTagBar({ selection }: { selection: Selection }) {
  const intl = useIntl();
  const tags = useTags();
  const tagPeople = useTagPeople();
  const [tagId, setTagId] = useState('');
  const count = selection.ids.length;

  function run(action: 'add' | 'remove') {
    if (!tagId) return;
    tagPeople.mutate({ personIds: selection.ids, tagIds: [tagId], action });
  }

  const options = [
    { value: '', label: intl.formatMessage({ id: 'people.bulk.chooseTag' }) },
    ...(tags.data?.items ?? []).map((tag) => ({ value: tag.id, label: tag.name })),
  ];
  return (
    <Card withBorder component="section" aria-labelledby="bulk-heading" className="bulk-bar">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text fw={700} id="bulk-heading" style={{ alignSelf: 'center' }}>
          <FormattedMessage id="people.bulk.selected" values={{ count }} />
        </Text>
        <NativeSelect
          label={intl.formatMessage({ id: 'people.bulk.tag' })}
          data={options}
          value={tagId}
          onChange={(event) => setTagId(event.currentTarget.value)}
          disabled={tags.isPending}
        />
        <Button onClick={() => run('add')} disabled={!tagId} loading={tagPeople.isPending}>
          <FormattedMessage id="people.bulk.add" />
        </Button>
        <Button
          variant="default"
          onClick={() => run('remove')}
          disabled={!tagId}
          loading={tagPeople.isPending}
        >
          <FormattedMessage id="people.bulk.remove" />
        </Button>
        <Button variant="subtle" onClick={selection.clear}>
          <FormattedMessage id="people.bulk.clear" />
        </Button>
      </Group>
      {tags.isError && <ErrorAlert error={tags.error} onRetry={() => void tags.refetch()} />}
      {tagPeople.isError && <ErrorAlert error={tagPeople.error} />}
      <Text size="sm" role="status" mt={tagPeople.isSuccess ? 'xs' : 0}>
        {tagPeople.isSuccess && (
          <FormattedMessage
            id={tagPeople.variables.action === 'add' ? 'people.bulk.added' : 'people.bulk.removed'}
            values={{ count: tagPeople.data.changed }}
          />
        )}
      </Text>
    </Card>
  );
}
