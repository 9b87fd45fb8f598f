import { Alert, Button, Card, Group, List, Radio, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { fieldErrorMessage } from '../../../../platform/web/ui/error-messages.ts';
import { editScopes, type Activity } from '../../schedule/activities.contract.ts';
import { ActivityEditorBasics } from './ActivityEditorBasics.tsx';
import { ActivityEditorDescription } from '../../schedule/web/ActivityEditorDescription.tsx';
import { ActivityEditorPlace } from '../../schedule/web/ActivityEditorPlace.tsx';
import { ActivityEditorPublishing } from '../../schedule/web/ActivityEditorPublishing.tsx';
import { ActivityEditorShifts } from '../../schedule/web/ActivityEditorShifts.tsx';
import { ActivityEditorTime } from '../../schedule/web/ActivityEditorTime.tsx';
import {
  validateEditor,
  valuesOf,
  type EditorErrors,
  type EditorValues,
} from '../../schedule/web/activity-editor-form.ts';
import {
  createFromEditor,
  EditorSaveError,
  updateFromEditor,
} from '../../schedule/web/activity-editor-save.ts';
import { editorMessages } from '../../schedule/web/activity-editor-messages.ts';
import { editorWarnings, warningText } from '../../schedule/web/activity-editor-warnings.ts';
import { activitiesQueryKey } from '../../schedule/web/useActivities.ts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Card>
  );
}

/** The activity editor: a new activity (or series) without `activity`, else a change to it. */
export function ActivityEditorForm({
  activity,
  initial,
}: {
  activity?: z.output<typeof Activity>;
  initial: EditorValues;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(initial);
  const [original, setOriginal] = useState(initial);
  const [errors, setErrors] = useState<EditorErrors>({});
  // Set once the organizer has seen the warnings and pressed save again.
  const [isWarned, setIsWarned] = useState(false);
  const warnings = editorWarnings(values, activity ? original : null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusError = useRef(false);

  useEffect(() => {
    if (!focusError.current) return;
    focusError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function set(patch: Partial<EditorValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors({});
    setIsWarned(false);
  }

  function errorFor(path: string): string | undefined {
    const code = errors[path];
    if (!code) return undefined;
    const field =
      path
        .split('.')
        .filter((part) => !/^\d+$/.test(part))
        .at(-1) ?? path;
    return fieldErrorMessage(intl, field, code, editorMessages);
  }

  const save = useMutation({
    mutationFn: async (): Promise<string> => {
      if (!activity) return createFromEditor(values);
      await updateFromEditor(
        values,
        original,
        activity.id,
        (saved) => setOriginal({ ...valuesOf(saved), scope: values.scope }),
        (rowKey, shiftId) =>
          setValues((current) => ({
            ...current,
            shifts: current.shifts.map((row) =>
              row.key === rowKey ? { ...row, id: shiftId } : row,
            ),
          })),
      );
      return activity.id;
    },
    onSuccess: async (id) => {
      await queryClient.invalidateQueries({ queryKey: activitiesQueryKey });
      await navigate(`/activities/${id}/manage`);
    },
    onError: (error) => {
      if (error instanceof EditorSaveError) {
        focusError.current = true;
        setErrors(error.errors);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateEditor(values, !activity);
    focusError.current = true;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (warnings.length > 0 && !isWarned) return setIsWarned(true);
    save.mutate();
  }

  const sectionProps = { values, set, errorFor };
  const hasErrors = Object.keys(errors).length > 0;
  const cause = save.error instanceof EditorSaveError ? save.error.cause : save.error;
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <Section id="editor-basics" title={intl.formatMessage({ id: 'activities.editor.basics' })}>
          <ActivityEditorBasics {...sectionProps} activity={activity} />
        </Section>
        <Section id="editor-time" title={intl.formatMessage({ id: 'activities.editor.time' })}>
          <ActivityEditorTime {...sectionProps} isNew={!activity} />
        </Section>
        <Section id="editor-place" title={intl.formatMessage({ id: 'activities.field.place' })}>
          <ActivityEditorPlace {...sectionProps} />
        </Section>
        <Section
          id="editor-description"
          title={intl.formatMessage({ id: 'activities.field.description' })}
        >
          <ActivityEditorDescription
            {...sectionProps}
            savedHtml={activity?.descriptionHtml ?? null}
            savedSource={activity?.description ?? null}
          />
        </Section>
        <Section id="editor-shifts" title={intl.formatMessage({ id: 'activities.shifts' })}>
          <ActivityEditorShifts {...sectionProps} warnings={warnings} />
        </Section>
        <Section
          id="editor-publishing"
          title={intl.formatMessage({ id: 'activities.editor.publishing' })}
        >
          <ActivityEditorPublishing {...sectionProps} />
        </Section>
        {activity?.seriesId && (
          <Radio.Group
            label={intl.formatMessage({ id: 'activities.editor.scope' })}
            value={values.scope}
            onChange={(scope) => set({ scope: scope === 'following' ? 'following' : 'one' })}
          >
            <Stack gap={6} mt={4}>
              {editScopes.map((scope) => (
                <Radio
                  key={scope}
                  value={scope}
                  label={intl.formatMessage({ id: `activities.editor.scope.${scope}` })}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {hasErrors && (
          <Alert color="red" variant="light" role="alert">
            <FormattedMessage id="error.fieldErrors" />
          </Alert>
        )}
        {isWarned && warnings.length > 0 && (
          <Alert
            color="yellow"
            variant="light"
            role="alert"
            title={intl.formatMessage({ id: 'activities.editor.warning.title' })}
          >
            <List size="sm">
              {warnings.map((warning) => (
                <List.Item key={`${warning.kind}-${'number' in warning ? warning.number : 0}`}>
                  {warningText(intl, warning, values)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {save.isError && !hasErrors && <ErrorAlert error={cause} />}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage
              id={
                isWarned && warnings.length > 0
                  ? 'activities.editor.warning.saveAnyway'
                  : activity
                    ? 'common.save'
                    : 'activities.editor.create'
              }
            />
          </Button>
          <Button
            variant="default"
            onClick={() =>
              void navigate(activity ? `/activities/${activity.id}/manage` : '/activities')
            }
          >
            <FormattedMessage id="common.cancel" />
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
