import { Alert, Button, Card, Group, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { DeleteListButton } from './DeleteListButton.tsx';
import { FilterBuilder } from './FilterBuilder.tsx';
import { fromFilter, newGroup, toFilter } from './filter-draft.ts';
import { useCreateList, useUpdateList, type List } from './useLists.ts';

/**
 * Name, description, sharing and the filter of a list; a new one when `list` is left out.
 * Saving is refused while a condition lacks something, so a saved list means what it shows.
 */
export function ListForm({ list }: { list?: List }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const [name, setName] = useState(list?.name ?? '');
  const [description, setDescription] = useState(list?.description ?? '');
  const [isShared, setIsShared] = useState(list?.isShared ?? false);
  const [draft, setDraft] = useState(() => (list ? fromFilter(list.filter) : newGroup('and')));
  const [problem, setProblem] = useState<'name' | 'conditions' | null>(null);
  const create = useCreateList();
  const update = useUpdateList(list?.id ?? '');
  const saving = list ? update : create;
  // The server lets only the owner stop sharing a list.
  const canUnshare = !list || list.isMine;

  function save(event: FormEvent) {
    event.preventDefault();
    const { filter, incomplete } = toFilter(draft);
    if (!name.trim()) return setProblem('name');
    if (incomplete > 0) return setProblem('conditions');
    setProblem(null);
    const body = { name: name.trim(), description, isShared, filter };
    const done = (saved: List) => void navigate(`/lists/${saved.id}`);
    if (list) update.mutate(body, { onSuccess: done });
    else create.mutate(body, { onSuccess: done });
  }

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="md">
        <Card withBorder>
          <Stack gap="sm">
            <TextInput
              label={intl.formatMessage({ id: 'lists.field.name' })}
              value={name}
              onChange={(event) => {
                setName(event.currentTarget.value);
                // Mended as soon as something is typed: the error does not linger.
                if (problem === 'name' && event.currentTarget.value.trim()) setProblem(null);
              }}
              error={
                problem === 'name' ? intl.formatMessage({ id: 'lists.nameRequired' }) : undefined
              }
              maxLength={100}
              required
            />
            <Textarea
              label={intl.formatMessage({ id: 'lists.field.description' })}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              maxLength={1000}
              autosize
              minRows={2}
            />
            <Switch
              label={intl.formatMessage({ id: 'lists.field.isShared' })}
              description={intl.formatMessage({
                id: canUnshare ? 'lists.field.isShared.help' : 'lists.field.isShared.notOwner',
              })}
              checked={isShared}
              disabled={!canUnshare && isShared}
              onChange={(event) => setIsShared(event.currentTarget.checked)}
            />
          </Stack>
        </Card>
        <Card
          withBorder
          component="section"
          aria-label={intl.formatMessage({ id: 'lists.conditions' })}
          // Not clipped, so the live count can stay in view while the conditions scroll.
          style={{ overflow: 'visible' }}
        >
          <FilterBuilder draft={draft} onChange={setDraft} />
        </Card>
        {problem === 'conditions' && (
          <Alert color="orange" variant="light" role="alert">
            <FormattedMessage id="lists.saveBlocked" />
          </Alert>
        )}
        {saving.isError && <ErrorAlert error={saving.error} />}
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="sm">
            <Button type="submit" loading={saving.isPending}>
              <FormattedMessage id="lists.save" />
            </Button>
            <Button component={Link} to={list ? `/lists/${list.id}` : '/lists'} variant="default">
              <FormattedMessage id="common.cancel" />
            </Button>
          </Group>
          {list?.isMine && <DeleteListButton list={list} />}
        </Group>
      </Stack>
    </form>
  );
}
