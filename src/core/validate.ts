/**
 * The engine's entry point: a sheet snapshot in, a report out. Finds the task table(s), reads
 * each task's fields, parses them, computes statuses as of a date and collects findings.
 */
import { columnNumber } from './address';
import { defaultDirectory, type AgencyDirectory } from './agencies/directory';
import { todayIso } from './dates';
import { readDeadline, type DeadlineContext } from './fields/deadline';
import { ownerContext, readOwners, type OwnerContext, type OwnerParse } from './fields/owner';
import { readProgress, withCompletionDate, withNoteDate } from './fields/progress';
import { readTarget, type TargetParse } from './fields/target';
import { makeFinding } from './findings';
import { frozen } from './memo';
import { planYearFromTitle } from './plan-year';
import { DEFAULT_DUE_SOON_DAYS, taskStatus } from './status';
import { summarise } from './summary';
import { Grid } from './table/grid';
import { detectTables, titleLines, type DetectedTable } from './table/detect';
import { withCellLabels } from './table/cell-labels';
import { readInline, type InlineRead } from './table/inline';
import { readTasks, type FieldCell, type RawTask } from './table/rows';
import { strayFinding, taskFindings, type TaskFindingContext } from './task-findings';
import { isNotNfc } from './text/normalize';
import { decodeSheet, sheetLegacy } from './text/legacy-sheet';
import { isErrorValue, type CellInput } from './fields/cell-input';
import type { Finding, Profile, ProgressInfo, Report, Role, SheetSnapshot, TableInfo, Task, ValidateOptions } from './types';

interface Context {
  asOf: string;
  profile: Profile;
  dueSoonDays: number;
  planYear: number | null;
  directory: AgencyDirectory;
  /** Who writes the plan, and when: which bodies its owner cells name. */
  owners: OwnerContext;
  /** What the deadline and progress parsers need, built once rather than per task. */
  deadlineCtx: DeadlineContext;
  progressCtx: { planYear: number | null; date1904: boolean };
}

const REQUIRED_COLUMNS = [
  { role: 'owner', vi: 'đơn vị chủ trì', en: 'owner', label: 'Cơ quan chủ trì' },
  { role: 'deadline', vi: 'thời hạn', en: 'deadline', label: 'Thời gian thực hiện' },
  { role: 'target', vi: 'chỉ tiêu / kết quả', en: 'target', label: 'Sản phẩm / Kết quả' },
] as const;

export function validate(snapshot: SheetSnapshot, options: ValidateOptions = {}): Report {
  const asOf = options.asOf ?? todayIso();
  const profile = options.profile ?? 'normal';
  const legacy = sheetLegacy(snapshot);
  const grid = new Grid(legacy ? decodeSheet(snapshot, legacy) : snapshot);
  const detected = detectTables(grid, { columns: options.columns, headerRows: options.headerRows });
  const inline = detected.length === 0 ? readInline(grid) : null;
  const tables = inline ? [inline.table] : detected;
  const base = { file: options.file, sheet: snapshot.sheetName, asOf, profile };

  if (tables.length === 0) {
    const findings = [makeFinding('table.not-found', snapshot.top, snapshot.left, profile)];
    const planYear = options.planYear ?? planYearFromTitle(firstLines(grid, 8));
    return { ...base, planYear, table: null, tables: [], tasks: [], findings, summary: summarise([], findings, asOf) };
  }

  const titles = inline ? firstLines(grid, 8) : titleLines(grid, tables[0]);
  const planYear = options.planYear ?? planYearFromTitle([...titles, snapshot.sheetName]);
  const findings: Finding[] = [];
  const ctx: Context = {
    asOf,
    profile,
    dueSoonDays: options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
    planYear,
    directory: defaultDirectory(options.agencies),
    owners: ownerContext([...titles, snapshot.sheetName], planYear),
    deadlineCtx: { planYear, asOf, date1904: snapshot.date1904 ?? false },
    progressCtx: { planYear, date1904: snapshot.date1904 ?? false },
  };
  if (legacy) {
    // At the first cell the conversion changed: "STT" at the header's start is ASCII in any encoding.
    findings.push(makeFinding('table.legacy-encoding', legacy.first.row, legacy.first.col, profile, { encoding: legacy.encoding.toUpperCase() }));
  }

  const tasks: Task[] = [];
  if (inline) {
    findings.push(...inlineFindings(inline, profile));
    for (const raw of inline.tasks) tasks.push(readTask(raw, ctx, findings));
  }
  for (const table of detected) {
    const first = tasks.length;
    const horizon = headerHorizon(table, ctx);
    for (const raw of readTasks(grid, table)) tasks.push(readTask(raw, ctx, findings, horizon));
    findings.push(...columnFindings(table, profile, tasks.slice(first)));
  }
  const unique = dedupe(findings);
  // Column letters are upper-case ASCII: by length, then code units, is their sheet order.
  unique.sort((a, b) => a.row - b.row || a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));

  return {
    ...base,
    planYear,
    table: tableInfo(tables[0]),
    tables: tables.map(tableInfo),
    tasks,
    findings: unique,
    summary: summarise(tasks, unique, asOf),
  };
}

/**
 * Sub-rows sharing a merged cell would report it once per row: keep the first finding of each
 * code and message in a cell. Findings are grouped by row number (a row holds a few) rather than
 * keyed by a joined string, which cost a long string per finding on large sheets.
 */
function dedupe(findings: Finding[]): Finding[] {
  // Most rows have one finding: it is kept as itself, a list only from the second on.
  const byRow = new Map<number, Finding | Finding[]>();
  const same = (f: Finding) => (g: Finding) => g.cell === f.cell && g.code === f.code && g.message === f.message;
  return findings.filter((f) => {
    const kept = byRow.get(f.row);
    if (kept === undefined) {
      byRow.set(f.row, f);
      return true;
    }
    const list = Array.isArray(kept) ? kept : [kept];
    if (list.some(same(f))) return false;
    list.push(f);
    if (list !== kept) byRow.set(f.row, list);
    return true;
  });
}

const NO_ERRORS: ReadonlySet<string> = new Set();

/** The text a parser reads: '' for a formula error. */
function fieldText(cell: FieldCell | undefined): string {
  return cell && !isErrorValue(cell.value) ? cell.text : '';
}

/** What a parser reads of a cell: the cell itself, or '' for a formula error. */
function fieldInput(cell: FieldCell): CellInput {
  return isErrorValue(cell.value) ? { value: cell.value, text: '', numberFormat: cell.numberFormat ?? null } : cell;
}

/** One task and its findings, which are appended to out; `horizon` is the table's (headerHorizon). */
function readTask(raw: RawTask, ctx: Context, out: Finding[], horizon: Task['deadline'] | null = null): Task {
  const f = stateBeside(withCellLabels(raw.fields), raw, ctx);
  // One pass over the cells: their addresses for the report, and the roles whose cell holds a
  // formula error (#REF!, #N/A), which is not an owner or a target: reported, read as empty.
  const cells: Task['cells'] = {};
  let errorRoles: Set<string> | null = null;
  for (const role in f) {
    const c = f[role as Role];
    if (!c) continue;
    cells[role as Role] = c.address;
    if (isErrorValue(c.value)) (errorRoles ??= new Set()).add(role);
  }
  // Shared memo entries, read only: publicOwner gives the report their frozen view.
  const owner = f.owner ? readOwners(fieldText(f.owner), ctx.directory, ctx.owners) : null;
  const partners = f.partners ? readOwners(fieldText(f.partners), ctx.directory, ctx.owners) : null;
  // Frozen readings, shared by every task with the same text (see memo.ts, frozen).
  const deadline = f.deadline ? readDeadline(fieldInput(f.deadline), ctx.deadlineCtx) : (sectionHorizon(raw, ctx) ?? horizon ?? NO_DEADLINE);
  const stated = f.progress ? readProgress(fieldInput(f.progress), ctx.progressCtx) : NO_PROGRESS;
  const { progress, doneOnCell } = withDoneOn(stated, raw, f, ctx);
  const target = f.target ? readTarget(fieldText(f.target)) : null;
  const status = taskStatus(deadline, progress, ctx.asOf, ctx.dueSoonDays);

  const task: Task = {
    row: raw.row,
    rows: raw.rows,
    id: raw.id,
    section: raw.section,
    sectionTitle: raw.sectionTitle,
    criterion: f.criterion ? fieldText(f.criterion) || null : null,
    task: f.task ? fieldText(f.task) || null : null,
    owner: owner ? publicOwner(owner) : NO_OWNER,
    partners: partners ? publicOwner(partners) : null,
    deadline,
    target: target ? publicTarget(target) : NO_TARGET,
    progress,
    status: status.status,
    doneTiming: status.doneTiming,
    daysOverdue: status.daysOverdue,
    cells,
  };
  const renamed = owner ? renamesFor(owner, ctx.planYear) : NO_RENAMES;
  taskFindings(task, { asOf: ctx.asOf, profile: ctx.profile, fields: f, owner, partners, renamed, errorRoles: errorRoles ?? NO_ERRORS, doneOnCell }, out);
  if (raw.strays) for (const cell of raw.strays) out.push(strayFinding(cell, ctx.profile));
  if (errorRoles) for (const role of errorRoles) {
    const cell = f[role as Role]!;
    out.push(makeFinding('cell.error', cell.row, cell.col, ctx.profile, { value: (cell.value as { error: string }).error }, role as Role));
  }
  nfcFindings(f, ctx.profile, out);
  return task;
}

/**
 * A report whose progress column ("Kết quả thực hiện", "Trạng thái") is blank on a row may state
 * the row's progress beside it: in a percentage column ("Tiến độ (%)") or in "Ghi chú" ("Đã hoàn
 * thành", "Chưa thực hiện"); the officer reads it there. Only a cell that reads as a state counts;
 * the progress cell is then that cell.
 */
function stateBeside(f: Partial<Record<Role, FieldCell>>, raw: RawTask, ctx: Context): Partial<Record<Role, FieldCell>> {
  if (!f.progress || fieldText(f.progress)) return f;
  for (const cell of [raw.percent, f.note]) {
    if (cell && fieldText(cell) && readProgress(fieldInput(cell), ctx.progressCtx).state !== 'unknown') return { ...f, progress: cell };
  }
  return f;
}

/**
 * The progress with the completion date written beside the state, and the cell that holds it:
 * the completion-date column ("Ngày hoàn thành thực tế"), else the note of a done task ("Hoàn
 * thành ngày 05/8/2026"). No cell when the date is the state's own or none is written.
 */
function withDoneOn(stated: Readonly<ProgressInfo>, raw: RawTask, f: Partial<Record<Role, FieldCell>>, ctx: Context): { progress: Readonly<ProgressInfo>; doneOnCell?: FieldCell } {
  if (raw.doneOn) {
    const p = withCompletionDate(stated, fieldInput(raw.doneOn), ctx.progressCtx);
    if (p !== stated) return { progress: p, doneOnCell: raw.doneOn };
  }
  if (f.note && f.note !== f.progress) {
    const p = withNoteDate(stated, fieldInput(f.note), ctx.progressCtx);
    if (p !== stated) return { progress: p, doneOnCell: f.note };
  }
  return { progress: stated };
}

/**
 * A table without a time column may group its rows by horizon: NQ 03/NQ-CP Phụ lục I has
 * "I | Đến năm 2030" and "II | Đến năm 2045" over its indicators. The officer reads each row as
 * due by its group's year, so a group title that reads as a dated time is the row's deadline.
 */
function sectionHorizon(raw: RawTask, ctx: Context): Task['deadline'] | null {
  const title = raw.sectionTitle;
  return title ? horizonFrom(title, ctx, (d) => d.kind === 'period' || d.kind === 'date') : null;
}

/**
 * An indicator table without a time column ("STT | Chỉ tiêu | Đơn vị tính | Năm 2025 (thực hiện)
 * | Mục tiêu 2026 | Cơ quan chủ trì theo dõi") sets its horizon in the target's header: the
 * officer reads each indicator as due by the end of that year ("Mục tiêu 2026", "Chỉ tiêu năm
 * 2026", "Kế hoạch 2026"), or of the range's last year ("Mục tiêu đến 2030"). The deadline's text
 * is the header's, its form 'header-year' says where it was read. A group's horizon
 * (sectionHorizon) is nearer the row and comes first.
 */
function headerHorizon(table: DetectedTable, ctx: Context): Task['deadline'] | null {
  const target = table.columns.target;
  if (table.columns.deadline !== null || target === null) return null;
  const text = table.headerTexts.get(columnNumber(target));
  if (!text) return null;
  const d = horizonFrom(text, ctx, (h) => h.kind === 'period' && (h.form === 'year' || h.form === 'year-range'));
  // No start: "Mục tiêu đến 2030" bounds the work without saying when it begins.
  return d ? frozen({ text, kind: 'period', due: d.due, form: 'header-year', flags: [] }) : null;
}

/** A heading's text read as a deadline, as a cell of its own; kept when dated and of a kind `fits` takes. */
function horizonFrom(text: string, ctx: Context, fits: (d: Task['deadline']) => boolean): Task['deadline'] | null {
  const d = readDeadline({ value: text, text, numberFormat: null }, ctx.deadlineCtx);
  return d.due !== null && fits(d) ? d : null;
}

const NO_RENAMES: TaskFindingContext['renamed'] = [];

/** 2025 renames matter to plans of 2025 on (or of unknown year), not to a 2023 plan read today. */
function renamesFor(o: Readonly<OwnerParse>, planYear: number | null): TaskFindingContext['renamed'] {
  return planYear !== null && planYear < 2025 ? NO_RENAMES : o.renamed;
}

/**
 * The report's parts that come from a memoised parse: frozen, one per parse, so that tasks with the
 * same owner or target text share one object instead of each holding copies. A memo entry is
 * never changed, so its view never goes stale; the WeakMap lets both go when the memo drops them.
 */
const ownerViews = new WeakMap<Readonly<OwnerParse>, Task['owner']>();
const targetViews = new WeakMap<Readonly<TargetParse>, Task['target']>();

/** The owner fields of §4 plus collective names and the partners the cell marks, without parse internals. */
function publicOwner(o: Readonly<OwnerParse>): Task['owner'] {
  let view = ownerViews.get(o);
  if (!view) {
    const collective = o.collective && o.collective.length > 0 ? { collective: o.collective } : {};
    const partners = o.partners && o.partners.length > 0 ? { partners: o.partners } : {};
    ownerViews.set(o, (view = frozen({ text: o.text, agencies: o.agencies, unknown: o.unknown, ...collective, ...partners })));
  }
  return view;
}

function publicTarget(t: Readonly<TargetParse>): Task['target'] {
  let view = targetViews.get(t);
  if (!view) targetViews.set(t, (view = frozen({ text: t.text, kind: t.kind })));
  return view;
}

const NO_OWNER: Task['owner'] = frozen({ text: '', agencies: [], unknown: [] });
const NO_TARGET: Task['target'] = frozen({ text: '', kind: 'missing' });
const NO_DEADLINE: Task['deadline'] = frozen({ text: '', kind: 'missing', due: null });
const NO_PROGRESS: Task['progress'] = frozen({ text: '', state: 'unknown', percent: null });

/**
 * Required columns the table lacks; no time column is needed when every group row, or the
 * target's header, gave one (every task is then due by it), and
 * no target column in a progress report (báo cáo tiến độ: a progress column), which has none by design.
 */
function columnFindings(table: DetectedTable, profile: Profile, tasks: readonly Task[]): Finding[] {
  const row = table.headerRows[table.headerRows.length - 1];
  const timedByGroups = tasks.length > 0 && tasks.every((t) => t.deadline.due !== null);
  const excused = (role: Role) => (role === 'deadline' && timedByGroups) || (role === 'target' && table.columns.progress !== null);
  const lacking = (c: (typeof REQUIRED_COLUMNS)[number]) => table.columns[c.role] === null && !excused(c.role);
  return REQUIRED_COLUMNS.filter(lacking).map((c) =>
    makeFinding('table.column-missing', row, table.left, profile, { column: c.vi, columnEn: c.en }),
  );
}

/** Inline assignments: say how the tasks were read, and which label no task has. */
function inlineFindings(inline: InlineRead, profile: Profile): Finding[] {
  const { firstRow, left } = inline.table;
  return [
    makeFinding('table.inline', firstRow, left, profile, { count: inline.tasks.length }),
    ...REQUIRED_COLUMNS.filter((c) => inline.unlabelled.includes(c.role)).map((c) =>
      makeFinding('table.label-missing', firstRow, left, profile, { label: c.label, column: c.vi, columnEn: c.en }),
    ),
  ];
}

/** Cells whose stored text is decomposed Unicode (combining marks: a cheap test before NFC). */
function nfcFindings(fields: RawTask['fields'], profile: Profile, out: Finding[]): void {
  for (const role in fields) {
    const cell = fields[role as Role];
    const v = cell?.value;
    if (cell && !cell.inherited && typeof v === 'string' && COMBINING.test(v) && isNotNfc(v)) {
      out.push(makeFinding('text.not-nfc', cell.row, cell.col, profile));
    }
  }
}

const COMBINING = /[\u0300-\u036f]/;

function firstLines(grid: Grid, n: number): string[] {
  const out: string[] = [];
  for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + n - 1); r++) {
    const parts: string[] = [];
    for (let c = grid.left; c <= grid.right; c++) {
      const s = grid.text(r, c);
      if (s) parts.push(s);
    }
    if (parts.length) out.push(parts.join(' '));
  }
  return out;
}

function tableInfo(t: DetectedTable): TableInfo {
  return {
    headerRows: t.headerRows,
    firstRow: t.firstRow,
    lastRow: t.lastRow,
    columns: t.columns,
    title: t.title ?? null,
    numberRow: t.numberRow ?? null,
    layout: t.layout ?? 'table',
    // Only where the table has one: reports of other tables keep their shape.
    ...(t.doneOnColumn ? { doneOnColumn: t.doneOnColumn } : {}),
  };
}
