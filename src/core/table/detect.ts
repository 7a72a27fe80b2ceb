/**
 * Finding task tables in a sheet: the header row (or two rows under a merged group header), an
 * optional "(1) (2) (3)" number row, the column roles, and where the table ends (signatures,
 * "Nơi nhận", the next "PHỤ LỤC"). Several appendices on one sheet give several tables.
 */
import { columnLetter, columnNumber } from '../address';
import { hasLetter, looseKey } from '../text/normalize';
import { ROLES, type ColumnMap, type Role, type TableInfo } from '../types';
import type { Grid } from './grid';
import { readsAsTime } from '../fields/deadline';
import { COMPLETED_ON_ROLES, PLAIN_TARGET, isCompletionDateColumn, isHeaderWord, isPercentColumn, isShortLabel, isStartColumn, roleOfHeader, type RoleCandidate } from './header-roles';
import { stateColumns, type StateColumn } from './state-columns';

export interface DetectedTable extends TableInfo {
  /** Column span of the table. */
  left: number;
  right: number;
  /** Header text of each column (group and sub-header joined), by column number. */
  headerTexts: Map<number, string>;
  /** Columns headed by states, ticked by the rows (state-columns.ts); the progress column is the first. */
  stateColumns?: StateColumn[] | null;
  /** A percentage column ("Tiến độ (%)") beside another progress column: read where that one is blank. */
  percentColumn?: string | null;
}

export interface DetectOptions {
  columns?: Partial<ColumnMap>;
  headerRows?: number[];
}

const FOOTER = /^(?:noi nhan|kt\s+chu tich|tm\s+(?:uy ban|ubnd)|chu tich|pho chu tich|nguoi lap|thu truong|giam doc|xac nhan)\b/;
const APPENDIX = /^phu luc\b/;
/** Notes under a table: "[1] …", "(*) …", "* …", "Ghi chú: …". */
const FOOTNOTE_LINE = /^(?:\[\d+\]|\(\*+\)|\*+\s|ghi chú\s*:|lưu ý\s*:)/i;
const NUMBER_CELL = /^\(?\s*\d{1,2}\s*\)?$|^\(?\s*\d{1,2}\s*=\s*[\d+\s]+\)?$/;
const TASKISH: Role[] = ['task', 'criterion', 'target'];

interface HeaderCandidate {
  rows: number[];
  texts: Map<number, string>;
  roles: ReadonlyMap<number, RoleCandidate[]>;
}

export function detectTables(grid: Grid, opts: DetectOptions = {}): DetectedTable[] {
  if (grid.bottom < grid.top || grid.right < grid.left) return [];
  const headers = opts.headerRows?.length ? [forcedHeader(grid, opts.headerRows)] : findHeaders(grid);
  const completions = headers.map(completionColumn);
  const columns = headers.map((h, i) => assignRoles(grid, h, completions[i], opts.columns));
  // A header that only sets out the table's columns again is not a new table (sameColumns). It
  // is compared with the header that started the table: restated headers may leave the id out.
  const restates: boolean[] = [];
  let base = 0;
  for (let i = 0; i < headers.length; i++) {
    restates[i] = i > 0 && sameColumns(columns[base], columns[i]) && !appendixAbove(grid, headers[i].rows[0], headers[i - 1]);
    if (!restates[i]) base = i;
  }
  const tables: DetectedTable[] = [];
  for (let i = 0; i < headers.length; i++) {
    if (restates[i]) continue;
    if (!opts.headerRows?.length && !isTaskTable(columns[i])) continue;
    let j = i + 1;
    while (j < headers.length && restates[j]) j++;
    const next = headers[j]?.rows[0] ?? grid.bottom + 1;
    tables.push(buildTable(grid, headers[i], columns[i], completions[i], next));
  }
  return tables;
}

/**
 * Đồng Nai 179/KH-UBND restarts its sections with "TT | Nội dung | Đơn vị thực hiện | Đơn vị
 * phối hợp | Thời gian thực hiện | Sản phẩm đầu ra" under a "STT | Nhiệm vụ, giải pháp | Cơ quan
 * chủ trì | …" header, eight times, the id cell "TT", "STT" or blank: other words, the same roles
 * in the same columns. The rows below still belong to the first table and keep its id column and
 * sections; readTasks skips the restated row (row-groups.ts, restatesHeader). A new appendix
 * ("PHỤ LỤC II") still starts a table.
 */
function sameColumns(table: ColumnMap, next: ColumnMap): boolean {
  let shared = 0;
  for (const role of ROLES) {
    const col = next[role];
    if (col === null) continue;
    if (col !== table[role]) return false;
    if (role !== 'id') shared++;
  }
  return shared >= 2;
}

/** Rows above the header: the plan title, "PHỤ LỤC I", "(Kèm theo Kế hoạch số …)". */
export function titleLines(grid: Grid, table: TableInfo): string[] {
  const out: string[] = [];
  for (let r = Math.max(grid.top, table.headerRows[0] - 8); r < table.headerRows[0]; r++) {
    const line = grid.rowTexts(r).join(' ');
    if (line) out.push(line);
  }
  return out;
}

function isTaskTable(columns: ColumnMap): boolean {
  const taskish = TASKISH.some((r) => columns[r] !== null);
  return taskish && (columns.owner !== null || columns.deadline !== null) && (columns.task !== null || columns.criterion !== null);
}

/** Shared by the many rows without a header word; read-only, so sharing it is safe. */
const NO_CANDIDATES: ReadonlyMap<number, RoleCandidate[]> = new Map();

function rowCandidates(grid: Grid, row: number): ReadonlyMap<number, RoleCandidate[]> {
  let roles: Map<number, RoleCandidate[]> | null = null;
  for (let c = grid.left; c <= grid.right; c++) {
    // A title merged across the row ("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ") is one cell, not one per column.
    const m = grid.mergeAt(row, c);
    if (m && m.left < c && m.left >= grid.left) continue;
    // Header cells are short labels; skipping sentences (before cleaning them) keeps the scan cheap.
    const raw = grid.value(row, c);
    if (raw === null || typeof raw === 'number' || (typeof raw === 'string' && raw.length > 80)) continue;
    const t = grid.text(row, c);
    if (!t || !isShortLabel(t)) continue;
    const cand = roleOfHeader(t);
    if (cand.length) (roles ??= new Map()).set(c, cand);
  }
  return roles ?? NO_CANDIDATES;
}

function looksLikeHeader(roles: ReadonlyMap<number, RoleCandidate[]>, nonEmpty: number): boolean {
  const best = new Set([...roles.values()].map((c) => c[0].role));
  const all = new Set([...roles.values()].flatMap((c) => c.map((x) => x.role)));
  const taskish = TASKISH.some((r) => all.has(r));
  return roles.size >= 2 && taskish && (best.has('owner') || best.has('deadline') || all.has('owner')) && roles.size * 2 >= nonEmpty;
}

function findHeaders(grid: Grid): HeaderCandidate[] {
  const found: HeaderCandidate[] = [];
  let signature = '';
  for (let r = grid.top; r <= grid.bottom; r++) {
    const roles = rowCandidates(grid, r);
    if (roles.size < 2) continue;
    const nonEmpty = grid.rowTexts(r).length;
    if (!looksLikeHeader(roles, nonEmpty) && !startsTwoRowHeader(grid, r, roles)) continue;
    const h = withSubHeader(grid, r, roles);
    const sig = [...h.texts.values()].map(looseKey).join('|');
    // The same header again (a page break in a pasted table) is a repeat, not a new table.
    if (sig === signature && !appendixAbove(grid, r, found[found.length - 1])) {
      r = h.rows[h.rows.length - 1];
      continue;
    }
    signature = sig;
    found.push(h);
    r = h.rows[h.rows.length - 1];
  }
  return found;
}

/** A group header ("Phân công thực hiện") over sub-headers ("Chủ trì | Phối hợp"). */
function startsTwoRowHeader(grid: Grid, r: number, roles: ReadonlyMap<number, RoleCandidate[]>): boolean {
  if (r + 1 > grid.bottom) return false;
  const below = rowCandidates(grid, r + 1);
  const merged = new Map([...roles, ...below]);
  return below.size >= 1 && looksLikeHeader(merged, Math.max(grid.rowTexts(r).length, grid.rowTexts(r + 1).length));
}

function withSubHeader(grid: Grid, r: number, roles: ReadonlyMap<number, RoleCandidate[]>): HeaderCandidate {
  const texts = new Map<number, string>();
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(r, c);
    if (t) texts.set(c, t);
  }
  if (r + 1 > grid.bottom || !isSubHeaderRow(grid, r)) return { rows: [r], texts, roles };
  const sub = rowCandidates(grid, r + 1);
  const combined = new Map(roles);
  for (let c = grid.left; c <= grid.right; c++) {
    const below = grid.text(r + 1, c);
    const above = texts.get(c) ?? '';
    if (!below || below === above) continue;
    texts.set(c, above ? `${above} ${below}` : below);
    const cand = sub.get(c);
    // A group header merged across columns ("Thời gian thực hiện" over "Bắt đầu | Hoàn thành")
    // is read once, at its anchor: the columns under it share its roles.
    const group = roles.get(c) ?? roles.get(grid.mergeAt(r, c)?.left ?? c);
    if (cand) combined.set(c, cand);
    else if (!group || isStartColumn(below)) combined.delete(c);
    else combined.set(c, group);
  }
  return { rows: [r, r + 1], texts, roles: combined };
}

/** The next row completes the header: cells merged down from the header, or a split group header. */
function isSubHeaderRow(grid: Grid, r: number): boolean {
  let mergedDown = 0;
  let splitUnder = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const m = grid.mergeAt(r, c);
    if (m && m.top === r && m.bottom > r) mergedDown++;
    if (m && m.top === r && m.bottom === r && m.right > m.left && grid.text(r + 1, c) && !grid.isMergedFollower(r + 1, c)) splitUnder++;
  }
  if (splitUnder > 0) return true;
  if (mergedDown === 0) return onlyHeaderWords(grid, r + 1);
  // Cells merged down plus at least one own sub-header text in the next row.
  for (let c = grid.left; c <= grid.right; c++) {
    if (!grid.isMergedFollower(r + 1, c) && grid.text(r + 1, c) && roleOfHeader(grid.text(r + 1, c)).length) return true;
  }
  return false;
}

/**
 * A two-row header pasted as values loses its merges ("Phân công thực hiện | |" over "Chủ trì |
 * Phối hợp"): the second row is still all header words, which no task row is.
 */
function onlyHeaderWords(grid: Grid, r: number): boolean {
  let words = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    const t = grid.text(r, c);
    if (!t) continue;
    if (!isShortLabel(t) || !isHeaderWord(t)) return false;
    words++;
  }
  return words > 0;
}

function appendixAbove(grid: Grid, r: number, previous: HeaderCandidate | undefined): boolean {
  const from = previous ? previous.rows[previous.rows.length - 1] + 1 : grid.top;
  for (let x = Math.max(from, r - 4); x < r; x++) if (APPENDIX.test(looseKey(grid.rowTexts(x).join(' ')))) return true;
  return false;
}

function forcedHeader(grid: Grid, rows: number[]): HeaderCandidate {
  const sorted = [...rows].sort((a, b) => a - b);
  const h = withSubHeader(grid, sorted[0], rowCandidates(grid, sorted[0]));
  return sorted.length > 1 ? h : { ...h, rows: [sorted[0]] };
}

/** Greedy assignment, best score first, one column per role, then the ambiguous words. */
function assignRoles(grid: Grid, h: HeaderCandidate, completion: number | null, overrides: Partial<ColumnMap> = {}): ColumnMap {
  const byRole = new Map<Role, number>();
  const taken = new Set<number>();
  const headerRow = h.rows[h.rows.length - 1];
  // The completion-date column is read as one whatever its header would otherwise suggest.
  // roleOfHeader already reads "Ngày hoàn thành thực tế" so; a plain "Ngày hoàn thành" is one
  // only beside a deadline column, which only the whole header shows.
  const all = [...h.roles.entries()].flatMap(([col, cands]) => (col === completion ? COMPLETED_ON_ROLES : cands).map((c) => ({ col, ...c })));
  const hasOwnerWord = all.some((x) => x.role === 'owner' && x.score >= 9);
  const hasTaskWord = all.some((x) => x.role === 'task' && x.score >= 7);
  const hasStrongTarget = all.some((x) => x.role === 'target' && x.score >= 8);
  const hasDeadlineWord = all.some((x) => x.role === 'deadline' && x.score >= 8);
  // "Đơn vị | Kết quả" (NQ 03 PL I: "%", "90"): the numbers are values in that unit, not progress.
  const hasUnitColumn = [...h.texts.values()].some((t) => UNIT_HEADER.test(looseKey(t)));
  const baseline = baselineColumns(h, all);
  // "Tiến độ thực hiện: Quý II/2025" in a plan without a time column is its schedule.
  const schedule = new Set(all.filter((x) => x.role === 'deadline' && x.score === 3 && !hasDeadlineWord && looksLikeTimes(grid, x.col, headerRow)).map((x) => x.col));
  // A report's state or narrative ("Tình trạng", "Kết quả thực hiện"), not the schedule: a plain
  // "Kết quả (đạt được)" beside it is the report's narrative, not a plan's target; and a
  // completion-date column beside it only says when a done task was done (completionColumn).
  const isReport = all.some((x) => x.role === 'progress' && x.score >= 9 && x.col !== completion && !schedule.has(x.col));
  const besideState = isReport ? completion : null;
  const adjusted = all.filter((x) => !(x.role === 'progress' && (baseline.has(x.col) || x.col === besideState)) && !(x.role === 'target' && x.score === PLAIN_TARGET && isReport)).map((x) => {
    let score = x.score;
    if (x.role === 'partners' && x.score === 4 && hasOwnerWord) score = 8.5; // "Đơn vị thực hiện" beside a chủ trì column
    if (x.role === 'task' && x.score === 3 && !hasTaskWord) score = 7.5; // "Chỉ tiêu" is the task of an indicator table
    if (x.role === 'progress' && x.score === 4 && hasStrongTarget) score = 7.5; // "Kết quả" beside a target column is progress
    if (x.role === 'progress' && x.score === 4 && looksLikeStatuses(grid, x.col, headerRow, !hasUnitColumn)) score = 7.5;
    if (x.role === 'deadline' && schedule.has(x.col)) score = 10;
    return { ...x, score };
  });
  adjusted.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const x of adjusted) {
    if (byRole.has(x.role) || taken.has(x.col)) continue;
    byRole.set(x.role, x.col);
    taken.add(x.col);
  }
  const map = Object.fromEntries(ROLES.map((r) => [r, byRole.has(r) ? columnLetter(byRole.get(r)!) : null])) as ColumnMap;
  for (const role of ROLES) {
    const v = overrides[role];
    if (v === null) map[role] = null;
    else if (typeof v === 'string' && Number.isFinite(columnNumber(v))) map[role] = v.toUpperCase();
  }
  return map;
}

/**
 * The first column of actual completion dates ("Ngày hoàn thành thực tế", or "Ngày hoàn thành"
 * beside a column that names the deadline: "Thời hạn", "Thời gian thực hiện"), or null. Rows read
 * its date into their progress (progress.ts, withCompletionDate). Beside a state or a narrative
 * result ("Trạng thái nhiệm vụ", "Kết quả thực hiện") the state is the progress and the date only
 * says when a done task was done; alone, the date column is the progress (a date says done).
 */
function completionColumn(h: HeaderCandidate): number | null {
  const besideDeadline = [...h.roles.values()].some((cands) => cands.some((c) => c.role === 'deadline' && c.score >= 8));
  for (const [col, text] of h.texts) if (isCompletionDateColumn(text, besideDeadline)) return col;
  return null;
}

const UNIT_HEADER = /^(?:don vi|don vi tinh|dvt)$/;
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * "Kết quả năm 2024" beside "Mục tiêu năm 2025": last year's result is the baseline the target
 * builds on, not the progress of this year's work. A plain result column ("Kết quả", the weak
 * progress candidate) naming a year before the year of a target column is not progress; "Kết quả
 * thực hiện năm 2024" under a plan to 2025 reports the work, and stays progress.
 */
function baselineColumns(h: HeaderCandidate, all: readonly { col: number; role: Role; score: number }[]): Set<number> {
  const yearOf = (col: number) => Number(YEAR.exec(h.texts.get(col) ?? '')?.[0] ?? NaN);
  const targetYears = all.filter((x) => x.role === 'target').map((x) => yearOf(x.col)).filter(Number.isFinite);
  if (targetYears.length === 0) return new Set();
  const latest = Math.max(...targetYears);
  return new Set(all.filter((x) => x.role === 'progress' && x.score < 5 && yearOf(x.col) < latest).map((x) => x.col));
}
/** How a report states progress: "Đã …", "Đang …", "Chưa …", "Hoàn thành …". */
const STATUS_START = /^(?:da|dang|chua) |^hoan thanh/;

/**
 * Cells below a "Kết quả" header read like a report's statuses ("Đã hoàn thành", "Đang thực
 * hiện"), or like percentages of progress when `numbers` allows it.
 */
function looksLikeStatuses(grid: Grid, col: number, headerRow: number, numbers: boolean): boolean {
  let status = 0;
  let filled = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.bottom, headerRow + 40); r++) {
    const k = looseKey(grid.text(r, col));
    if (!k) continue;
    filled++;
    if (STATUS_START.test(k) || (numbers && /^\d{1,3} ?%?$/.test(k))) status++;
  }
  return filled > 0 && status * 2 >= filled;
}

/** Most filled cells below the header read as times: a schedule, not a report's progress. */
function looksLikeTimes(grid: Grid, col: number, headerRow: number): boolean {
  let times = 0;
  let filled = 0;
  for (let r = headerRow + 1; r <= Math.min(grid.bottom, headerRow + 40); r++) {
    if (grid.isEmpty(r, col)) continue;
    filled++;
    // "Đã hoàn thành ngày 15/8/2025" has a date but reports progress.
    if (!STATUS_START.test(looseKey(grid.text(r, col))) && readsAsTime(grid.cellInput(r, col))) times++;
  }
  return filled > 0 && times * 2 > filled;
}

function buildTable(grid: Grid, h: HeaderCandidate, columns: ColumnMap, completion: number | null, nextHeader: number): DetectedTable {
  const cols = [...h.texts.keys()];
  const left = Math.min(...cols);
  const right = Math.max(...cols);
  let first = h.rows[h.rows.length - 1] + 1;
  let numberRow: number | null = null;
  if (first <= grid.bottom && isNumberRow(grid, first, left, right)) {
    numberRow = first;
    first++;
  }
  let last = first - 1;
  for (let r = first; r < nextHeader && r <= grid.bottom; r++) {
    // The row's first text and whether it has more than two: all the end-of-table tests need.
    let firstText = '';
    let count = 0;
    grid.eachRowText(r, left, right, (t) => {
      if (count++ === 0) firstText = t;
      return count <= 2;
    });
    if (count === 0) continue;
    // Signatures and the next appendix announce themselves in the row's first words.
    // FOOTER and APPENDIX start with a letter: a letterless lead ("1.2") cannot match.
    const head = firstText.slice(0, 40);
    const lead = hasLetter(head) ? looseKey(head) : '';
    if (FOOTER.test(lead) || (APPENDIX.test(lead) && r > first) || (count <= 2 && FOOTNOTE_LINE.test(firstText))) break;
    last = r;
  }
  // The nearest "PHỤ LỤC …" above the header: with glued appendices, the one just above is ours.
  const title = titleLines(grid, { headerRows: h.rows, firstRow: first, lastRow: last, columns }).filter((l) => APPENDIX.test(looseKey(l))).pop() ?? null;
  // Ticked state columns are the progress where the header gave it to one of them, or to none.
  const ticked = stateColumns(grid, h.rows[h.rows.length - 1], left, right);
  const states = ticked && (columns.progress === null || ticked.some((s) => columnLetter(s.col) === columns.progress)) ? ticked : null;
  const withStates = states ? { ...columns, progress: columnLetter(states[0].col) } : columns;
  const doneOnColumn = completion === null ? null : columnLetter(completion);
  const percentColumn = percentBeside(h, withStates.progress);
  return { headerRows: h.rows, firstRow: first, lastRow: Math.max(last, first - 1), columns: withStates, title, numberRow, left, right, headerTexts: h.texts, stateColumns: states, doneOnColumn, percentColumn };
}

/**
 * A percentage column ("Tiến độ (%)") that lost the progress role to a state ("Trạng thái"): a
 * row whose state is blank still states its progress there.
 */
function percentBeside(h: HeaderCandidate, progress: string | null): string | null {
  if (progress === null) return null;
  for (const [col, text] of h.texts) if (columnLetter(col) !== progress && isPercentColumn(text)) return columnLetter(col);
  return null;
}

/** "(1) (2) (3)…": two or more texts, all column numbers. Asked of every row, so no array is built. */
export function isNumberRow(grid: Grid, r: number, left: number, right: number): boolean {
  let n = 0;
  const all = grid.eachRowText(r, left, right, (t) => {
    n++;
    return NUMBER_CELL.test(t);
  });
  return all && n >= 2;
}
