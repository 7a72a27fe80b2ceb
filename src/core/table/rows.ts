/**
 * Reading a detected table row by row: group rows become sections, vertically merged cells give
 * their value to every row they cover, rows that only continue the previous row's text (PDF
 * paste, page breaks) are joined to it, repeated headers and blank rows are skipped.
 */
import { a1, columnNumber } from '../address';
import { isNotATime, readsNoTime } from '../fields/deadline';
import { hasLetter, looseKey } from '../text/normalize';
import { ROLES, type CellValue, type Role } from '../types';
import type { DetectedTable } from './detect';
import { isNumberRow, isShortLabel, titleLines } from './detect';
import type { Grid } from './grid';

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
}

const GROUP_ID = /^(?:[IVXLCDM]+|[A-ZĐ])\.?$/;
const GROUP_TEXT = /^((?:[IVXLCDM]+|[A-ZĐ]))[.)]\s+\S/;
const HEAVY_ROLES: Role[] = ['owner', 'deadline', 'progress'];

type Cols = Partial<Record<Role, number>>;
/** The table's columns as [role, column] in role order: each task row walks these, not every role. */
type FieldCols = readonly (readonly [Role, number])[];

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
  const header = new Set([...table.headerTexts.values()].map(looseKey));
  // Header keys normally have letters; then a letterless cell (an id) cannot repeat the header.
  const inHeader = [...header].every(hasLetter) ? (s: string) => hasLetter(s) && header.has(looseKey(s)) : (s: string) => header.has(looseKey(s));
  let section: { id: string | null; title: string | null } = { id: null, title: null };
  let current: RawTask | null = null;
  let afterBreak = false;
  let titles: Set<string> | null = null;

  for (let r = table.firstRow; r <= table.lastRow; r++) {
    const own = ownTexts(grid, r, table);
    if (own.length === 0) continue;
    if (isRepeatedHeader(grid, r, table, inHeader)) {
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
    if (current && !ownId && !idInherited && ((afterBreak && splitRow(grid, r, cols)) || onlyTextFragments(grid, r, cols))) {
      appendRow(grid, current, r, fieldCols);
      afterBreak = false;
      continue;
    }
    afterBreak = false;
    const next = newTask(grid, r, fieldCols, id ?? (ownId || !current ? null : current.id), section);
    if (ownId || !idInherited) ungluedId(next, ownId);
    if (current && !ownId && !idInherited && current.id !== null && next.id === current.id) inheritShared(next, current);
    if (current) yield current;
    current = next;
  }
  if (current) yield current;
}

/** The last row's own texts: readTasks asks for the same row three times in a row. */
let lastOwn: { grid: Grid; t: DetectedTable; r: number; texts: string[] } | null = null;

/** Texts the row holds itself: merged followers from rows above do not count. */
function ownTexts(grid: Grid, r: number, t: DetectedTable): string[] {
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

// Asked of every row of the table: counts in place rather than through filtered copies.
function isRepeatedHeader(grid: Grid, r: number, t: DetectedTable, inHeader: (text: string) => boolean): boolean {
  const texts = ownTexts(grid, r, t);
  let short = 0;
  for (const s of texts) if (isShortLabel(s) && ++short === 2) break;
  if (short < 2) return false;
  if (isNumberRow(grid, r, t.left, t.right)) return true;
  // A repeated header starts with a header word; only then compare every cell.
  const isHeaderWord = (s: string) => isShortLabel(s) && inHeader(s);
  if (!isHeaderWord(texts[0]) && !(texts.length > 1 && isHeaderWord(texts[1]))) return false;
  let same = 0;
  for (const s of texts) if (inHeader(s)) same++;
  return texts.length >= 2 && same * 3 >= texts.length * 2;
}

const PAGE_MARK = /^(?:trang\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:\/|trên|tren)\s*\d{1,3}\s*)?[-–—]?$/i;

/**
 * A page's header or footer pasted from a PDF into the table: "Trang 2/5", "- 3 -", or the
 * document title, alone on a row. A bare number alone is a page number too, unless it is the
 * next task's number with nothing else on its row (then it is a task with every field missing).
 */
function isPageFurniture(grid: Grid, r: number, t: DetectedTable, cols: Cols, text: string, above: RawTask | null, titles: Set<string>): boolean {
  if (titles.has(looseKey(text))) return true;
  if (!PAGE_MARK.test(text)) return false;
  if (!/^\d+$/.test(text) || cols.id === undefined || ownTexts1(grid, r, cols.id) !== text) return true;
  const n = Number(text);
  const prev = above?.id && /^\d+$/.test(above.id) ? Number(above.id) : null;
  return prev === null || n !== prev + 1 || nextTaskId(grid, r, t, cols, titles) === text;
}

/** The next row's id past any other page furniture (a footer number is followed by a header). */
function nextTaskId(grid: Grid, r: number, t: DetectedTable, cols: Cols, titles: Set<string>): string | null {
  for (let x = r + 1; x <= Math.min(t.lastRow, r + 8); x++) {
    const id = idOf(grid, x, cols);
    if (!id || isNumberRow(grid, x, t.left, t.right)) continue;
    const alone = ownTexts(grid, x, t).length === 1;
    if (!alone || !(PAGE_MARK.test(id) || titles.has(looseKey(id)))) return id;
  }
  return null;
}

function idOf(grid: Grid, r: number, cols: Cols): string | null {
  if (cols.id === undefined) return null;
  const t = withoutTrailingStops(grid.text(r, cols.id)).trim();
  return t === '' ? null : t;
}

/** "1.2." → "1.2", "Mục:" → "Mục": what s.replace(/[.:]+$/, '') gives, without a regex scan. */
function withoutTrailingStops(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === ':')) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * A group row: an id and one title (often merged across), or one "I. TITLE" cell, and nothing else.
 * Asked of every row, so the distinct texts are walked in place (rows have a handful of cells).
 */
function groupOf(grid: Grid, r: number, t: DetectedTable, cols: Cols): { id: string | null; title: string | null } | null {
  const texts = ownTexts(grid, r, t);
  const id = cols.id !== undefined && !grid.isMergedFollower(r, cols.id) ? idOf(grid, r, cols) : null;
  if (id !== null) {
    const stray = GROUP_ID.test(id) ? wrapTail(grid, r, cols) : '';
    // The distinct texts other than the id (and a stray wrap tail): how many, and the first.
    let restCount = 0;
    let rest0 = '';
    for (let i = 0; i < texts.length; i++) {
      const s = texts[i];
      if (texts.indexOf(s) !== i || withoutTrailingStops(s) === id || s === stray) continue;
      if (restCount++ === 0) rest0 = s;
      else break; // two are enough to know it is not a group row
    }
    // Only a row with one other text can be a titled group row. A row whose only text, in the
    // id column, is "I. NÂNG CAO NHẬN THỨC …" (NQ 03 PL II) is a one-cell group row.
    if (restCount !== 1) {
      if (restCount === 0) return GROUP_ID.test(id) ? { id, title: null } : oneCellGroup(grid, r, t, texts);
      return null;
    }
    const spansColumns = spanWidth(grid, r, t, rest0) >= 2;
    const nextIsChild = nextId(grid, r, t, cols)?.startsWith(id + '.') ?? false;
    if (heavyFilled(grid, r, cols, stray)) {
      // The title may sit in the owner column: "A. | BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" (QĐ 2530, owner
      // second) or "5.1 | | Thương mại" (Đồng Nai). With no task text and no time of its own the
      // row names a group (by ministry or by sector), not a task whose task text is missing.
      const titleOnly = (cols.task === undefined || ownTexts1(grid, r, cols.task) === '') && !timeFilled(grid, r, cols, stray);
      return titleOnly && (GROUP_ID.test(id) || spansColumns || nextIsChild || id.includes('.')) ? { id, title: rest0 } : null;
    }
    const inCriterion = cols.criterion !== undefined && ownTexts1(grid, r, cols.criterion) === rest0;
    if (GROUP_ID.test(id) || spansColumns || inCriterion || nextIsChild) return { id, title: rest0 };
    return null;
  }
  return oneCellGroup(grid, r, t, texts);
}

/** One text only: "I. TITLE" in capitals or spread across columns, or an untitled wide banner. */
function oneCellGroup(grid: Grid, r: number, t: DetectedTable, texts: string[]): { id: string | null; title: string | null } | null {
  const only = texts[0];
  if (texts.length > 0 && texts.every((s) => s === only)) {
    const m = GROUP_TEXT.exec(only);
    if (m && (only === only.toUpperCase() || spanWidth(grid, r, t, only) >= 2)) {
      return { id: m[1], title: only.slice(m[0].length - 1).trim() };
    }
    if (spanWidth(grid, r, t, only) >= 3) return { id: null, title: only };
  }
  return null;
}

/** The cell's own text: '' for a cell covered by a merge anchored above or to its left. */
function ownTexts1(grid: Grid, r: number, c: number): string {
  const m = grid.mergeAt(r, c);
  return m && (m.top < r || m.left < c) ? '' : grid.text(r, c);
}

/** How many table columns show this text in row r (a horizontal merge, or the same text repeated). */
function spanWidth(grid: Grid, r: number, t: DetectedTable, text: string): number {
  let n = 0;
  for (let c = t.left; c <= t.right; c++) if (grid.text(r, c) === text) n++;
  return n;
}

function nextId(grid: Grid, r: number, t: DetectedTable, cols: Cols): string | null {
  for (let x = r + 1; x <= Math.min(t.lastRow, r + 5); x++) {
    const id = idOf(grid, x, cols);
    if (id) return id;
  }
  return null;
}

/** "1.2 Rà soát …", "2. Số hóa …", "a) Thương mại …": an id glued to the task text. */
const GLUED_ID = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-zđ]\))\s+(?=[A-ZĐÀ-ỸẠ-Ỹ])/u;

/** The same in the id column, where a bare number before the text is an id too ("2 Số hóa …"). */
const ID_GLUED = /^(\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\))\s+(?=[A-ZĐÀ-ỸẠ-Ỹ])/u;

/**
 * A PDF paste may glue the id to the task text and leave the id column empty: the officer reads
 * "1.2 Rà soát thủ tục …" as task 1.2, not as another sub-row of the task above.
 */
function ungluedId(task: RawTask, idColumn: boolean): void {
  const f = task.fields.task;
  if (!f || (idColumn && f.text)) return;
  // "2 Số hóa hồ sơ" in the id column with the task column empty: the id column holds both.
  const m = idColumn ? (task.id !== null ? ID_GLUED.exec(task.id) : null) : GLUED_ID.exec(f.text);
  if (!m) return;
  const text = m.input.slice(m[0].length);
  task.id = withoutTrailingStops(m[1]);
  task.fields.task = { ...f, text, value: text };
}

/** After a page break: no criterion of its own and text that starts mid-sentence (lower case). */
function splitRow(grid: Grid, r: number, cols: Cols): boolean {
  if (cols.criterion !== undefined && ownTexts1(grid, r, cols.criterion) !== '') return false;
  return (Object.values(cols) as number[]).some((c) => LOWER_START.test(ownTexts1(grid, r, c)));
}

const LOWER_START = /^[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;

/** The row has its own owner, deadline or progress (other than the text `except`). */
function heavyFilled(grid: Grid, r: number, cols: Cols, except = ''): boolean {
  return HEAVY_ROLES.some((role) => filledBesides(grid, r, cols[role], except));
}

function timeFilled(grid: Grid, r: number, cols: Cols, except: string): boolean {
  return filledBesides(grid, r, cols.deadline, except) || filledBesides(grid, r, cols.progress, except);
}

function filledBesides(grid: Grid, r: number, c: number | undefined, except: string): boolean {
  if (c === undefined) return false;
  const s = ownTexts1(grid, r, c);
  return s !== '' && s !== except;
}

/**
 * The tail of the previous row's deadline wrapped onto a group row: "IV. | … | năm tiếp theo"
 * under "2025 và những năm" (NQ 03 PL II). A deadline cell of a group row that starts in lower
 * case continues a sentence; it does not make the group row a task.
 */
function wrapTail(grid: Grid, r: number, cols: Cols): string {
  if (cols.deadline === undefined) return '';
  const s = ownTexts1(grid, r, cols.deadline);
  return LOWER_START.test(s) ? s : '';
}

/** Only text columns are filled (task, target, partners…): the row continues the one above. */
function onlyTextFragments(grid: Grid, r: number, cols: Cols): boolean {
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
function startsSubTask(grid: Grid, r: number, cols: Cols): boolean {
  if (cols.task === undefined || cols.target === undefined) return false;
  const task = ownTexts1(grid, r, cols.task);
  const target = ownTexts1(grid, r, cols.target);
  return FRESH_START.test(task) && FRESH_START.test(target);
}

/** An upper-case letter, a bullet or a figure: how a cell's own text begins, not a wrapped tail. */
const FRESH_START = /^(?:[-+•]\s*)?[\p{Lu}\d≥≤>]/u;

/**
 * A spill row shifted one column by a PDF paste (NQ 394/NQ-CP): its only text, co-owners wrapped
 * out of "Cơ quan phối hợp", sits in the time column ("| | | | Đài Truyền hình và các cơ quan
 * thông tấn, báo chí tại địa phương"). The officer reads it as the tail of the cell to its left on
 * the row above, not as a task without task text. Returns [time column, role it belongs to].
 */
function shiftedSpill(grid: Grid, r: number, t: DetectedTable, fieldCols: FieldCols): readonly [number, Role] | null {
  const texts = ownTexts(grid, r, t);
  if (texts.length !== 1) return null;
  const at = fieldCols.find(([role, c]) => (role === 'deadline' || role === 'progress') && ownTexts1(grid, r, c) !== '');
  if (!at || !isNotATime(texts[0])) return null;
  const left = fieldCols.find(([, c]) => c === at[1] - 1);
  return left && left[0] !== 'id' && left[0] !== 'deadline' && left[0] !== 'progress' ? [at[1], left[0]] : null;
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

/**
 * Every cell of the row continues a sentence (starts in lower case), and its owner, deadline or
 * progress cell reads no time: "| thuộc thẩm quyền UBND tỉnh | | | tiếp theo |" under "2025 và
 * những năm", or "| | và Du lịch |" under "Sở Văn hóa, Thể thao". Wrapped tails, not a sub-row.
 */
function wrappedTails(grid: Grid, r: number, cols: Cols): boolean {
  const task = cols.task !== undefined ? ownTexts1(grid, r, cols.task) : '';
  if (task !== '' && !LOWER_START.test(task)) return false;
  return HEAVY_ROLES.every((role) => {
    const s = cols[role] === undefined ? '' : ownTexts1(grid, r, cols[role]!);
    return s === '' || (LOWER_START.test(s) && (role === 'owner' || readsNoTime(s)));
  });
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

function newTask(grid: Grid, r: number, fieldCols: FieldCols, id: string | null, section: { id: string | null; title: string | null }): RawTask {
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
