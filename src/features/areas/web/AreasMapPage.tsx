import { Alert, Box, Stack, Switch } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import type { PriorityArea, RankingWeights } from '../areas.contract.ts';
import { priorityScores, rankDistricts } from '../priority-score.ts';
import { lastDays } from './coverage-period.ts';
import { AreasTabs } from './AreasTabs.tsx';
import { DistrictDetails } from './DistrictDetails.tsx';
import type { DistrictStyle } from './DistrictMap.tsx';
import { colourScale, districtRows, formatMeasure, type Measure } from './district-measures.ts';
import { DistrictTable } from './DistrictTable.tsx';
import { LazyDistrictMap } from './LazyDistrictMap.tsx';
import { MapControls } from './MapControls.tsx';
import { MapLegend, SourceLine } from './MapLegend.tsx';
import { PriorityAreaForm } from './PriorityAreaForm.tsx';
import { PriorityAreasList } from './PriorityAreasList.tsx';
import {
  useCoverage,
  useLocalGroupDistricts,
  usePriorityAreas,
  useUpdateAreaSettings,
} from './useAreas.ts';
import { useMapBase } from './useMapBase.ts';
import { WeightsPanel } from './WeightsPanel.tsx';

export const SELECTED_COLOUR = '#c92a2a';
const period = lastDays(90);
const DEFAULT_WEIGHTS: RankingWeights = {
  lowTurnout: 1,
  partyShare: 1,
  eligibleVoters: 0,
  nonVoters: 0,
};

/** "Karta": the districts coloured by a measure, the ranking's weights, picking priority areas. */
export function AreasMapPage() {
  const intl = useIntl();
  const base = useMapBase();
  const priorityAreas = usePriorityAreas();
  const groups = useLocalGroupDistricts();
  const coverage = useCoverage(base.electionId ? { ...period, electionId: base.electionId } : null);
  const saveSettings = useUpdateAreaSettings();
  const [measure, setMeasure] = useState<Measure>('priority');
  const [chosenParty, setParty] = useState<string | null>(null);
  const [chosenWeights, setWeights] = useState<RankingWeights | null>(null);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [editing, setEditing] = useState<PriorityArea | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [isPicking, setIsPicking] = useState(false);

  const party = chosenParty ?? base.settings?.party ?? 'V';
  const weights = chosenWeights ?? base.settings?.weights ?? DEFAULT_WEIGHTS;
  const districts = useMemo(() => base.election?.districts ?? [], [base.election]);
  const scores = useMemo(
    () => priorityScores(districts, party, weights),
    [districts, party, weights],
  );
  const rows = useMemo(() => districtRows(districts, party, scores), [districts, party, scores]);
  const byCode = useMemo(() => new Map(rows.map((row) => [row.code, row])), [rows]);
  const scale = useMemo(() => colourScale(rows.map((row) => row[measure])), [rows, measure]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const format = (value: number | null) => formatMeasure(measure, value, intl.locale);

  const styleOf = useCallback(
    (code: string): DistrictStyle => ({
      fillColor: scale.colourOf(byCode.get(code)?.[measure] ?? null),
      ...(selectedSet.has(code) ? { color: SELECTED_COLOUR, weight: 3 } : {}),
    }),
    [scale, byCode, measure, selectedSet],
  );
  const tooltipOf = useCallback(
    (code: string, name: string) =>
      `${name}: ${formatMeasure(measure, byCode.get(code)?.[measure] ?? null, intl.locale)}`,
    [byCode, measure, intl.locale],
  );
  const toggle = useCallback(
    (code: string) =>
      setSelected((codes) =>
        codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code],
      ),
    [],
  );
  const openDistrict = useCallback(
    (code: string) => (isPicking ? toggle(code) : setOpen(code)),
    [toggle, isPicking],
  );

  if (base.isLoading) return <PageLoader />;
  if (base.error) return <ErrorAlert error={base.error} />;
  const title = intl.formatMessage({ id: 'areas.map.title' });
  if (!base.election || !base.elections)
    return (
      <Stack>
        <PageTitle>{title}</PageTitle>
        <AreasTabs />
        <Alert variant="light">
          <FormattedMessage id="areas.map.noElection" />
        </Alert>
      </Stack>
    );

  const openResult = districts.find((d) => d.code === open);
  const measureLabel = intl.formatMessage({ id: `areas.measure.${measure}` }, { party });
  return (
    <Stack>
      <PageTitle>{title}</PageTitle>
      <AreasTabs />
      <MapControls
        elections={base.elections}
        electionId={base.electionId}
        onElection={(id) => {
          base.setElectionId(id);
          setSelected([]);
          setOpen(null);
        }}
        measure={measure}
        onMeasure={setMeasure}
        party={party}
        onParty={setParty}
      />
      {/* The details sit beside the map on a laptop, below it on a phone. */}
      <Box style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-start' }}>
        <Stack gap="xs" style={{ flex: '2 1 480px', minWidth: 0 }}>
          {base.bounds ? (
            <LazyDistrictMap
              electionId={base.election.id}
              bounds={base.bounds}
              tiles={base.tiles}
              label={intl.formatMessage({ id: 'areas.map.label' }, { measure: measureLabel })}
              styleOf={styleOf}
              tooltipOf={tooltipOf}
              onOpen={openDistrict}
            />
          ) : null}
          <Switch
            label={intl.formatMessage({ id: 'areas.map.pickOnClick' })}
            checked={isPicking}
            onChange={(event) => setIsPicking(event.currentTarget.checked)}
          />
          <MapLegend
            title={measureLabel}
            scale={scale}
            format={format}
            marks={[
              {
                label: intl.formatMessage({ id: 'areas.legend.selected' }),
                colour: SELECTED_COLOUR,
                isOutline: true,
              },
            ]}
          />
          <SourceLine />
        </Stack>
        {openResult ? (
          <Box style={{ flex: '1 1 280px' }}>
            <DistrictDetails
              district={openResult}
              party={party}
              coverage={coverage.data?.districts.find((d) => d.code === openResult.code)}
              activityTypes={coverage.data?.activityTypes ?? []}
              groups={(groups.data?.items ?? [])
                .filter((g) => g.districtCodes.includes(openResult.code))
                .map((g) => g.name)}
              priorityAreas={(priorityAreas.data?.items ?? [])
                .filter((a) => a.districtCodes.includes(openResult.code))
                .map((a) => a.name)}
              onClose={() => setOpen(null)}
            />
          </Box>
        ) : null}
      </Box>
      <WeightsPanel
        weights={weights}
        party={party}
        onChange={setWeights}
        isSaving={saveSettings.isPending}
        onSave={() =>
          base.settings &&
          saveSettings.mutate({
            ...base.settings,
            weights,
            party: party as typeof base.settings.party,
          })
        }
      />
      <PriorityAreaForm
        selected={selected}
        onPickTop={(count) => setSelected(rankDistricts(scores, count))}
        onClear={() => {
          setSelected([]);
          setEditing(null);
        }}
        editing={editing}
        onSaved={() => {
          setSelected([]);
          setEditing(null);
        }}
      />
      <PriorityAreasList
        areas={priorityAreas.data?.items ?? []}
        onShow={(area) => setSelected(area.districtCodes)}
        onEdit={(area) => {
          setEditing(area);
          setSelected(area.districtCodes);
        }}
      />
      <DistrictTable
        rows={rows}
        party={party}
        selected={selectedSet}
        onToggle={toggle}
        onOpen={setOpen}
      />
      <SourceLine />
    </Stack>
  );
}
