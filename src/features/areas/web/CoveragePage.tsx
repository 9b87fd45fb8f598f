import { Alert, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../platform/web/ui/ErrorAlert.tsx';
import { PageLoader } from '../../../platform/web/ui/PageLoader.tsx';
import { PageTitle } from '../../../platform/web/ui/PageTitle.tsx';
import { AreasTabs } from './AreasTabs.tsx';
import { lastDays } from './coverage-period.ts';
import { CoverageTables } from './CoverageTables.tsx';
import type { DistrictStyle } from './DistrictMap.tsx';
import { colourScale } from './district-measures.ts';
import { LazyDistrictMap } from './LazyDistrictMap.tsx';
import { MapControls } from './MapControls.tsx';
import { MapLegend, SourceLine } from './MapLegend.tsx';
import { useCoverage, usePriorityAreas } from './useAreas.ts';
import { useMapBase } from './useMapBase.ts';

export const NEGLECTED_COLOUR = '#e03131';
const PRIORITY_OUTLINE = '#1b1b1b';

/**
 * "Täckning": what was done where in a period (the last 90 days unless changed), on the map
 * (activities per district) with the layer of neglected priority districts, and as tables.
 */
export function CoveragePage() {
  const intl = useIntl();
  const base = useMapBase();
  const [period, setPeriod] = useState(() => lastDays(90));
  const [isNeglectShown, setIsNeglectShown] = useState(true);
  const isValid = Boolean(period.from && period.to && period.from <= period.to);
  const coverage = useCoverage(
    base.electionId && isValid ? { ...period, electionId: base.electionId } : null,
  );
  const priorityAreas = usePriorityAreas();
  const report = coverage.data;

  const activitiesByCode = useMemo(
    () => new Map((report?.districts ?? []).map((d) => [d.code, d.activities])),
    [report],
  );
  const priorityCodes = useMemo(
    () => new Set((priorityAreas.data?.items ?? []).flatMap((a) => a.districtCodes)),
    [priorityAreas.data],
  );
  const scale = useMemo(() => colourScale([...activitiesByCode.values()]), [activitiesByCode]);
  const styleOf = useCallback(
    (code: string): DistrictStyle => {
      const activities = activitiesByCode.get(code) ?? 0;
      const base = { fillColor: scale.colourOf(activities) };
      if (!priorityCodes.has(code)) return base;
      if (isNeglectShown && activities === 0)
        return { fillColor: NEGLECTED_COLOUR, fillOpacity: 0.75, color: '#7a0b0b', weight: 3 };
      return { ...base, color: PRIORITY_OUTLINE, weight: 2.5 };
    },
    [activitiesByCode, scale, priorityCodes, isNeglectShown],
  );
  const tooltipOf = useCallback(
    (code: string, name: string) =>
      intl.formatMessage(
        { id: 'areas.coverage.tooltip' },
        { name, count: activitiesByCode.get(code) ?? 0 },
      ),
    [activitiesByCode, intl],
  );

  const title = intl.formatMessage({ id: 'areas.coverage.title' });
  if (base.isLoading) return <PageLoader />;
  if (base.error) return <ErrorAlert error={base.error} />;
  const neglected = [...priorityCodes].filter((code) => !activitiesByCode.get(code)).length;
  return (
    <Stack>
      <PageTitle>{title}</PageTitle>
      <AreasTabs />
      {!base.election || !base.elections ? (
        <Alert variant="light">
          <FormattedMessage id="areas.map.noElection" />
        </Alert>
      ) : (
        <>
          <Group align="end">
            <MapControls
              elections={base.elections}
              electionId={base.electionId}
              onElection={base.setElectionId}
            />
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'areas.coverage.from' })}
              value={period.from}
              onChange={(event) => setPeriod({ ...period, from: event.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'areas.coverage.to' })}
              value={period.to}
              onChange={(event) => setPeriod({ ...period, to: event.currentTarget.value })}
              error={isValid ? undefined : intl.formatMessage({ id: 'areas.coverage.badPeriod' })}
            />
          </Group>
          <Switch
            label={intl.formatMessage({ id: 'areas.coverage.neglectLayer' })}
            checked={isNeglectShown}
            onChange={(event) => setIsNeglectShown(event.currentTarget.checked)}
          />
          {report && isNeglectShown ? (
            <Text size="sm" fw={600} aria-live="polite">
              <FormattedMessage id="areas.coverage.neglected" values={{ count: neglected }} />
            </Text>
          ) : null}
          {base.bounds ? (
            <LazyDistrictMap
              electionId={base.election.id}
              bounds={base.bounds}
              tiles={base.tiles}
              label={title}
              styleOf={styleOf}
              tooltipOf={tooltipOf}
              onOpen={() => undefined}
            />
          ) : null}
          <MapLegend
            title={intl.formatMessage({ id: 'areas.coverage.activities' })}
            scale={scale}
            format={(value) => intl.formatNumber(value, { maximumFractionDigits: 0 })}
            marks={[
              ...(isNeglectShown
                ? [
                    {
                      label: intl.formatMessage({ id: 'areas.legend.neglected' }),
                      colour: NEGLECTED_COLOUR,
                    },
                  ]
                : []),
              {
                label: intl.formatMessage({ id: 'areas.legend.priority' }),
                colour: PRIORITY_OUTLINE,
                isOutline: true,
              },
            ]}
          />
          <SourceLine />
          {coverage.error ? <ErrorAlert error={coverage.error} /> : null}
          {report ? (
            <>
              <Text size="sm">
                <FormattedMessage
                  id="areas.coverage.unplaced"
                  values={{ count: report.unplaced }}
                />
              </Text>
              <CoverageTables report={report} />
            </>
          ) : null}
        </>
      )}
    </Stack>
  );
}
