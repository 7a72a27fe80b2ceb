/**
 * Rows that continue the task above instead of starting one: text wrapped across a page break or
 * a row, tails shifted a column by a PDF paste; and the sub-task that only looks like one.
 */
import { isNotATime, readsNoTime } from '../fields/deadline';
import { looseKey } from '../text/normalize';
import type { Role } from '../types';
import type { DetectedTable } from './detect';
import type { Grid } from './grid';
import type { RawTask } from './rows';
import { HEAVY_ROLES, LOWER_START, ownTexts, ownTexts1, type Cols, type FieldCols } from './row-cells';

/** After a page break: no criterion of its own and text that starts mid-sentence (lower case). */
export function splitRow(grid: Grid, r: number, cols: Cols): boolean {
  if (cols.criterion !== undefined && ownTexts1(grid, r, cols.criterion) !== '') return false;
  return (Object.values(cols) as number[]).some((c) => LOWER_START.test(ownTexts1(grid, r, c)));
}

/** The row has its own owner, deadline or progress (other than the text `except`). */
export function heavyFilled(grid: Grid, r: number, cols: Cols, except = ''): boolean {
  return HEAVY_ROLES.some((role) => filledBesides(grid, r, cols[role], except));
}

export function timeFilled(grid: Grid, r: number, cols: Cols, except: string): boolean {
  return filledBesides(grid, r, cols.deadline, except) || filledBesides(grid, r, cols.progress, except);
}

export function filledBesides(grid: Grid, r: number, c: number | undefined, except: string): boolean {
  if (c === undefined) return false;
  const s = ownTexts1(grid, r, c);
  return s !== '' && s !== except;
}

/**
 * The tail of the previous row's deadline wrapped onto a group row: "IV. | … | năm tiếp theo"
 * under "2025 và những năm" (NQ 03 PL II). A deadline cell of a group row that starts in lower
 * case continues a sentence; it does not make the group row a task.
 */
export function wrapTail(grid: Grid, r: number, cols: Cols): string {
  if (cols.deadline === undefined) return '';
  const s = ownTexts1(grid, r, cols.deadline);
  return LOWER_START.test(s) ? s : '';
}

/** Only text columns are filled (task, target, partners…): the row continues the one above. */
export function onlyTextFragments(grid: Grid, r: number, cols: Cols): boolean {
  if (heavyFilled(grid, r, cols) && !wrappedTails(grid, r, cols)) return false;
  if (cols.id === undefined) {
    const task = cols.task !== undefined ? ownTexts1(grid, r, cols.task) : '';
    return task === '' || LOWER_START.test(task) || /^[(,;]/.test(task);
  }
  return !startsSubTask(grid, r, cols);
}

/**
 * A row without an id whose task and target both begin afresh ("Tổ chức kiểm tra …" | "Tối thiểu
 * 30% …") is a sub-task whose merged id was lost in a paste, not the tail of the row above: a
 * wrapped tail starts mid-sentence, and carries no target of its own that starts a new one.
 */
export function startsSubTask(grid: Grid, r: number, cols: Cols): boolean {
  if (cols.task === undefined || cols.target === undefined) return false;
  const task = ownTexts1(grid, r, cols.task);
  const target = ownTexts1(grid, r, cols.target);
  return FRESH_START.test(task) && FRESH_START.test(target);
}

/** An upper-case letter, a bullet or a figure: how a cell's own text begins, not a wrapped tail. */
export const FRESH_START = /^(?:[-+•]\s*)?[\p{Lu}\d≥≤>]/u;

/**
 * A spill row shifted one column by a PDF paste (NQ 394/NQ-CP): its only text, co-owners wrapped
 * out of "Cơ quan phối hợp", sits in the time column ("| | | | Đài Truyền hình và các cơ quan
 * thông tấn, báo chí tại địa phương"). The officer reads it as the tail of the cell to its left on
 * the row above, not as a task without task text. Returns [time column, role it belongs to].
 */
export function shiftedSpill(grid: Grid, r: number, t: DetectedTable, fieldCols: FieldCols): readonly [number, Role] | null {
  const texts = ownTexts(grid, r, t);
  if (texts.length !== 1) return null;
  const at = fieldCols.find(([role, c]) => (role === 'deadline' || role === 'progress') && ownTexts1(grid, r, c) !== '');
  if (!at || !isNotATime(texts[0])) return null;
  const left = fieldCols.find(([, c]) => c === at[1] - 1);
  return left && left[0] !== 'id' && left[0] !== 'deadline' && left[0] !== 'progress' ? [at[1], left[0]] : null;
}

/**
 * Every cell of the row continues a sentence (starts in lower case), and its owner, deadline or
 * progress cell reads no time: "| thuộc thẩm quyền UBND tỉnh | | | tiếp theo |" under "2025 và
 * những năm", or "| | và Du lịch |" under "Sở Văn hóa, Thể thao". Wrapped tails, not a sub-row.
 */
export function wrappedTails(grid: Grid, r: number, cols: Cols): boolean {
  const task = cols.task !== undefined ? ownTexts1(grid, r, cols.task) : '';
  if (task !== '' && !LOWER_START.test(task)) return false;
  return HEAVY_ROLES.every((role) => {
    const s = cols[role] === undefined ? '' : ownTexts1(grid, r, cols[role]!);
    return s === '' || (LOWER_START.test(s) && (role === 'owner' || readsNoTime(s)));
  });
}

/**
 * A cell left open on the row above, finished on this one: "Quý IV năm" / "2025", "Trước ngày" /
 * "30/11/2025", "Giai đoạn 2026 -" / "2030", "Sở Nội vụ," / "Sở Tư pháp". A PDF paste splits the
 * wrapped cell into rows; the second part alone reads as a task of its own (with its task and
 * target missing). Only a row with no id, task or target of its own, whose every text finishes a
 * cell of the task above, continues it.
 */
export function finishesOpenCells(grid: Grid, r: number, cols: Cols, above: RawTask): boolean {
  for (const role of ['id', 'task', 'target', 'criterion'] as const) {
    if (cols[role] !== undefined && ownTexts1(grid, r, cols[role]!) !== '') return false;
  }
  let finished = 0;
  for (const role of HEAVY_ROLES.concat('partners')) {
    const c = cols[role];
    if (c === undefined || ownTexts1(grid, r, c) === '') continue;
    if (!endsOpen(above.fields[role]?.text ?? '')) return false;
    finished++;
  }
  return finished > 0;
}

/** A cell that stops mid-phrase ("Quý IV năm", "Sở Nội vụ,", "… dân cư,"): its text goes on below. */
export function endsOpen(text: string): boolean {
  return text !== '' && (OPEN_END.test(text) || OPEN_WORD.test(looseKey(text)));
}

/** A cell that stops mid-phrase: on a separator or a word that needs what follows. */
const OPEN_END = /[,;\-–—:]$/;
const OPEN_WORD = /(?:^| )(?:va|nam|ngay|thang|truoc|den|tu|quy|giai doan|cham nhat|trong)$/;
