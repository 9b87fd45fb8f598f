import type { RankingWeights } from './areas.contract.ts';

// The priority score, shared by the map (live, as the sliders move) and the server (the demo's
// priority areas). Each criterion is scaled to 0–1 across the districts that have results
// (min–max: the lowest district 0, the highest 1; all equal → 0), and the score is the
// weighted mean of the scaled criteria: Σ wᵢ·xᵢ / Σ wᵢ, 0–1 (0 when every weight is 0).

/** What the score needs of a district (a `DistrictResult` fits). */
export interface ScoredDistrict {
  code: string;
  eligibleVoters: number | null;
  votesCast: number | null;
  validVotes: number | null;
  partyVotes: Record<string, number> | null;
}

export type Criterion = keyof RankingWeights;
export const criteria: readonly Criterion[] = [
  'lowTurnout',
  'partyShare',
  'eligibleVoters',
  'nonVoters',
];

/** A district's raw criteria; null without results (or without voters). */
export function districtCriteria(
  district: ScoredDistrict,
  party: string,
): Record<Criterion, number> | null {
  const { eligibleVoters, votesCast, validVotes, partyVotes } = district;
  if (eligibleVoters === null || votesCast === null || validVotes === null || !partyVotes)
    return null;
  if (eligibleVoters <= 0 || validVotes <= 0) return null;
  return {
    lowTurnout: 1 - votesCast / eligibleVoters,
    partyShare: (partyVotes[party] ?? 0) / validVotes,
    eligibleVoters,
    nonVoters: Math.max(0, eligibleVoters - votesCast),
  };
}

/** Every scored district's score, 0–1; districts without results have none. */
export function priorityScores(
  districts: readonly ScoredDistrict[],
  party: string,
  weights: RankingWeights,
): Map<string, number> {
  const measured = districts.flatMap((district) => {
    const values = districtCriteria(district, party);
    return values ? [{ code: district.code, values }] : [];
  });
  const total = criteria.reduce((sum, criterion) => sum + weights[criterion], 0);
  const scaled = criteria.map((criterion) => {
    const values = measured.map((d) => d.values[criterion]);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    return (value: number) => (max > min ? (value - min) / (max - min) : 0);
  });
  return new Map(
    measured.map(({ code, values }) => {
      if (total === 0) return [code, 0];
      const sum = criteria.reduce(
        (acc, criterion, index) => acc + weights[criterion] * scaled[index]!(values[criterion]),
        0,
      );
      return [code, sum / total];
    }),
  );
}

/** District codes by score, highest first (ties by code), at most `count`. */
export function rankDistricts(scores: ReadonlyMap<string, number>, count = Infinity): string[] {
  return [...scores]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, count)
    .map(([code]) => code);
}
