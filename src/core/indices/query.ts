/**
 * Reading one figure out of a dataset: a province's score, rank and group at a level and year.
 * Scores come from the year table, else from a published figure. Ranks are, in this order: a
 * published rank (with its source); the rank among all provinces when every province has a score
 * (the official position); else a rank computed over the provinces that have one, which is
 * always labelled as computed ("hạng tính toán 48/62") and never passed off as official.
 */
import type { Figure, GroupCode, IndexDataset, LevelDef, SourceRef, YearTable } from './model';
import { groupOf, quartileCuts, rankAmong } from './stats';

export type RankBasis = 'published' | 'official' | 'computed';

export interface RankInfo {
  rank: number;
  of: number;
  basis: RankBasis;
  source?: SourceRef;
  /** The rank computed from the scores, when it differs from a published one. */
  computed?: { rank: number; of: number };
  note?: string | null;
}

export interface ScoreInfo {
  value: number;
  max: number | null;
  basis: 'table' | 'published';
  source: SourceRef;
  note?: string | null;
  disputed?: boolean;
}

/** A computed rank needs most provinces scored; below that it would mislead. */
const MIN_SHARE_FOR_COMPUTED_RANK = 0.5;

export function figureAt(ds: IndexDataset, year: number, unit: string, level: string, want: 'value' | 'rank' | 'any' = 'any'): Figure | undefined {
  return ds.figures.find(
    (f) => f.year === year && f.unit === unit && f.level === level && !f.mean && (want === 'any' || (want === 'value' ? f.value !== null : f.rank !== null)),
  );
}

function column(table: YearTable | undefined, level: string): (number | null)[] | undefined {
  return table?.values[level];
}

export function scoreAt(ds: IndexDataset, year: number, unit: string, level: string): ScoreInfo | null {
  const table = ds.tables.get(year);
  const i = table ? table.units.indexOf(unit) : -1;
  const v = i >= 0 ? column(table, level)?.[i] : undefined;
  if (table && v !== undefined && v !== null) {
    return { value: v, max: table.levels.find((l) => l.code === level)?.max ?? null, basis: 'table', source: table.source };
  }
  const f = figureAt(ds, year, unit, level, 'value');
  return f && f.value !== null ? { value: f.value, max: f.max, basis: 'published', source: f.source, note: f.note, disputed: f.disputed } : null;
}

export function rankAt(ds: IndexDataset, year: number, unit: string, level: string): RankInfo | null {
  const table = ds.tables.get(year);
  const col = column(table, level);
  const i = table ? table.units.indexOf(unit) : -1;
  const own = col && i >= 0 ? rankAmong(col, col[i] ?? null) : null;
  const usable = own && table && own.of >= table.units.length * MIN_SHARE_FOR_COMPUTED_RANK ? own : null;
  const f = figureAt(ds, year, unit, level, 'rank');
  if (f && f.rank !== null) {
    const of = f.of ?? usable?.of ?? 0;
    const differs = usable && (usable.rank !== f.rank || usable.of !== of);
    return { rank: f.rank, of, basis: 'published', source: f.source, computed: differs ? usable : undefined, note: f.note };
  }
  if (!usable || !table) return null;
  return { ...usable, basis: usable.of === table.units.length ? 'official' : 'computed' };
}

export function groupAt(ds: IndexDataset, year: number, unit: string, level: string): GroupCode | null {
  if (!ds.quartileGroups) return null;
  const table = ds.tables.get(year);
  const col = column(table, level);
  const i = table ? table.units.indexOf(unit) : -1;
  const v = col && i >= 0 ? col[i] : null;
  if (!col || v === null || v === undefined || !table) return null;
  if (col.filter((x) => x !== null).length < table.units.length * MIN_SHARE_FOR_COMPUTED_RANK) return null;
  const cuts = quartileCuts(col);
  return cuts ? groupOf(v, cuts) : null;
}

/** Levels of a year: the table's, else those of the published figures (PAR INDEX areas). */
export function levelsOf(ds: IndexDataset, year: number, unit?: string): LevelDef[] {
  const table = ds.tables.get(year);
  if (table) return table.levels;
  const seen = new Map<string, LevelDef>();
  for (const f of ds.figures) {
    if (f.year !== year || f.mean || (unit && f.unit !== unit) || seen.has(f.level)) continue;
    const dot = f.level.indexOf('.');
    const parent = dot > 0 && /^A\d+$/.test(f.level.slice(0, dot)) ? f.level.slice(0, dot) : null;
    seen.set(f.level, { code: f.level, parent, label: f.label ?? { vi: f.level, en: f.level }, max: f.max });
  }
  // Figures keep the order of their source table (area, then its sub-rows); the total goes first.
  return [...seen.values()].sort((a, b) => Number(b.code === 'total') - Number(a.code === 'total'));
}

/** Years with anything for this index (table or figure), ascending. */
export function yearsOf(ds: IndexDataset): number[] {
  return [...new Set([...ds.tables.keys(), ...ds.figures.map((f) => f.year)])].sort((a, b) => a - b);
}

/** National mean of a level: a published mean if there is one, else the mean of the table. */
export function nationalMean(ds: IndexDataset, year: number, level: string): { value: number; basis: 'published' | 'computed'; of?: number; source?: SourceRef } | null {
  const f = ds.figures.find((x) => x.year === year && x.unit === 'VN' && x.mean && x.level === level && x.value !== null);
  if (f && f.value !== null) return { value: f.value, basis: 'published', source: f.source };
  const col = column(ds.tables.get(year), level);
  const present = col?.filter((v): v is number => v !== null) ?? [];
  return present.length ? { value: present.reduce((s, v) => s + v, 0) / present.length, basis: 'computed', of: present.length } : null;
}

export function missingReason(ds: IndexDataset, year: number, unit: string) {
  return ds.missing.find((m) => m.year === year && m.units.includes(unit))?.reason ?? null;
}
