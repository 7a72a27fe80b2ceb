/**
 * What the ribbon buttons and the task pane do with a workbook, as plain functions of the
 * WorkbookApi and the engine, so both use the same code and it can be tested without Office.
 */
import { columnNumber } from '../core/address';
import type { Report, SheetSnapshot } from '../core/types';
import { validate } from '../core/validate';
import type { AddinSettings, HighlightRequest, HighlightResult, WorkbookApi } from '../excel/api';

/** The engine's report on a snapshot, with the choices the user saved in the workbook. */
export function validateWith(snapshot: SheetSnapshot, settings: AddinSettings): Report {
  return validate(snapshot, {
    asOf: settings.asOf ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    profile: settings.profile,
    columns: settings.columns,
    headerRows: settings.headerRows,
  });
}

export async function validateActiveSheet(api: WorkbookApi): Promise<Report> {
  const [snapshot, settings] = await Promise.all([api.readActiveSheet(), api.loadSettings()]);
  return validateWith(snapshot, settings);
}

/** The highlight for a report's tasks across the table's columns; null when there is no table. */
export function highlightRequest(report: Report): HighlightRequest | null {
  if (!report.table) return null;
  const cols = Object.values(report.table.columns).filter((c): c is string => !!c).map(columnNumber);
  return {
    sheet: report.sheet,
    firstColumn: Math.min(...cols),
    lastColumn: Math.max(...cols),
    tasks: report.tasks.map((t) => ({ rows: t.rows, status: t.status })),
  };
}

export const highlightedRows = (result: HighlightResult): number => Object.values(result.rows).reduce((a, b) => a + (b ?? 0), 0);

/** Highlight the tasks of the active sheet by status; returns the number of highlighted rows. */
export async function highlightLateTasks(api: WorkbookApi): Promise<number> {
  const request = highlightRequest(await validateActiveSheet(api));
  return request ? highlightedRows(await api.highlight(request)) : 0;
}

/** Run a ribbon action and always tell Office it is done, whatever happened. */
export async function completing(event: { completed: () => void }, action: () => Promise<unknown>): Promise<void> {
  try {
    await action();
  } catch {
    // The task pane shows errors; a ribbon command has nowhere to show them and must not hang.
  } finally {
    event.completed();
  }
}
