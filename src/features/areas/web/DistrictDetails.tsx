import { Badge, Card, CloseButton, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import {
  resultParties,
  type Coverage,
  type CoverageReport,
  type DistrictResult,
} from '../areas.contract.ts';

const partyColours: Record<string, string> = {
  M: '#1b81c5',
  C: '#009933',
  L: '#006ab3',
  KD: '#000077',
  S: '#e8112d',
  V: '#b0161e',
  MP: '#5a9e26',
  SD: '#b8a400',
  OVR: '#777777',
};

/** The parties' shares of the valid votes as horizontal bars (plain HTML: no chart library). */
function ResultBars({ district, party }: { district: DistrictResult; party: string }) {
  const intl = useIntl();
  if (!district.partyVotes || !district.validVotes) return null;
  const valid = district.validVotes;
  const percent = (votes: number) =>
    intl.formatNumber(votes / valid, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <Stack gap={4} role="list" aria-label={intl.formatMessage({ id: 'areas.details.results' })}>
      {resultParties.map((key) => {
        const votes = district.partyVotes?.[key] ?? 0;
        const name = intl.formatMessage({ id: `areas.party.${key}` });
        return (
          <Group key={key} gap={6} wrap="nowrap" role="listitem">
            <Text size="xs" w={34} fw={key === party ? 700 : 400}>
              {key === 'OVR' ? intl.formatMessage({ id: 'areas.party.OVR.short' }) : key}
            </Text>
            <div style={{ flex: 1, background: '#f1f3f5', height: 12 }} title={name}>
              <div
                style={{
                  width: `${(votes / valid) * 100}%`,
                  height: '100%',
                  background: partyColours[key],
                }}
              />
            </div>
            <Text size="xs" w={48} ta="end">
              {percent(votes)}
            </Text>
          </Group>
        );
      })}
    </Stack>
  );
}

function ActivitiesHeld({
  coverage,
  types,
}: {
  coverage: Coverage | undefined;
  types: CoverageReport['activityTypes'];
}) {
  if (!coverage) return null;
  const byType = Object.entries(coverage.byType).filter(([, count]) => count > 0);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        <FormattedMessage id="areas.details.activities" values={{ count: coverage.activities }} />
      </Text>
      {byType.map(([id, count]) => (
        <Text key={id} size="sm">
          {types.find((t) => t.id === id)?.name ?? id}: {count}
        </Text>
      ))}
      <Text size="sm">
        {coverage.daysSinceLast === null ? (
          <FormattedMessage id="areas.details.never" />
        ) : (
          <FormattedMessage id="areas.details.lastDays" values={{ days: coverage.daysSinceLast }} />
        )}
      </Text>
    </Stack>
  );
}

/** What a click on a district opens: its results, turnout, activities there and its groups. */
export function DistrictDetails({
  district,
  party,
  coverage,
  activityTypes,
  groups,
  priorityAreas,
  onClose,
}: {
  district: DistrictResult;
  party: string;
  coverage?: Coverage;
  activityTypes: CoverageReport['activityTypes'];
  groups: string[];
  priorityAreas: string[];
  onClose: () => void;
}) {
  const intl = useIntl();
  const titleRef = useRef<HTMLHeadingElement>(null);
  // A district opened from the map or the keyboard: its details are where focus (and a phone's
  // screen, below the map) goes.
  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
    titleRef.current?.scrollIntoView?.({ block: 'center' });
  }, [district.code]);
  const number = (value: number | null) => (value === null ? '–' : intl.formatNumber(value));
  return (
    <Card withBorder aria-labelledby="district-details-title">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="district-details-title" ref={titleRef} tabIndex={-1}>
            {district.name}
          </Title>
          <CloseButton
            aria-label={intl.formatMessage({ id: 'areas.details.close' })}
            onClick={onClose}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {district.code}
        </Text>
        {district.turnout === null ? (
          <Text size="sm">
            <FormattedMessage id="areas.details.noResults" />
          </Text>
        ) : (
          <Text size="sm">
            <FormattedMessage
              id="areas.details.turnout"
              values={{
                turnout: intl.formatNumber(district.turnout, {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }),
                cast: number(district.votesCast),
                eligible: number(district.eligibleVoters),
              }}
            />
          </Text>
        )}
        <ResultBars district={district} party={party} />
        <ActivitiesHeld coverage={coverage} types={activityTypes} />
        <Group gap={4}>
          {groups.map((name) => (
            <Badge key={name} variant="light">
              {name}
            </Badge>
          ))}
          {priorityAreas.map((name) => (
            <Badge key={name} variant="outline" color="red">
              {name}
            </Badge>
          ))}
        </Group>
        {groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            <FormattedMessage id="areas.details.noGroup" />
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
