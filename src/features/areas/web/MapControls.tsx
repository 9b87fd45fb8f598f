import { Group, NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { resultParties, type Election } from '../areas.contract.ts';
import { measures, type Measure } from './district-measures.ts';

/** Which election, which measure colours the map, and which party's share. */
export function MapControls({
  elections,
  electionId,
  onElection,
  measure,
  onMeasure,
  party,
  onParty,
}: {
  elections: readonly Election[];
  electionId: string | null;
  onElection: (id: string) => void;
  measure?: Measure;
  onMeasure?: (measure: Measure) => void;
  party?: string;
  onParty?: (party: string) => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  return (
    <Group align="end" gap="sm">
      <NativeSelect
        label={t('areas.map.election')}
        value={electionId ?? ''}
        onChange={(event) => onElection(event.currentTarget.value)}
        data={elections.map((e) => ({ value: e.id, label: `${e.name} (${e.municipalityName})` }))}
      />
      {measure && onMeasure ? (
        <NativeSelect
          label={t('areas.map.measure')}
          value={measure}
          onChange={(event) => onMeasure(event.currentTarget.value as Measure)}
          data={measures.map((m) => ({
            value: m,
            label: t(`areas.measure.${m}`, { party: party ?? '' }),
          }))}
        />
      ) : null}
      {party && onParty ? (
        <NativeSelect
          label={t('areas.map.party')}
          value={party}
          onChange={(event) => onParty(event.currentTarget.value)}
          data={resultParties
            .filter((p) => p !== 'OVR')
            .map((p) => ({ value: p, label: t(`areas.party.${p}`) }))}
        />
      ) : null}
    </Group>
  );
}
