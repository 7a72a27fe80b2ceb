/**
 * What the ribbon buttons do, as plain functions of the workbook API and the engine, so they can
 * be tested without Office. Errors never escape: a ribbon command must always complete.
 */
import { columnNumber } from '../core/address';
import type { Report } from '../core/types';
import { validate } from '../core/validate';
import type { WorkbookApi } from '../excel/api';

export async function validateActiveSheet(api: WorkbookApi): Promise<Report> {
  const [snapshot, settings] = await Promise.all([api.readActiveSheet(), api.loadSettings()]);
  return validate(snapshot, {
    asOf: settings.asOf ?? undefined,
    dueSoonDays: settings.dueSoonDays,
    profile: settings.profile,
    columns: settings.columns,
    headerRows: settings.headerRows,
  });
}

/** Highlight the tasks of the active sheet by status; returns the number of highlighted rows. */
export async function highlightLateTasks(api: WorkbookApi): Promise<number> {
  const report = await validateActiveSheet(api);
  if (!report.table) return 0;
  const cols = Object.values(report.table.columns).filter((c): c is string => !!c).map(columnNumber);
  const result = await api.highlight({
    sheet: report.sheet,
    firstColumn: Math.min(...cols),
    lastColumn: Math.max(...cols),
    tasks: report.tasks.map((t) => ({ rows: t.rows, status: t.status })),
  });
  return Object.values(result.rows).reduce((a, b) => a + (b ?? 0), 0);
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
