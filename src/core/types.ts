/**
 * The engine's interfaces: a sheet snapshot in, a report out.
 * Pure data; shared by the Excel adapter, the CLI and the task pane.
 * Rows and columns are 1-based sheet coordinates everywhere.
 */

/** An Excel error value as it arrives from Office.js or exceljs ("#REF!", "#N/A", …). */
export interface CellError {
  error: string;
}

/**
 * A raw cell value. Dates are never JS Dates here: like Office.js, a date is its Excel
 * serial number, recognisable by its number format. Empty cells are null.
 */
export type CellValue = string | number | boolean | null | CellError;

/** A merged area in sheet coordinates, inclusive. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of one worksheet as the engine sees it. values[i][j] is the cell at sheet row
 * top + i, column left + j. text and numberFormats, when present, have the same shape.
 */
export interface SheetSnapshot {
  sheetName: string;
  /** Sheet row of values[0]. */
  top: number;
  /** Sheet column (1 = A) of values[i][0]. */
  left: number;
  values: CellValue[][];
  /** Displayed text of each cell (what Excel shows), when known. */
  text?: string[][];
  numberFormats?: string[][];
  merges: MergeArea[];
  /** Font name per cell, when known (used to recognise TCVN3/VNI legacy text). */
  fonts?: (string | null)[][];
  /** The workbook uses the 1904 date system (Mac legacy). */
  date1904?: boolean;
}

export type Role =
  | 'id'
  | 'criterion'
  | 'task'
  | 'target'
  | 'owner'
  | 'partners'
  | 'deadline'
  | 'progress'
  | 'note';

export const ROLES: readonly Role[] = [
  'id',
  'criterion',
  'task',
  'target',
  'owner',
  'partners',
  'deadline',
  'progress',
  'note',
];

/** Column letters by role; null where the table has no such column. */
export type ColumnMap = Record<Role, string | null>;

export type Severity = 'error' | 'warning' | 'info';

export type Field = Role | 'table' | 'text';

/** A calendar date as ISO "YYYY-MM-DD": never an instant, never time-zone dependent. */
export type IsoDate = string;

export type DeadlineKind =
  | 'date'
  | 'period'
  | 'recurring'
  | 'ongoing'
  | 'reference'
  | 'status'
  | 'missing'
  | 'invalid';

export interface DeadlineInfo {
  text: string;
  kind: DeadlineKind;
  /** The last day of the period, where one exists (for recurring: the occurrence in the as-of year). */
  due: IsoDate | null;
  /** First day of the period or of an open-ended task ("Từ 01/7/2025"), when stated. */
  start?: IsoDate | null;
  /** Finer form: day, month, quarter, half, year, year-range, before-year, recurring-yearly, … */
  form?: string;
  /** ambiguous · follow-up (compound cell) · no-year (plan year assumed) · not-a-time · open-ended */
  flags?: string[];
}

export type TargetKind = 'measurable' | 'deliverable' | 'vague' | 'missing';

export interface TargetInfo {
  text: string;
  kind: TargetKind;
}

export type ProgressState = 'done' | 'in-progress' | 'not-started' | 'unknown';

export interface ProgressInfo {
  text: string;
  state: ProgressState;
  percent: number | null;
  /** Completion date when the cell states one ("Hoàn thành ngày 15/8/2023"). */
  doneOn?: IsoDate | null;
  /** Timing the cell states without a date ("Hoàn thành đúng hạn", "Hoàn thành quá hạn"). */
  timing?: 'on-time' | 'late';
}

export interface OwnerInfo {
  text: string;
  /** Canonical names from the agency directory, in the order written. */
  agencies: string[];
  /** Pieces of text that matched no agency. */
  unknown: string[];
  /** Collective, non-accountable owners ("Các sở, ngành"). */
  collective?: string[];
  /** Names the owner cell itself marks as co-operating ("Sở Nội vụ (chủ trì), Sở Tư pháp"): not owners. */
  partners?: string[];
}

export type TaskStatus = 'done' | 'overdue' | 'due-soon' | 'on-track' | 'ongoing' | 'no-deadline';

/**
 * A part of the report read from a memoised parse: frozen and shared by every task with the same
 * cell text (validate.ts), so it is read-only here and throws if changed at run time.
 */
export type Shared<T> = { readonly [K in keyof T]: T[K] extends (infer U)[] ? readonly U[] : T[K] extends (infer U)[] | undefined ? readonly U[] | undefined : T[K] };

export interface Task {
  /** First sheet row of the task. */
  row: number;
  /** Every sheet row the task spans (continuation rows, split rows). */
  rows: number[];
  id: string | null;
  /** The id of the enclosing group row ("1", "I", "A"), if any. */
  section: string | null;
  /** Title of the enclosing group row, if any. */
  sectionTitle?: string | null;
  criterion?: string | null;
  task: string | null;
  owner: Shared<OwnerInfo>;
  partners?: Shared<OwnerInfo> | null;
  deadline: Shared<DeadlineInfo>;
  target: Shared<TargetInfo>;
  progress: Shared<ProgressInfo>;
  status: TaskStatus;
  /** done on time / late where a completion date is known. */
  doneTiming?: 'on-time' | 'late' | null;
  /** Days past due for overdue tasks. */
  daysOverdue?: number | null;
  /** Sheet cell address holding each field's value (after merge resolution), e.g. { owner: "E7" }. */
  cells: Partial<Record<Role, string>>;
}

export interface Finding {
  /** A1 address of the cell the finding is about. */
  cell: string;
  row: number;
  column: string;
  field: Field;
  code: string;
  severity: Severity;
  message: string;
  messageEn: string;
}

export interface TableInfo {
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** Title of the appendix ("PHỤ LỤC I …") when one is seen above the header. */
  title?: string | null;
  /** Number row "(1) (2) (3)…" if present. */
  numberRow?: number | null;
  /**
   * Column of actual completion dates ("Ngày hoàn thành thực tế"), when the table has one: a done
   * task's completion date, which tells done on time from done late.
   */
  doneOnColumn?: string | null;
  /**
   * 'inline' when the plan assigns its tasks in labelled lines ("- Cơ quan chủ trì: …") instead of
   * a table: there is no header row, and every role's "column" is where its lines were found.
   */
  layout?: 'table' | 'inline';
}

export interface OwnerSummary {
  owner: string;
  tasks: number;
  /** Tasks whose due date is on or before the as-of date. */
  due: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  /** Done tasks with no completion date to tell on time from late. */
  doneTimingUnknown?: number;
  /** Not done, not past due (including ongoing tasks and tasks without a deadline). */
  notDoneWithinDeadline: number;
  /** Not done and past due. */
  overdue: number;
  /** overdue / tasks, in percent with one decimal. */
  percentOverdue: number;
}

export interface Summary {
  tasks: number;
  errors: number;
  warnings: number;
  infos: number;
  byStatus: Record<TaskStatus, number>;
  byOwner: OwnerSummary[];
}

export type Profile = 'normal' | 'strict';

export interface Report {
  file?: string;
  sheet: string;
  planYear: number | null;
  asOf: IsoDate;
  profile: Profile;
  table: TableInfo | null;
  /** Further appendices found on the same sheet ("PHỤ LỤC II"), each with its own header. */
  tables?: TableInfo[];
  tasks: Task[];
  findings: Finding[];
  summary: Summary;
}

export interface ValidateOptions {
  /** Default: today (calendar date in the local zone of the caller). */
  asOf?: IsoDate;
  dueSoonDays?: number;
  profile?: Profile;
  /** Plan year; default: from the title ("… NĂM 2023"), else the as-of year. */
  planYear?: number;
  /** Override of column roles by the user: role → column letter (null removes the role). */
  columns?: Partial<ColumnMap>;
  /** Header row(s) chosen by the user, overriding detection. */
  headerRows?: number[];
  /** Extra agency directory entries (user data). */
  agencies?: AgencyEntry[];
  file?: string;
}

export interface AgencyEntry {
  canonical: string;
  level?: string;
  aliases: string[];
  /** 2025 successor name when this agency was merged or renamed. */
  successor?: string | null;
  collective?: boolean;
}
