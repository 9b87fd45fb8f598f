import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ApiError } from '../../../platform/web/api.ts';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import {
  ALL_MUNICIPALITIES,
  ELECTION_IMPORT_BODY_LIMIT,
  type ElectionImportInput,
} from '../areas.contract.ts';
import { joinResultFiles } from '../result-files.ts';
import { ElectionImportReportView } from './ElectionImportReportView.tsx';
import { municipalityChoices } from './municipality-choices.ts';
import { useImportElection, usePreviewElectionImport } from './useElectionImport.ts';

interface ChosenFile {
  name: string;
  text: string;
}

/** The server's own words for a refused file (Swedish: what, and where), else the usual text. */
function ImportError({ error }: { error: unknown }) {
  const field = error instanceof ApiError ? error.fieldErrors[0] : undefined;
  if (!field) return <ErrorAlert error={error} />;
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {field.message}
      </Text>
    </Alert>
  );
}

/** "Importera valdistrikt": two files and a name → the report → the import. */
export function ElectionImportPage() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [geometry, setGeometry] = useState<ChosenFile | null>(null);
  const [results, setResults] = useState<ChosenFile | null>(null);
  const [election, setElection] = useState('');
  const [municipality, setMunicipality] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = usePreviewElectionImport();
  const importing = useImportElection();

  const input: ElectionImportInput | null =
    geometry && results && election.trim()
      ? {
          geometry: geometry.text,
          results: results.text,
          election: election.trim(),
          ...(municipality ? { municipality } : {}),
        }
      : null;
  const changed = () => {
    preview.reset();
    importing.reset();
  };

  /** One file, or several results files read as one (districts and unallocated votes). */
  async function choose(chosen: File | File[] | null, set: (chosen: ChosenFile | null) => void) {
    changed();
    setFileError(null);
    const files = chosen === null ? [] : Array.isArray(chosen) ? chosen : [chosen];
    if (files.length === 0) return set(null);
    // Both files go in one request, with room for the JSON escaping of their text.
    if (files.reduce((sum, file) => sum + file.size, 0) > ELECTION_IMPORT_BODY_LIMIT / 2.5) {
      setFileError('areas.import.error.tooBig');
      return set(null);
    }
    try {
      const texts = await Promise.all(files.map((file) => file.text()));
      set({
        name: files.map((file) => file.name).join(', '),
        text: texts.length === 1 ? texts[0]! : joinResultFiles(texts),
      });
    } catch {
      setFileError('areas.import.error.unreadable');
      set(null);
    }
  }

  const failure = preview.error ?? importing.error;
  const choices =
    failure instanceof ApiError && failure.fieldErrors[0]?.path === 'body.municipality'
      ? municipalityChoices(failure.fieldErrors[0].message)
      : [];
  const report = importing.data?.report ?? preview.data;

  return (
    <Stack maw={720}>
      <PageTitle>{t('areas.import.title')}</PageTitle>
      <Text size="sm">
        <FormattedMessage id="areas.import.help" />
      </Text>
      <Card withBorder>
        <Stack>
          <FileInput
            label={t('areas.import.geometry')}
            description={t('areas.import.geometry.help')}
            accept=".json,.geojson,application/geo+json,application/json"
            clearable
            onChange={(file) => void choose(file, setGeometry)}
          />
          <FileInput
            label={t('areas.import.results')}
            description={t('areas.import.results.help')}
            accept=".csv,.txt,text/csv"
            multiple
            clearable
            onChange={(files) => void choose(files, setResults)}
          />
          <TextInput
            label={t('areas.import.election')}
            description={t('areas.import.election.help')}
            placeholder={t('areas.import.election.placeholder')}
            maxLength={100}
            required
            value={election}
            onChange={(event) => {
              changed();
              setElection(event.currentTarget.value);
            }}
          />
          {choices.length > 0 || municipality ? (
            <Select
              label={t('areas.import.municipality')}
              description={t('areas.import.municipality.help')}
              data={[
                ...(choices.length > 0 ? choices : [{ code: municipality ?? '', name: '' }])
                  .filter((m) => m.code !== ALL_MUNICIPALITIES)
                  .map((m) => ({ value: m.code, label: m.name ? `${m.code} ${m.name}` : m.code })),
                { value: ALL_MUNICIPALITIES, label: t('areas.import.municipality.all') },
              ]}
              value={municipality}
              searchable
              clearable
              onChange={(value) => {
                changed();
                setMunicipality(value);
              }}
            />
          ) : null}
          {fileError && (
            <Alert color="red" variant="light" role="alert">
              <FormattedMessage id={fileError} />
            </Alert>
          )}
          {failure && <ImportError error={failure} />}
          <Group>
            <Button
              variant="default"
              disabled={!input}
              loading={preview.isPending}
              onClick={() => input && preview.mutate(input)}
            >
              <FormattedMessage id="areas.import.preview" />
            </Button>
            <Button
              disabled={!input || !preview.data || importing.isSuccess}
              loading={importing.isPending}
              onClick={() => input && importing.mutate(input)}
            >
              <FormattedMessage id="areas.import.import" />
            </Button>
          </Group>
        </Stack>
      </Card>
      {importing.data && (
        <Alert color="green" variant="light" role="status">
          <FormattedMessage
            id="areas.import.done"
            values={{
              name: importing.data.election.name,
              districts: importing.data.report.districts,
            }}
          />
        </Alert>
      )}
      {report && (
        <Card withBorder component="section" aria-label={t('areas.import.report')}>
          <ElectionImportReportView report={report} />
        </Card>
      )}
    </Stack>
  );
}
