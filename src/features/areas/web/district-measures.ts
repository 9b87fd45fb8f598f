import type { DistrictResult } from '../areas.contract.ts';

// What the map colours districts by, and how: each measure's value per district, five classes
// of equal width between the lowest and highest value, and a sequential palette that reads in
// greyscale too (light = low, dark = high).

export const measures = [
  'turnout',
  'partyShare',
  'eligibleVoters',
  'nonVoters',
  'priority',
] as const;
export type Measure = (typeof measures)[number];

/** One district's measures; null where it has no results. */
export interface DistrictRow {
  code: string;
  name: string;
  turnout: number | null;
  partyShare: number | null;
  eligibleVoters: number | null;
  nonVoters: number | null;
  /** 0–1, from the weights; null without results. */
  priority: number | null;
}

export function districtRows(
  districts: readonly DistrictResult[],
  party: string,
  scores: ReadonlyMap<string, number>,
): DistrictRow[] {
  return districts.map((d) => ({
    code: d.code,
    name: d.name,
    turnout: d.turnout,
    partyShare: d.partyVotes && d.validVotes ? (d.partyVotes[party] ?? 0) / d.validVotes : null,
    eligibleVoters: d.eligibleVoters,
    nonVoters:
      d.eligibleVoters !== null && d.votesCast !== null
        ? Math.max(0, d.eligibleVoters - d.votesCast)
        : null,
    priority: scores.get(d.code) ?? null,
  }));
}

export const palette = ['#d0d1e6', '#a6bddb', '#74a9cf', '#2b8cbe', '#045a8d'] as const;
export const NO_DATA_COLOUR = '#d9d9d9';

export interface ColourScale {
  colourOf: (value: number | null) => string;
  /** The classes' lower and upper bounds, lowest first. */
  classes: Array<{ from: number; to: number; colour: string }>;
}

export function colourScale(values: ReadonlyArray<number | null>): ColourScale {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { colourOf: () => NO_DATA_COLOUR, classes: [] };
  const [min, max] = [Math.min(...present), Math.max(...present)];
  const step = (max - min) / palette.length;
  const classes = palette.map((colour, index) => ({
    from: min + step * index,
    to: index === palette.length - 1 ? max : min + step * (index + 1),
    colour,
  }));
  const colourOf = (value: number | null) => {
    if (value === null) return NO_DATA_COLOUR;
    if (step === 0) return palette[palette.length - 1]!;
    const index = Math.min(palette.length - 1, Math.floor((value - min) / step));
    return palette[index]!;
  };
  return { colourOf, classes };
}

const isShare = (measure: Measure) => measure === 'turnout' || measure === 'partyShare';

/** A measure's value as the table and legend show it, in the reader's locale. */
export function formatMeasure(measure: Measure, value: number | null, locale: string): string {
  if (value === null) return '–';
  if (isShare(measure))
    return new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
  if (measure === 'priority')
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value * 100);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}
