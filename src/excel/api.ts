/**
 * What the task pane and the ribbon commands ask of the workbook. The Office.js implementation
 * (src/excel/office-workbook.ts) is the only code touching Excel.*; UI tests inject a stub and
 * the demo runs the same Office.js implementation over an in-memory Excel (src/demo/fake-excel).
 */
import type { LayoutMeta, TableLayout } from '../core/indices/layout';
import type { IndexId } from '../core/indices/model';
import type { ColumnMap, IsoDate, Profile, Report, SheetSnapshot, TaskStatus } from '../core/types';

export type Lang = 'vi' | 'en';

export interface HighlightTask {
  rows: number[];
  status: TaskStatus;
}

export interface HighlightRequest {
  sheet: string;
  /** Columns of the table (1-based, inclusive): the highlight covers these cells of each task row. */
  firstColumn: number;
  lastColumn: number;
  tasks: HighlightTask[];
}

export interface HighlightResult {
  /** Rows highlighted by status (overdue red, due-soon amber, done green). */
  rows: Partial<Record<TaskStatus, number>>;
  /** context.sync calls used. */
  syncs: number;
}

/** Per-workbook choices the add-in remembers (Office settings, saved in the file). */
export interface AddinSettings {
  columns?: Partial<ColumnMap>;
  headerRows?: number[];
  asOf?: IsoDate | null;
  dueSoonDays?: number;
  profile?: Profile;
  /** Index results the user imported (CSV or a pasted published table), by index: kept in the workbook. */
  imported?: Partial<Record<IndexId, string>>;
}

export type AddinErrorCode =
  | 'protected'
  | 'edit-mode'
  | 'empty-sheet'
  | 'api-version'
  | 'payload-too-large'
  | 'not-found'
  | 'not-empty'
  | 'unknown';

/** A failure the pane can explain to the user in both languages; nothing was half-written. */
export class AddinError extends Error {
  constructor(
    readonly code: AddinErrorCode,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(messageEn);
    this.name = 'AddinError';
  }
}

/** An index table the add-in inserted, as recorded in the workbook (a defined name + document settings). */
export interface IndexTableRecord {
  /** Identifies the table for removeIndexTable: the layout's key, "#2", "#3"… added when the same table is inserted again. */
  key: string;
  sheet: string;
  /** A1 range from the title row to the last note ("B3:K14"); it follows rows the user inserts above. */
  address: string;
  meta: LayoutMeta;
  /** ISO date-time of the insertion. */
  insertedAt: string;
}

export interface IndexTableChange {
  key: string;
  sheet: string;
  /** The cell, A1 ("E7"). */
  address: string;
  before: string | number | null;
  after: string | number | null;
}

export type RefreshSkipReason =
  /** The defined name was deleted (or its cells were): the record is dropped. */
  | 'name-removed'
  /** The rebuilt table has other dimensions than the range in the sheet (or the user inserted rows inside it): nothing written. */
  | 'shape-changed'
  /** rebuild returned null: no data for it any more. */
  | 'no-data'
  /** rebuild threw. */
  | 'rebuild-failed';

export interface RefreshSummary {
  /** Tables brought up to date (the skipped ones not counted). */
  tables: number;
  cellsChanged: number;
  /** The changed cells, at most REFRESH_CHANGES_CAP of them (cellsChanged counts all). */
  changes: IndexTableChange[];
  skipped: { key: string; reason: RefreshSkipReason }[];
}

export interface WorkbookApi {
  /** Office's display language ("vi-VN", "en-US", …). */
  displayLanguage(): string;
  /** The active sheet's used range as the engine's snapshot (values, text, formats, merges). */
  readActiveSheet(): Promise<SheetSnapshot>;
  /** Select and scroll to one cell ("D12") of a sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Replace the add-in's previous highlight on that sheet with this one. */
  highlight(req: HighlightRequest): Promise<HighlightResult>;
  /** Remove every highlight the add-in made (on one sheet, or all); the user's formats stay. */
  clearHighlight(sheet?: string): Promise<{ removed: number }>;
  /** Write findings and the by-owner summary to a new sheet; returns its name. */
  insertReportSheet(report: Report, lang: Lang): Promise<{ sheet: string }>;
  /** Delete the sheets inserted by insertReportSheet; returns how many. */
  removeReportSheets(): Promise<number>;
  loadSettings(): Promise<AddinSettings>;
  saveSettings(settings: AddinSettings): Promise<void>;
  /**
   * Write the table at the active cell of the active sheet, in one batch, and record it. Throws
   * AddinError 'not-empty' (nothing written) when a target cell has content, unless overwrite.
   */
  insertIndexTable(layout: TableLayout, opts?: { overwrite?: boolean }): Promise<IndexTableRecord>;
  /** The recorded tables still in the workbook (records whose name was deleted are dropped). */
  listIndexTables(): Promise<IndexTableRecord[]>;
  /**
   * Rebuild every recorded table and write only the cells whose content changed: the user's
   * formats, typed increases and rows added below stay.
   */
  refreshIndexTables(rebuild: (meta: LayoutMeta) => Promise<TableLayout | null>): Promise<RefreshSummary>;
  /** Clear the table's range (contents, formats, merges) and forget it; returns the cells cleared (0 if unknown). */
  removeIndexTable(key: string): Promise<number>;
  /** Call handler (debounced) when the user edits the active sheet; the add-in's own writes are ignored. */
  onSheetChanged(handler: () => void): Promise<() => void>;
}
