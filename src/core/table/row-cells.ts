/**
 * What the row readers ask of a table row: its own texts (merged followers excluded), a cell's own
 * text, its id. Shared by the row loop, the group-row rules and the continuation rules.
 */
import type { Role } from '../types';
import type { DetectedTable } from './detect';
import type { Grid } from './grid';

/** Fields a row fills only when it is a task of its own (a wrapped tail carries text, not these). */
export const HEAVY_ROLES: Role[] = ['owner', 'deadline', 'progress'];

export type Cols = Partial<Record<Role, number>>;
/** The table's columns as [role, column] in role order: each task row walks these, not every role. */
export type FieldCols = readonly (readonly [Role, number])[];

/** The last row's own texts: readTasks asks for the same row three times in a row. */
let lastOwn: { grid: Grid; t: DetectedTable; r: number; texts: string[] } | null = null;

/** Texts the row holds itself: merged followers from rows above do not count. */
export function ownTexts(grid: Grid, r: number, t: DetectedTable): string[] {
  if (lastOwn && lastOwn.grid === grid && lastOwn.t === t && lastOwn.r === r) return lastOwn.texts;
  const out: string[] = [];
  for (let c = t.left; c <= t.right; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.top < r) continue;
    if (m && m.left < c && m.left >= t.left) continue;
    const s = grid.text(r, c);
    if (s) out.push(s);
  }
  lastOwn = { grid, t, r, texts: out };
  return out;
}

export function idOf(grid: Grid, r: number, cols: Cols): string | null {
  if (cols.id === undefined) return null;
  const t = withoutTrailingStops(grid.text(r, cols.id)).trim();
  return t === '' ? null : t;
}

/** "1.2." → "1.2", "Mục:" → "Mục": what s.replace(/[.:]+$/, '') gives, without a regex scan. */
export function withoutTrailingStops(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === ':')) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The cell's own text: '' for a cell covered by a merge anchored above or to its left. */
export function ownTexts1(grid: Grid, r: number, c: number): string {
  const m = grid.mergeAt(r, c);
  return m && (m.top < r || m.left < c) ? '' : grid.text(r, c);
}

export const LOWER_START = /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;
