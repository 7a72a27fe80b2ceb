/**
 * Ranks, percentiles and PAPI's quartile groups. PAPI's rule (papi.org.vn colour code): the
 * highest group from the 75th percentile up, then 50th–75th, 25th–50th, below the 25th; the
 * percentiles interpolate linearly between order statistics (spreadsheet PERCENTILE.INC) over
 * the provinces that have a score, and a score equal to a cut point goes to the higher group.
 */
import type { GroupCode } from './model';

/** PERCENTILE.INC of the sorted values (ascending), p in [0, 1]. */
export function percentileInc(sortedAsc: readonly number[], p: number): number {
  const n = sortedAsc.length;
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sortedAsc[lo] + (h - lo) * (sortedAsc[hi] - sortedAsc[lo]);
}

export interface QuartileCuts {
  q1: number;
  q2: number;
  q3: number;
}

export function quartileCuts(values: readonly (number | null)[]): QuartileCuts | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 4) return null;
  return { q1: percentileInc(sorted, 0.25), q2: percentileInc(sorted, 0.5), q3: percentileInc(sorted, 0.75) };
}

/** Tolerance for "equal to a cut point": the data carry six decimals. */
const EPS = 5e-7;

export function groupOf(value: number, cuts: QuartileCuts): GroupCode {
  if (value >= cuts.q3 - EPS) return 'CN';
  if (value >= cuts.q2 - EPS) return 'TBC';
  if (value >= cuts.q1 - EPS) return 'TBT';
  return 'TN';
}

/** 1 = highest; ties share the better rank. Null when the value is missing. */
export function rankAmong(values: readonly (number | null)[], value: number | null): { rank: number; of: number } | null {
  if (value === null) return null;
  const present = values.filter((v): v is number => v !== null);
  return { rank: 1 + present.filter((v) => v > value + EPS).length, of: present.length };
}

export function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((s, v) => s + v, 0) / present.length : null;
}

/** Round half away from zero at `decimals`, immune to binary noise (2.675 → 2.68). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9) / f;
}
