import { Button, Group, Stack, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { NoteInput } from '../timeline.contract.ts';
import { useCreateNote } from './useTimeline.ts';

const messages = {
  'body.too_small': 'timeline.note.empty',
  'body.too_big': 'timeline.note.tooLong',
};

/** A note about the person, for the timeline: a call, a wish, something to remember. */
export function PersonNoteForm({ personId }: { personId: string }) {
  const intl = useIntl();
  const form = useContractForm({ body: '' }, { messages });
  const create = useCreateNote(personId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = form.validate(NoteInput, form.values);
    if (!input) return;
    create.mutate(input.body, {
      onSuccess: () => form.setValues({ body: '' }),
      onError: (error) => form.showServerErrors(error),
    });
  }

  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="xs">
        {create.isError && !form.handlesError(create.error) && <ErrorAlert error={create.error} />}
        <Textarea
          {...form.field('body')}
          label={intl.formatMessage({ id: 'timeline.note.label' })}
          placeholder={intl.formatMessage({ id: 'timeline.note.placeholder' })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={5000}
        />
        <Group>
          <Button type="submit" size="sm" loading={create.isPending}>
            <FormattedMessage id="timeline.note.save" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
