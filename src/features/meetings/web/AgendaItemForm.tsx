import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { callApi } from '../../../platform/web/api.ts';
import { MeetingErrorAlert as ErrorAlert } from './MeetingErrorAlert.tsx';
import { useContractForm } from '../../../platform/web/ui/useContractForm.ts';
import { agendaItemKinds } from '../../../platform/shared/db-values.generated.ts';
import { meetingRoutes } from '../meetings.contract.ts';
import { AgendaItemInput, type AgendaItem } from '../meeting-plan.contract.ts';
import { FormActions } from './FormActions.tsx';
import { PersonField } from './PersonField.tsx';
import type { PickedPerson } from './PersonPicker.tsx';
import { useMeetingChange } from './useMeetings.ts';

/** "Titel | https://…" a line: the documents attached to an item, as links. */
function parseDocuments(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [title, url] = line.includes('|') ? line.split('|').map((p) => p.trim()) : [line, line];
      return { title: title || url || '', url: url ?? '' };
    });
}

const empty = { title: '', kind: 'discussion', description: '', documents: '' };

function valuesOf(item: AgendaItem) {
  const documents = item.documents.map((doc) => `${doc.title} | ${doc.url}`).join('\n');
  return { title: item.title, kind: item.kind as string, description: item.description, documents };
}

/**
 * Adds an item at the end of the agenda, or changes `item`: title, kind, who prepares it,
 * documents.
 */
export function AgendaItemForm({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item?: AgendaItem;
  onDone?: () => void;
}) {
  const intl = useIntl();
  const form = useContractForm(item ? valuesOf(item) : empty);
  const [preparer, setPreparer] = useState<PickedPerson | null>(item?.preparer ?? null);
  const add = useMeetingChange((body: AgendaItemInput) =>
    item
      ? callApi(meetingRoutes.updateAgendaItem, { params: { id: item.id }, body })
      : callApi(meetingRoutes.addAgendaItem, { params: { id: meetingId }, body }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const body = form.validate(AgendaItemInput, {
      ...form.values,
      documents: parseDocuments(form.values.documents),
      preparerPersonId: preparer?.id ?? null,
    });
    if (body)
      add.mutate(body, {
        onSuccess: () => {
          if (onDone) return onDone();
          form.setValues(empty);
          setPreparer(null);
        },
        onError: (e) => form.showServerErrors(e),
      });
  }
  return (
    <form ref={form.ref} onSubmit={submit} noValidate>
      <Stack gap="sm">
        {add.isError && !form.handlesError(add.error) && <ErrorAlert error={add.error} />}
        <Group gap="sm" align="flex-start" wrap="wrap">
          <TextInput
            {...form.field('title')}
            label={intl.formatMessage({ id: 'meetings.agenda.itemTitle' })}
            required
            style={{ flex: '1 1 260px' }}
          />
          <NativeSelect
            {...form.field('kind')}
            label={intl.formatMessage({ id: 'meetings.agenda.kind' })}
            data={agendaItemKinds.map((kind) => ({
              value: kind,
              label: intl.formatMessage({ id: `meetings.itemKind.${kind}` }),
            }))}
          />
        </Group>
        <Textarea
          {...form.field('description')}
          label={intl.formatMessage({ id: 'meetings.agenda.description' })}
          autosize
          minRows={1}
        />
        <PersonField
          label={intl.formatMessage({ id: 'meetings.agenda.preparer' })}
          value={preparer}
          onChange={setPreparer}
          meetingId={meetingId}
          shown={
            preparer
              ? intl.formatMessage({ id: 'meetings.agenda.preparedBy' }, { name: preparer.name })
              : undefined
          }
        />
        <Textarea
          {...form.field('documents')}
          label={intl.formatMessage({ id: 'meetings.agenda.documents' })}
          description={intl.formatMessage({ id: 'meetings.agenda.documentsHint' })}
          autosize
          minRows={1}
        />
        {item && onDone ? (
          <FormActions label="meetings.agenda.save" isPending={add.isPending} onCancel={onDone} />
        ) : (
          <Button type="submit" loading={add.isPending} style={{ alignSelf: 'flex-start' }}>
            <FormattedMessage id="meetings.agenda.add" />
          </Button>
        )}
      </Stack>
    </form>
  );
}
