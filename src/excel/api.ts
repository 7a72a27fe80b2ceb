/**
 * What the task pane and the ribbon commands ask of the workbook. The Office.js implementation
 * (src/excel/office-workbook.ts) is the only code touching Excel.*; UI tests inject a stub and
 * the demo runs the same Office.js implementation over an in-memory Excel (src/demo/fake-excel).
 */
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
}

export type AddinErrorCode =
  | 'protected'
  | 'edit-mode'
  | 'empty-sheet'
  | 'api-version'
  | 'payload-too-large'
  | 'not-found'
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
  /** Call handler (debounced) when the user edits the active sheet; the add-in's own writes are ignored. */
  onSheetChanged(handler: () => void): Promise<() => void>;
}
