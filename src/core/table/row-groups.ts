/**
 * Rows that are not tasks: group (section) rows, repeated headers, a PDF page's header or footer;
 * and the id a paste glued to the task text.
 */
import { looseKey } from '../text/normalize';
import type { DetectedTable } from './detect';
import { isNumberRow } from './detect';
import { isShortLabel, roleOfHeader } from './header-roles';
import type { Grid } from './grid';
import { idOf, ownTexts, ownTexts1, withoutTrailingStops, type Cols, type FieldCols } from './row-cells';
import { endsOpen, heavyFilled, timeFilled, wrapTail } from './row-continuation';
import type { RawTask } from './rows';

export const GROUP_ID = /^(?:[IVXLCDM]+|[A-ZĐ])\.?$/;
export const GROUP_TEXT = /^((?:[IVXLCDM]+|[A-ZĐ]))[.)]\s+\S/;

// Asked of every row of the table: counts in place rather than through filtered copies.
export function isRepeatedHeader(grid: Grid, r: number, t: DetectedTable, fieldCols: FieldCols, inHeader: (text: string) => boolean): boolean {
  const texts = ownTexts(grid, r, t);
  let short = 0;
  for (const s of texts) if (isShortLabel(s) && ++short === 2) break;
  if (short < 2) return false;
  if (isNumberRow(grid, r, t.left, t.right)) return true;
  // A repeated header starts with a header word; only then compare every cell.
  const isHeaderWord = (s: string) => isShortLabel(s) && inHeader(s);
  if (isHeaderWord(texts[0]) || (texts.length > 1 && isHeaderWord(texts[1]))) {
    let same = 0;
    for (const s of texts) if (inHeader(s)) same++;
    if (same * 3 >= texts.length * 2) return true;
  }
  // The header restated in other words ("Nội dung | Đơn vị thực hiện | …", Đồng Nai 179), its
  // first cell "TT", "STT" or blank: none of its words need be in this table's header.
  return restatesHeader(grid, r, t, texts, fieldCols);
}

/**
 * A row inside the table that restates its header, in its words or in others ("Nội dung | Đơn
 * vị thực hiện | …" under "Nhiệm vụ, giải pháp | Cơ quan chủ trì | …"): not a task. Every text
 * in it (`texts`, the row's own) is a short header label, and each in a column the table reads
 * (`fieldCols`) can name the role of its column (owner words in the owner column, time words in
 * the time column), at least three besides the id. A task row has an id ("1"), a sentence ("Kết
 * quả thực hiện nhiệm vụ … của các sở") or a name ("Sở Nội vụ") somewhere. Columns the table does
 * not read ("Kinh phí") only need a short label.
 */
function restatesHeader(grid: Grid, r: number, t: DetectedTable, texts: readonly string[], fieldCols: FieldCols): boolean {
  // Short labels first: a task's sentence never reaches roleOfHeader (it would only fill its memo).
  for (const s of texts) if (!isShortLabel(s)) return false;
  let named = 0;
  for (let i = 0; i < fieldCols.length; i++) {
    const [role, c] = fieldCols[i];
    // A label merged across columns is read once, at its anchor.
    const m = grid.mergeAt(r, c);
    if (m && m.left < c && m.left >= t.left) continue;
    const s = grid.text(r, c);
    if (!s) continue;
    if (!isShortLabel(s) || !roleOfHeader(s).some((x) => x.role === role)) return false;
    if (role !== 'id') named++;
  }
  return named >= 3;
}

/** "Tổng cộng", "Tổng số: 15", "Cộng": a total row under a report, not a task. */
const TOTAL = /^(?:tong cong|tong so(?: nhiem vu)?|cong|tong)(?:$|\s*[:(]|\s+\d)/;

/** A row whose first text is a total: its counts sum up the tasks above, it is not one of them. */
export function isTotalRow(texts: readonly string[]): boolean {
  // Asked of every row: only a text starting with T or C ("Tổng", "Cộng") is worth a key.
  return texts.length > 0 && TOTAL_LEAD.test(texts[0]) && TOTAL.test(looseKey(texts[0]));
}

const TOTAL_LEAD = /^[TtCc]/;

export const PAGE_MARK = /^(?:trang\s*)?[-–—]?\s*\d{1,3}\s*(?:(?:\/|trên|tren)\s*\d{1,3}\s*)?[-–—]?$/i;

/**
 * A page's header or footer pasted from a PDF into the table: "Trang 2/5", "- 3 -", or the
 * document title, alone on a row. A bare number alone is a page number too, unless it is the
 * next task's number with nothing else on its row (then it is a task with every field missing).
 */
export function isPageFurniture(grid: Grid, r: number, t: DetectedTable, cols: Cols, text: string, above: RawTask | null, titles: Set<string>): boolean {
  if (titles.has(looseKey(text))) return true;
  if (!PAGE_MARK.test(text)) return false;
  if (!/^\d+$/.test(text) || cols.id === undefined || ownTexts1(grid, r, cols.id) !== text) return true;
  const n = Number(text);
  const prev = above?.id && /^\d+$/.test(above.id) ? Number(above.id) : null;
  return prev === null || n !== prev + 1 || nextTaskId(grid, r, t, cols, titles) === text;
}

/** The next row's id past any other page furniture (a footer number is followed by a header). */
export function nextTaskId(grid: Grid, r: number, t: DetectedTable, cols: Cols, titles: Set<string>): string | null {
  for (let x = r + 1; x <= Math.min(t.lastRow, r + 8); x++) {
    const id = idOf(grid, x, cols);
    if (!id || isNumberRow(grid, x, t.left, t.right)) continue;
    const alone = ownTexts(grid, x, t).length === 1;
    if (!alone || !(PAGE_MARK.test(id) || titles.has(looseKey(id)))) return id;
  }
  return null;
}

/**
 * A group row: an id and one title (often merged across), or one "I. TITLE" cell, and nothing else.
 * Asked of every row, so the distinct texts are walked in place (rows have a handful of cells).
 */
export function groupOf(grid: Grid, r: number, t: DetectedTable, cols: Cols): { id: string | null; title: string | null } | null {
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
    const nextIsChild = childFollows(grid, r, t, cols, id);
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
  return oneCellGroup(grid, r, t, texts) ?? titleOnlyGroup(grid, r, cols, texts);
}

const FIELD_ROLES = ['owner', 'partners', 'deadline', 'target', 'progress'] as const;

/** "Lĩnh vực 1: …", "Nhóm II", "Phần 2", "Chỉ số nội dung 3": words that open a section. */
const SECTION_TITLE = /^(?:linh vuc|nhom|phan|chuong|muc|chi so noi dung|chi so thanh phan|tieu chi)\s+(?:\d+|[ivxlc]+|thu \w+)\b/;

/**
 * A section title without a number, alone in the task or criterion column: "CÔNG KHAI, MINH BẠCH"
 * in capitals, or "Lĩnh vực 1: Tham gia của người dân". It heads the rows below; read as a task
 * it had every field missing, or its title was glued to the task above as a wrapped tail.
 */
function titleOnlyGroup(grid: Grid, r: number, cols: Cols, texts: string[]): { id: null; title: string } | null {
  const only = texts[0];
  if (texts.length !== 1 || only === undefined) return null;
  const titleRole = (['task', 'criterion'] as const).find((role) => cols[role] !== undefined && ownTexts1(grid, r, cols[role]!) === only);
  if (!titleRole) return null;
  // A row under merged owner or time cells shares them: a task (in capitals), not a title. A text
  // the row above left open ("… dân cư,") goes on here, even in capitals.
  if (FIELD_ROLES.some((role) => cols[role] !== undefined && grid.isMergedFollower(r, cols[role]!) && grid.text(r, cols[role]!) !== '')) return null;
  if (r > grid.top && endsOpen(grid.text(r - 1, cols[titleRole]!))) return null;
  const capitals = only === only.toUpperCase() && /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/u.test(only);
  return capitals || SECTION_TITLE.test(looseKey(only)) ? { id: null, title: only } : null;
}

/** One text only: "I. TITLE" in capitals or spread across columns, or an untitled wide banner. */
export function oneCellGroup(grid: Grid, r: number, t: DetectedTable, texts: string[]): { id: string | null; title: string | null } | null {
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

/** How many table columns show this text in row r (a horizontal merge, or the same text repeated). */
export function spanWidth(grid: Grid, r: number, t: DetectedTable, text: string): number {
  let n = 0;
  for (let c = t.left; c <= t.right; c++) if (grid.text(r, c) === text) n++;
  return n;
}

/**
 * The rows below are this row's items: numbered under it ("1.1" under "1"), lettered ("a)", "b)")
 * or bulleted ("-") in the id column, or, with the id column empty, in the task text. A row with
 * an id and a title only, above its items, heads them: it is a group, not a task with every field
 * missing (Hà Giang numbers its items "1.1", many plans letter them).
 */
function childFollows(grid: Grid, r: number, t: DetectedTable, cols: Cols, id: string): boolean {
  const next = nextId(grid, r, t, cols);
  if (next !== null && (next.startsWith(id + '.') || SUB_ITEM.test(next))) return true;
  if (r + 1 > t.lastRow || cols.task === undefined || (cols.id !== undefined && idOf(grid, r + 1, cols) !== null)) return false;
  return SUB_ITEM_TEXT.test(ownTexts1(grid, r + 1, cols.task));
}

/** An item's mark in the id column: "a)", "a" (from "a."), "-", "+", "•". */
const SUB_ITEM = /^(?:[a-zđ]\)?|[-+•])$/;
/** The same at the start of the task text: "a) Rà soát …", "- Rà soát …". */
const SUB_ITEM_TEXT = /^(?:[a-zđ][).]|[-+•])\s*\S/;

export function nextId(grid: Grid, r: number, t: DetectedTable, cols: Cols): string | null {
  for (let x = r + 1; x <= Math.min(t.lastRow, r + 5); x++) {
    const id = idOf(grid, x, cols);
    if (id) return id;
  }
  return null;
}

/** "1.2 Rà soát …", "2. Số hóa …", "a) Thương mại …": an id glued to the task text. */
export const GLUED_ID = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[a-zđ]\))\s+(?=[A-ZĐÀ-ỸẠ-Ỹ])/u;

/** The same in the id column, where a bare number before the text is an id too ("2 Số hóa …"). */
export const ID_GLUED = /^(\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\))\s+(?=[A-ZĐÀ-ỸẠ-Ỹ])/u;

/**
 * A PDF paste may glue the id to the task text and leave the id column empty: the officer reads
 * "1.2 Rà soát thủ tục …" as task 1.2, not as another sub-row of the task above.
 */
export function ungluedId(task: RawTask, idColumn: boolean): void {
  const f = task.fields.task;
  if (!f || (idColumn && f.text)) return;
  // "2 Số hóa hồ sơ" in the id column with the task column empty: the id column holds both.
  const m = idColumn ? (task.id !== null ? ID_GLUED.exec(task.id) : null) : GLUED_ID.exec(f.text);
  if (!m) return;
  const text = m.input.slice(m[0].length);
  task.id = withoutTrailingStops(m[1]);
  task.fields.task = { ...f, text, value: text };
}
