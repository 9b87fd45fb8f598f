import { Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { fieldErrorMessage } from '../../../../platform/web/ui/error-messages.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { ApiError } from '../../../../platform/web/api.ts';
import { reportKinds, type ReportKind } from '../../schedule/activity-types.contract.ts';
import { ReportInput } from '../signups.contract.ts';
import { useActivityTypes } from '../../schedule/web/useActivitiesAdmin.ts';
import { useReport, useSaveReport } from './useSignupsAdmin.ts';

type Values = Record<ReportKind | 'note', string>;

/** The activity report: the numbers its type asks for (leaflets, doors, …) and a short note. */
export function ReportForm({ activityId, typeId }: { activityId: string; typeId: string }) {
  const report = useReport(activityId, true);
  const types = useActivityTypes();
  if (report.isPending || types.isPending) return null;
  if (report.isError)
    return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const type = types.data?.items.find((item) => item.id === typeId);
  const kinds = type ? type.reportKinds : [...reportKinds];
  const saved = report.data.report;
  const initial = Object.fromEntries([
    ...reportKinds.map((kind) => [kind, saved?.[kind] == null ? '' : String(saved[kind])]),
    ['note', saved?.note ?? ''],
  ]) as Values;
  return <ReportFields activityId={activityId} kinds={kinds} initial={initial} saved={saved} />;
}

function ReportFields({
  activityId,
  kinds,
  initial,
  saved,
}: {
  activityId: string;
  kinds: ReportKind[];
  initial: Values;
  saved: { reportedBy: string | null; reportedAt: string } | null;
}) {
  const intl = useIntl();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveReport(activityId);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input: Record<string, unknown> = { note: values.note };
    for (const kind of kinds) {
      const text = values[kind].trim();
      input[kind] = text === '' ? null : /^\d+$/.test(text) ? Number(text) : text;
    }
    const result = ReportInput.safeParse(input);
    if (!result.success) {
      setErrors(Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.code])));
      return;
    }
    setErrors({});
    save.mutate(result.data, {
      onError: (error) => {
        if (error instanceof ApiError)
          setErrors(
            Object.fromEntries(
              error.fieldErrors.map((e) => [e.path.replace(/^body\./, ''), e.code]),
            ),
          );
      },
    });
  }

  const errorFor = (name: string) => {
    const code = errors[name];
    return code
      ? fieldErrorMessage(intl, name, code, { [`${name}.invalid_type`]: 'activities.error.count' })
      : undefined;
  };
  const latest = save.data ?? saved;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {kinds.length === 0 && (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="activities.report.noNumbers" />
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          {kinds.map((kind) => (
            <TextInput
              key={kind}
              inputMode="numeric"
              label={intl.formatMessage({ id: `activities.report.${kind}` })}
              value={values[kind]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, [kind]: value }));
              }}
              error={errorFor(kind)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={intl.formatMessage({ id: 'activities.report.note' })}
          autosize
          minRows={2}
          maxLength={5000}
          value={values.note}
          onChange={(event) => {
            const note = event.currentTarget.value;
            setValues((current) => ({ ...current, note }));
          }}
          error={errorFor('note')}
        />
        {save.isError && !(save.error instanceof ApiError && save.error.fieldErrors.length > 0) && (
          <ErrorAlert error={save.error} />
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            <FormattedMessage id="activities.report.save" />
          </Button>
          {latest && (
            <Text size="sm" c="dimmed" role="status">
              <FormattedMessage
                id="activities.report.saved"
                values={{
                  name: latest.reportedBy ?? '–',
                  when: intl.formatDate(latest.reportedAt, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                }}
              />
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
