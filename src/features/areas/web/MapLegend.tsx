import { Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { ELECTION_DATA_SOURCE } from '../areas.contract.ts';
import { NO_DATA_COLOUR, type ColourScale } from './district-measures.ts';

export interface LegendMark {
  label: string;
  colour: string;
  /** Drawn as an outline (selection, neglect) rather than a fill. */
  isOutline?: boolean;
}

function Swatch({ colour, isOutline }: { colour: string; isOutline?: boolean }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        width: 16,
        height: 12,
        background: isOutline ? 'transparent' : colour,
        border: isOutline ? `3px solid ${colour}` : '1px solid #666',
      }}
    />
  );
}

/** The colours' meaning, below the map: the measure's classes, then the marks. */
export function MapLegend({
  title,
  scale,
  format,
  marks = [],
}: {
  title: string;
  scale: ColourScale | null;
  format: (value: number) => string;
  marks?: LegendMark[];
}) {
  return (
    <Group gap="md" role="group" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {scale?.classes.map((c) => (
        <Group key={c.colour} gap={4} wrap="nowrap">
          <Swatch colour={c.colour} />
          <Text size="xs">
            {format(c.from)}–{format(c.to)}
          </Text>
        </Group>
      ))}
      {scale ? (
        <Group gap={4} wrap="nowrap">
          <Swatch colour={NO_DATA_COLOUR} />
          <Text size="xs">
            <FormattedMessage id="areas.legend.noData" />
          </Text>
        </Group>
      ) : null}
      {marks.map((mark) => (
        <Group key={mark.label} gap={4} wrap="nowrap">
          <Swatch colour={mark.colour} isOutline={mark.isOutline} />
          <Text size="xs">{mark.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** The data's source line, under every map and table of it (Valmyndigheten's terms). */
export function SourceLine() {
  return (
    <Text size="xs" c="dimmed">
      {ELECTION_DATA_SOURCE}
    </Text>
  );
}
