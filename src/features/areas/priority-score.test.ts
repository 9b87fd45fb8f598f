import { describe, expect, it } from 'vitest';
import { priorityScores, rankDistricts, type ScoredDistrict } from './priority-score.ts';

const district = (
  code: string,
  eligibleVoters: number,
  votesCast: number,
  v: number,
): ScoredDistrict => ({
  code,
  eligibleVoters,
  votesCast,
  validVotes: votesCast,
  partyVotes: { V: v, S: votesCast - v },
});

const districts = [
  district('01260001', 1000, 900, 90), // turnout 90 %, V 10 %
  district('01260002', 1000, 600, 120), // turnout 60 %, V 20 %
  district('01260003', 2000, 1500, 450), // turnout 75 %, V 30 %
  { code: '01260004', eligibleVoters: null, votesCast: null, validVotes: null, partyVotes: null },
];
const none = { lowTurnout: 0, partyShare: 0, eligibleVoters: 0, nonVoters: 0 };

describe('the priority score', () => {
  it('scales each criterion 0–1 across the districts and takes the weighted mean', () => {
    const scores = priorityScores(districts, 'V', { ...none, lowTurnout: 1, partyShare: 1 });
    // low turnout scaled: 0, 1, 0.5; V share scaled: 0, 0.5, 1
    expect(scores.get('01260001')).toBeCloseTo(0);
    expect(scores.get('01260002')).toBeCloseTo(0.75);
    expect(scores.get('01260003')).toBeCloseTo(0.75);
    expect(scores.has('01260004')).toBe(false);
  });

  it('follows the weights', () => {
    const turnoutOnly = priorityScores(districts, 'V', { ...none, lowTurnout: 1 });
    expect(rankDistricts(turnoutOnly)).toEqual(['01260002', '01260003', '01260001']);
    const shareHeavy = priorityScores(districts, 'V', { ...none, lowTurnout: 1, partyShare: 3 });
    expect(rankDistricts(shareHeavy, 2)).toEqual(['01260003', '01260002']);
    // non-voters: 100, 400, 500
    const nonVoters = priorityScores(districts, 'V', { ...none, nonVoters: 2 });
    expect(nonVoters.get('01260002')).toBeCloseTo(0.75);
    expect(rankDistricts(nonVoters)[0]).toBe('01260003');
  });

  it('is 0 everywhere when every weight is 0, and ties rank by code', () => {
    const scores = priorityScores(districts, 'V', none);
    expect([...scores.values()]).toEqual([0, 0, 0]);
    expect(rankDistricts(scores)).toEqual(['01260001', '01260002', '01260003']);
  });
});
