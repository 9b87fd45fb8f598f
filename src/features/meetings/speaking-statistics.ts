import type { StatisticsGender } from './meeting-live.contract.ts';

// Speaking statistics: turns and seconds by self-stated gender, by first-time and other speakers
// and by speech or reply: totals only. Shared by the server (the answer, the plan's numbers) and
// the web (the chair's live figures between polls).

export interface Turn {
  personId: string | null;
  /** As stated by the person when put on the list; null: not stated. */
  gender: 'woman' | 'man' | 'other' | null;
  kind: 'speech' | 'reply';
  isFirstTime: boolean;
  startedAt: Date;
  /** Null: still speaking (counted up to `now`). */
  endedAt: Date | null;
}

export interface Totals {
  turns: number;
  seconds: number;
  /** Distinct people behind the turns (a turn whose person was erased counts as one). */
  speakers: number;
}

export type ByGender = Record<StatisticsGender, Totals>;

/** Whole seconds of a turn, up to `now` while it runs. */
export function turnSeconds(turn: Pick<Turn, 'startedAt' | 'endedAt'>, now: Date): number {
  const end = turn.endedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - turn.startedAt.getTime()) / 1000));
}

export function totalsOf(turns: readonly Turn[], now: Date): Totals {
  const people = new Set<string>();
  let anonymous = 0;
  let seconds = 0;
  for (const turn of turns) {
    seconds += turnSeconds(turn, now);
    if (turn.personId === null) anonymous += 1;
    else people.add(turn.personId);
  }
  return { turns: turns.length, seconds, speakers: people.size + anonymous };
}

export function genderOf(turn: Pick<Turn, 'gender'>): StatisticsGender {
  return turn.gender ?? 'not_stated';
}

export function byGender(turns: readonly Turn[], now: Date): ByGender {
  const of = (gender: StatisticsGender) =>
    totalsOf(
      turns.filter((turn) => genderOf(turn) === gender),
      now,
    );
  return { woman: of('woman'), man: of('man'), other: of('other'), not_stated: of('not_stated') };
}

export function speakingStatistics(turns: readonly Turn[], now: Date) {
  return {
    total: totalsOf(turns, now),
    byGender: byGender(turns, now),
    byFirstTime: {
      firstTime: totalsOf(
        turns.filter((turn) => turn.isFirstTime),
        now,
      ),
      other: totalsOf(
        turns.filter((turn) => !turn.isFirstTime),
        now,
      ),
    },
    byKind: {
      speech: totalsOf(
        turns.filter((turn) => turn.kind === 'speech'),
        now,
      ),
      reply: totalsOf(
        turns.filter((turn) => turn.kind === 'reply'),
        now,
      ),
    },
  };
}
