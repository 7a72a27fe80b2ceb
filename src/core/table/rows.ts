/**
 * Reading a detected table row by row: group rows become sections, vertically merged cells give
 * their value to every row they cover, rows that only continue the previous row's text (PDF
 * paste, page breaks) are joined to it, repeated headers and blank rows are skipped.
 */
import { a1, columnNumber } from '../address';
import { isErrorValue } from '../fields/cell-input';
import { hasLetter, looseKey } from '../text/normalize';
import { ROLES, type CellValue, type Role } from '../types';
import type { DetectedTable } from './detect';
import { titleLines } from './detect';
import type { Grid } from './grid';
import { LOWER_START, idOf, ownTexts, ownTexts1, type Cols, type FieldCols } from './row-cells';
import { finishesOpenCells, onlyTextFragments, shiftedSpill, splitRow } from './row-continuation';
import { groupOf, isPageFurniture, isRepeatedHeader, isTotalRow, ungluedId } from './row-groups';
import { tickedColumn, type StateColumn } from './state-columns';

export interface FieldCell {
  row: number;
  col: number;
  address: string;
  text: string;
  value: CellValue;
  numberFormat?: string | null;
  /** The value came from a merged cell's anchor above this row. */
  inherited: boolean;
}

export interface RawTask {
  row: number;
  rows: number[];
  id: string | null;
  section: string | null;
  sectionTitle: string | null;
  fields: Partial<Record<Role, FieldCell>>;
  /** Cells of a continuation row read as another column's text (see shiftedSpill). */
  strays?: FieldCell[];
  /** The row's cell in the table's completion-date column ("Ngày hoàn thành thực tế"), if any. */
  doneOn?: FieldCell;
  /** The row's cell in a percentage column beside the progress column ("Tiến độ (%)"), where its progress cell is blank. */
  percent?: FieldCell;
}

/**
 * The table's tasks in order. Each is yielded once complete (its continuation rows joined), so a
 * caller can finish with it before the next is read: on large sheets its cells then die young
 * instead of being carried through every garbage collection until the whole table is read.
 */
export function* readTasks(grid: Grid, table: DetectedTable): Generator<RawTask, void, undefined> {
  const cols: Cols = {};
  for (const role of ROLES) {
    const letter = table.columns[role];
    if (letter) cols[role] = columnNumber(letter);
  }
  const fieldCols: FieldCols = ROLES.filter((role) => cols[role] !== undefined).map((role) => [role, cols[role]!] as const);
  const doneOnCol = table.doneOnColumn ? columnNumber(table.doneOnColumn) : null;
  const percentCol = table.percentColumn ? columnNumber(table.percentColumn) : null;
  const header = new Set([...table.headerTexts.values()].map(looseKey));
  // Header keys normally have letters; then a letterless cell (an id) cannot repeat the header.
  const inHeader = [...header].every(hasLetter) ? (s: string) => hasLetter(s) && header.has(looseKey(s)) : (s: string) => header.has(looseKey(s));
  let section: Section = NO_SECTION;
  // The group around a numbered group ("I" around "1"): where its numbered siblings belong.
  let outer: Section = NO_SECTION;
  let current: RawTask | null = null;
  let afterBreak = false;
  let titles: Set<string> | null = null;

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const own = ownTexts(grid, r, table);
    if (own.length === 0) continue;
    if (isTotalRow(own)) continue;
    if (isRepeatedHeader(grid, r, table, fieldCols, inHeader)) {
      afterBreak = true;
      continue;
    }
    if (own.every((s) => s === own[0])) {
      titles ??= new Set(titleLines(grid, table).map(looseKey));
      if (isPageFurniture(grid, r, table, cols, own[0], current, titles)) {
        afterBreak = true;
        continue;
      }
    }
    const group = groupOf(grid, r, table, cols);
    if (group) {
      if (!isNumbered(group.id)) outer = group;
      else if (!isNumbered(section.id)) outer = section;
      section = group;
      if (current) yield current;
      current = null;
      afterBreak = false;
      continue;
    }
    const id = idOf(grid, r, cols);
    const ownId = cols.id !== undefined && !grid.isRawEmpty(r, cols.id);
    const idInherited = cols.id !== undefined && grid.isMergedFollower(r, cols.id) && id !== null;
    const shifted = current && !ownId && !idInherited ? shiftedSpill(grid, r, table, fieldCols) : null;
    if (current && shifted) {
      appendShifted(grid, current, r, shifted);
      afterBreak = false;
      continue;
    }
    if (current && !ownId && !idInherited && ((afterBreak && splitRow(grid, r, cols)) || onlyTextFragments(grid, r, cols) || finishesOpenCells(grid, r, cols, current))) {
      appendRow(grid, current, r, fieldCols);
      afterBreak = false;
      continue;
    }
    afterBreak = false;
    // "2" after the items of group "1" is group 1's sibling, not one of its items.
    if (ownId && id !== null && isNumbered(id) && isNumbered(section.id) && id !== section.id) section = outer;
    const next = newTask(grid, r, fieldCols, id ?? (ownId || !current ? null : current.id), section);
    if (table.stateColumns) next.fields.progress = tickedState(grid, r, table.stateColumns);
    if (doneOnCol !== null) next.doneOn = fieldCell(grid, r, doneOnCol);
    // Read only where the progress cell is blank (or an error): validate.ts (stateBeside) looks no
    // further, and continuation rows only add to a progress cell that has text.
    if (percentCol !== null && blankProgress(next)) next.percent = fieldCell(grid, r, percentCol);
    if (ownId || !idInherited) ungluedId(next, ownId);
    if (current && !ownId && !idInherited && current.id !== null && next.id === current.id) inheritShared(next, current);
    if (current) yield current;
    current = next;
  }
  if (current) yield current;
}

/**
 * Join a shifted spill row: its text continues the role it was shifted out of; the cell is kept as
 * a stray, still reported as not a time, so the officer can move it back where it belongs.
 */
function appendShifted(grid: Grid, task: RawTask, r: number, [c, role]: readonly [number, Role]): void {
  const stray = fieldCell(grid, r, c);
  task.rows.push(r);
  (task.strays ??= []).push(stray);
  const f = task.fields[role];
  if (!f || !f.text) task.fields[role] = { ...stray };
  else task.fields[role] = { ...f, text: joinText(f.text, stray.text), value: joinText(f.text, stray.text) };
}

/** The field at (r, c), addressed at its merge anchor (which is (r, c) itself outside merges). */
function fieldCell(grid: Grid, r: number, c: number): FieldCell {
  // The anchor from the covering merge, without a point object per field cell.
  const m = grid.anchoredMerge(r, c);
  const row = m ? m.top : r;
  const col = m ? m.left : c;
  return {
    row,
    col,
    address: a1(row, col),
    text: grid.text(r, c),
    value: grid.value(r, c),
    numberFormat: grid.numberFormat(r, c),
    inherited: row < r,
  };
}

function blankProgress(task: RawTask): boolean {
  const p = task.fields.progress;
  return !p || !p.text || isErrorValue(p.value);
}

/** The progress of a row that ticks its state: the ticked cell, reading as its column's heading. */
function tickedState(grid: Grid, r: number, columns: readonly StateColumn[]): FieldCell {
  const ticked = tickedColumn(grid, r, columns);
  const cell = fieldCell(grid, r, (ticked ?? columns[0]).col);
  const text = ticked ? ticked.state : '';
  return { ...cell, text, value: text };
}

interface Section {
  id: string | null;
  title: string | null;
}

const NO_SECTION: Section = { id: null, title: null };

/** A top-level number ("1", "2"): a numbered group and its siblings, unlike "1.1", "I" or "a)". */
function isNumbered(id: string | null): boolean {
  return id !== null && /^\d+$/.test(id);
}

function newTask(grid: Grid, r: number, fieldCols: FieldCols, id: string | null, section: Section): RawTask {
  const fields: Partial<Record<Role, FieldCell>> = {};
  // Indexed, not destructured: this runs mostly before the JIT optimises it, when each [role, c]
  // of a for-of goes through the iterator protocol (an iterator and result objects per column).
  for (let i = 0; i < fieldCols.length; i++) fields[fieldCols[i][0]] = fieldCell(grid, r, fieldCols[i][1]);
  return { row: r, rows: [r], id, section: section.id, sectionTitle: section.title, fields };
}

/**
 * Columns a numbered task shares with the unnumbered sub-rows under it: in QĐ 2530 one row
 * "1 | Bộ … | - Bộ …; | nhóm | task | target | deadline" is followed by rows carrying only task,
 * target and deadline. Merged, the owner arrives through the merge; in a copy where the merge
 * was lost (a pasted or converted table) the cells are simply empty, and the officer still reads
 * the owner from the row above. Only the columns left blank are taken. A blank time cell is taken
 * too: sub-tasks that share a deadline have it merged over them (Hà Giang's appendix, G13:G14), and
 * a paste that lost the merge leaves the blank. The target stays the sub-row's own: each sub-task
 * names its result, and a blank one is still reported.
 */
const SHARED_ROLES: Role[] = ['criterion', 'owner', 'partners', 'deadline'];

function inheritShared(task: RawTask, above: RawTask): void {
  for (const role of SHARED_ROLES) {
    const mine = task.fields[role];
    const theirs = above.fields[role];
    if (mine && !mine.text && theirs?.text) task.fields[role] = { ...theirs, inherited: true };
  }
}

/** Join a continuation row's own texts to the task's fields. */
function appendRow(grid: Grid, task: RawTask, r: number, fieldCols: FieldCols): void {
  task.rows.push(r);
  for (let i = 0; i < fieldCols.length; i++) {
    const [role, c] = fieldCols[i];
    if (role === 'id') continue;
    const extra = ownTexts1(grid, r, c);
    if (!extra) continue;
    const f = task.fields[role];
    if (!f || !f.text) {
      task.fields[role] = fieldCell(grid, r, c);
      continue;
    }
    const text = joinText(f.text, extra);
    task.fields[role] = { ...f, text, value: text };
  }
}

/**
 * A cell's text and its continuation: a bullet or a finished sentence starts a new line. A hyphen
 * glued to the last word before a lower-case continuation ("khai-" / "thác") is a PDF line-break
 * hyphen: Vietnamese syllables are separate words, so it becomes the space it replaced.
 */
function joinText(text: string, extra: string): string {
  if (/\p{L}-$/u.test(text) && LOWER_START.test(extra)) return text.slice(0, -1) + ' ' + extra;
  const newLine = /^[-+•*]/.test(extra) || /[.;:]$/.test(text);
  return text + (newLine ? '\n' : ' ') + extra;
}
