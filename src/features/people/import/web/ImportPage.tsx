import { Anchor, Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { callApi } from '../../../../platform/web/api.ts';
import { ErrorAlert } from '../../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../../platform/web/ui/PageTitle.tsx';
import { hasRole, useCurrentSession } from '../../../../platform/web/ui/useSession.ts';
import { peopleQueryKey } from '../../../tags/web/useTags.ts';
import { importRoutes } from '../import.contract.ts';
import { ImportFileStep, type ChosenFile } from './ImportFileStep.tsx';
import { ImportMapping, type Mapping } from './ImportMapping.tsx';
import { ImportPreviewRows } from './ImportPreviewRows.tsx';
import { ImportProgressView } from './ImportProgressView.tsx';
import { ImportSummaryView } from './ImportSummaryView.tsx';
import { ImportUndo } from './ImportUndo.tsx';
import { useImportRun } from './useImportRun.ts';

const fileErrors = {
  payload_too_large: 'import.error.tooBig',
  unsupported_media_type: 'import.error.unreadable',
  bad_request: 'import.error.unreadable',
} as const;
const runErrors = {
  ...fileErrors,
  validation: 'import.error.mapping',
  conflict: 'import.error.busy',
  internal: 'import.error.failed',
} as const;

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const intl = useIntl();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {intl.formatMessage({ id: title })}
      </Title>
      {children}
    </Card>
  );
}

/** "Importera": a file → its columns mapped and previewed → a dry run → the import. */
export function ImportPage() {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [onMatch, setOnMatch] = useState<'update' | 'skip'>('update');
  const [newPeopleAre, setNewPeopleAre] = useState<'members' | 'contacts'>('contacts');
  const session = useCurrentSession();

  const preview = useQuery({
    // The file's token stands for its content: hashing megabytes of base64 as a key is slow.
    queryKey: ['import-preview', file?.token, mapping],
    queryFn: () =>
      callApi(importRoutes.previewImport, {
        body: {
          filename: file!.filename,
          contentBase64: file!.contentBase64,
          mapping: mapping ?? undefined,
        },
      }),
    enabled: file !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
  const run = useImportRun({
    onDone: async (summary) => {
      if (!summary.isDryRun) await queryClient.invalidateQueries({ queryKey: peopleQueryKey });
    },
  });
  function start(isDryRun: boolean) {
    run.mutate({
      filename: file!.filename,
      contentBase64: file!.contentBase64,
      mapping: mapping ?? preview.data?.suggestedMapping.targets,
      onMatch,
      newPeopleAre,
      isDryRun,
    });
  }

  function chooseFile(chosen: ChosenFile) {
    setFile(chosen);
    setMapping(null);
    run.reset();
  }
  function changeMapping(next: Mapping) {
    setMapping(next);
    run.reset();
  }

  const summary = run.data;
  const isDone = summary !== undefined && !summary.isDryRun;
  const data = preview.data;
  const shownMapping = mapping ?? data?.suggestedMapping.targets ?? [];

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/people" size="sm">
        <FormattedMessage id="import.back" />
      </Anchor>
      <PageTitle>{intl.formatMessage({ id: 'import.title' })}</PageTitle>
      <Step id="import-file" title="import.step.file">
        <ImportFileStep onChoose={chooseFile} isDisabled={run.isPending} />
      </Step>
      {file && preview.isPending && <PageLoader />}
      {file && preview.isError && (
        <ErrorAlert
          error={preview.error}
          messages={fileErrors}
          onRetry={() => void preview.refetch()}
        />
      )}
      {file && data && (
        <>
          <Step id="import-mapping" title="import.step.mapping">
            <Stack gap="md">
              <Text size="sm">
                <FormattedMessage
                  id="import.detected"
                  values={{
                    rows: data.totalRows,
                    encoding: data.encoding ?? 'XLSX',
                    delimiter: intl.formatMessage({
                      id: `import.delimiter.${delimiterName(data.delimiter)}`,
                    }),
                  }}
                />
              </Text>
              <ImportMapping preview={data} mapping={shownMapping} onChange={changeMapping} />
              <ImportPreviewRows preview={data} />
            </Stack>
          </Step>
          <Step id="import-run" title="import.step.run">
            <Stack gap="md">
              <Radio.Group
                label={intl.formatMessage({ id: 'import.onMatch.label' })}
                value={onMatch}
                onChange={(value) => {
                  setOnMatch(value === 'skip' ? 'skip' : 'update');
                  run.reset();
                }}
              >
                <Stack gap="xs" mt="xs">
                  <Radio
                    value="update"
                    label={intl.formatMessage({ id: 'import.onMatch.update' })}
                  />
                  <Radio value="skip" label={intl.formatMessage({ id: 'import.onMatch.skip' })} />
                </Stack>
              </Radio.Group>
              {!shownMapping.includes('isMember') && (
                <Radio.Group
                  label={intl.formatMessage({ id: 'import.newPeople.label' })}
                  description={intl.formatMessage({ id: 'import.newPeople.noColumn' })}
                  value={newPeopleAre}
                  onChange={(value) => {
                    setNewPeopleAre(value === 'members' ? 'members' : 'contacts');
                    run.reset();
                  }}
                >
                  <Stack gap="xs" mt="xs">
                    <Radio
                      value="contacts"
                      label={intl.formatMessage({ id: 'import.newPeople.contacts' })}
                    />
                    <Radio
                      value="members"
                      label={intl.formatMessage({ id: 'import.newPeople.members' })}
                    />
                  </Stack>
                </Radio.Group>
              )}
              {!isDone && (
                <Group gap="sm">
                  <Button
                    variant="default"
                    onClick={() => start(true)}
                    disabled={run.isPending || preview.isFetching}
                  >
                    <FormattedMessage id="import.dryRunButton" />
                  </Button>
                  <Button
                    onClick={() => start(false)}
                    disabled={run.isPending || preview.isFetching}
                  >
                    <FormattedMessage id="import.runButton" />
                  </Button>
                </Group>
              )}
              {run.isPending && run.progress && <ImportProgressView progress={run.progress} />}
              {run.isError && <ErrorAlert error={run.error} messages={runErrors} />}
              {summary && <ImportSummaryView summary={summary} />}
              {isDone && (
                <Group gap="sm">
                  <Button component={Link} to="/people" variant="light">
                    <FormattedMessage id="import.toPeople" />
                  </Button>
                  <Button component={Link} to="/people/duplicates" variant="default">
                    <FormattedMessage id="import.reviewDuplicates" />
                  </Button>
                </Group>
              )}
              {isDone && summary.importId && hasRole(session, 'admin') && (
                <ImportUndo summary={summary} />
              )}
            </Stack>
          </Step>
        </>
      )}
    </Stack>
  );
}

function delimiterName(delimiter: string | null): string {
  if (delimiter === ';') return 'semicolon';
  if (delimiter === ',') return 'comma';
  if (delimiter === '\t') return 'tab';
  return 'none';
}
