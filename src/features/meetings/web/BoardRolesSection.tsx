import { Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { z } from 'zod';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { hasRole, useSession } from '../../../platform/web/ui/useSession.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { BoardRoleInput } from '../meeting-records.contract.ts';
import { PersonField } from './PersonField.tsx';
import type { PickedPerson } from './PersonPicker.tsx';
import { FormActions } from './FormActions.tsx';
import { useBoardRoles, useMeetingChange } from './useMeetings.ts';

function BoardRoleForm({ position, onDone }: { position: number; onDone: () => void }) {
  const intl = useIntl();
  const form = useContractForm({ title: '', description: '' });
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const create = useMeetingChange((body: z.input<typeof BoardRoleInput>) =>
    callApi(meetingRoutes.createBoardRole, { body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(BoardRoleInput, {
      ...form.values,
      personId: person?.id ?? null,
      position,
    });
    if (body) create.mutate(body, { onSuccess: onDone, onError: (e) => form.showServerErrors(e) });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <TextInput
          {...form.field('title')}
          label={intl.formatMessage({ id: 'meetings.boardRoles.role' })}
          description={intl.formatMessage({ id: 'meetings.boardRoles.roleHint' })}
          required
        />
        <PersonField
          label={intl.formatMessage({ id: 'meetings.boardRoles.person' })}
          value={person}
          onChange={setPerson}
        />
        <Textarea
          {...form.field('description')}
          label={intl.formatMessage({ id: 'meetings.boardRoles.description' })}
          autosize
          minRows={1}
        />
        <FormActions label="common.save" isPending={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** Who on the board answers for what (intern antirasism, internfeministiskt arbete …). */
export function BoardRolesSection() {
  const intl = useIntl();
  const session = useSession().data;
  const roles = useBoardRoles();
  const [isAdding, setIsAdding] = useState(false);
  const remove = useMeetingChange((id: string) =>
    callApi(meetingRoutes.deleteBoardRole, { params: { id } }),
  );
  // Shown on a page others own: never let a missing session break it.
  const canEdit = session?.user !== undefined && hasRole(session, 'organizer');
  const items = roles.data?.items ?? [];
  if (!canEdit && items.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="board-roles-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="board-roles-heading">
          <FormattedMessage id="meetings.boardRoles.title" />
        </Title>
        {roles.isError && <ErrorAlert error={roles.error} />}
        {remove.isError && <ErrorAlert error={remove.error} />}
        {items.length === 0 && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="meetings.boardRoles.empty" />
          </Text>
        )}
        <Stack gap="xs" component="ul" className="plain-list">
          {items.map((role) => (
            <li key={role.id}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text size="sm" fw={600}>
                    {role.title}
                  </Text>
                  <Text size="sm">
                    {role.person?.name ?? intl.formatMessage({ id: 'meetings.boardRoles.vacant' })}
                  </Text>
                  {role.description && (
                    <Text size="xs" c="dimmed">
                      {role.description}
                    </Text>
                  )}
                </div>
                {canEdit && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    onClick={() => remove.mutate(role.id)}
                    aria-label={intl.formatMessage(
                      { id: 'meetings.boardRoles.remove' },
                      { title: role.title },
                    )}
                  >
                    <FormattedMessage id="common.delete" />
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </Stack>
        {canEdit &&
          (isAdding ? (
            <BoardRoleForm position={items.length} onDone={() => setIsAdding(false)} />
          ) : (
            <Button
              variant="light"
              size="xs"
              onClick={() => setIsAdding(true)}
              style={{ alignSelf: 'flex-start' }}
            >
              <FormattedMessage id="meetings.boardRoles.add" />
            </Button>
          ))}
      </Stack>
    </Card>
  );
}
