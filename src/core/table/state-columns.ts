/**
 * Reports that tick their state instead of writing it: "Kết quả thực hiện" merged over "Đã hoàn
 * thành | Đang thực hiện | Chưa thực hiện", with an "x" in one cell of each row. The officer reads
 * the ticked column's heading as the task's state.
 */
import { readProgress } from '../fields/progress';
import type { Grid } from './grid';
import { isShortLabel, roleOfHeader } from './header-roles';

export interface StateColumn {
  col: number;
  /** The column's heading, which is the state of a row ticked in it ("Đã hoàn thành"). */
  state: string;
}

/** Two or more adjacent columns of the header's last row headed by different states, or null. */
export function stateColumns(grid: Grid, headerRow: number, left: number, right: number): StateColumn[] | null {
  let run: StateColumn[] = [];
  let best: StateColumn[] = [];
  const states = new Set<string>();
  for (let c = left; c <= right + 1; c++) {
    const text = c <= right ? grid.text(headerRow, c) : '';
    const state = isStateHeading(grid, headerRow, c, text) ? readProgress({ value: text, text }, { planYear: null }).state : 'unknown';
    if (state !== 'unknown' && !states.has(state)) {
      run.push({ col: c, state: text });
      states.add(state);
      continue;
    }
    if (run.length > best.length) best = run;
    run = state !== 'unknown' ? [{ col: c, state: text }] : [];
    states.clear();
    if (state !== 'unknown') states.add(state);
  }
  return best.length >= 2 ? best : null;
}

/** A short heading of its own that names no other column ("Thời gian hoàn thành" is a deadline). */
function isStateHeading(grid: Grid, r: number, c: number, text: string): boolean {
  return text !== '' && !grid.isMergedFollower(r, c) && isShortLabel(text) && roleOfHeader(text).every((x) => x.role === 'progress');
}

/** The ticked column of row r (any mark: "x", "X", "✓", "1"), or null when none or several are. */
export function tickedColumn(grid: Grid, r: number, columns: readonly StateColumn[]): StateColumn | null {
  let ticked: StateColumn | null = null;
  for (const s of columns) {
    if (grid.isMergedFollower(r, s.col) || grid.text(r, s.col) === '') continue;
    if (ticked) return null;
    ticked = s;
  }
  return ticked;
}
