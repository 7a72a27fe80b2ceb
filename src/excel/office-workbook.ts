/**
 * The WorkbookApi over Office.js. Everything that touches Excel.* or Office.* lives in src/excel;
 * the demo passes an in-memory Excel instead of the real one.
 */
import type { AddinSettings, Lang, WorkbookApi } from './api';
import { toAddinError, unsupportedApi } from './errors';
import { clearHighlight, highlight } from './highlight';
import { insertIndexTable, listIndexTables, removeIndexTable, type RecordMap, type RecordStore } from './index-tables';
import { refreshIndexTables } from './index-tables-refresh';
import { readActiveSheet } from './read-snapshot';
import { deleteSheets, insertReportSheet } from './report-sheet';

const SETTINGS_KEY = 'phuluc.settings';
const REPORTS_KEY = 'phuluc.reportSheets';
/** Defined name → IndexTableRecord of every index table the add-in inserted. */
const TABLES_KEY = 'phuluc.indexTables';
const DEBOUNCE_MS = 800;

export interface OfficeEnv {
  Excel: typeof Excel;
  Office: typeof Office;
}

export function createOfficeWorkbook(env: OfficeEnv = { Excel, Office }): WorkbookApi {
  const { Excel: excel, Office: office } = env;
  const settings = () => office.context.document.settings;
  const save = () => new Promise<void>((resolve) => settings().saveAsync(() => resolve()));
  const tables: RecordStore = {
    read: () => (settings().get(TABLES_KEY) as RecordMap | null) ?? {},
    write: async (records) => {
      settings().set(TABLES_KEY, records);
      await save();
    },
  };
  /** Our own writes raise onChanged too; ignore events while we write. */
  let writing = 0;
  const guarded = async <T>(work: () => Promise<T>, writes = false): Promise<T> => {
    if (!office.context.requirements.isSetSupported('ExcelApi', '1.13')) throw unsupportedApi();
    if (writes) writing++;
    try {
      return await work();
    } catch (e) {
      throw toAddinError(e);
    } finally {
      if (writes) setTimeout(() => writing--, DEBOUNCE_MS);
    }
  };

  return {
    displayLanguage: () => office.context.displayLanguage ?? 'vi-VN',
    readActiveSheet: () => guarded(() => readActiveSheet(excel)),
    selectCell: (sheet, address) =>
      guarded(() =>
        excel.run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
        }),
      ),
    highlight: (req) => guarded(() => highlight(excel, req), true),
    clearHighlight: (sheet) => guarded(() => clearHighlight(excel, sheet), true),
    insertReportSheet: (report, lang: Lang) =>
      guarded(async () => {
        const sheet = await insertReportSheet(excel, report, lang);
        settings().set(REPORTS_KEY, [...((settings().get(REPORTS_KEY) as string[] | null) ?? []), sheet]);
        await save();
        return { sheet };
      }, true),
    removeReportSheets: () =>
      guarded(async () => {
        const removed = await deleteSheets(excel, (settings().get(REPORTS_KEY) as string[] | null) ?? []);
        settings().remove(REPORTS_KEY);
        await save();
        return removed;
      }, true),
    insertIndexTable: (layout, opts) => guarded(() => insertIndexTable(excel, tables, layout, opts?.overwrite ?? false), true),
    listIndexTables: () => guarded(() => listIndexTables(excel, tables)),
    refreshIndexTables: (rebuild) => guarded(() => refreshIndexTables(excel, tables, rebuild), true),
    removeIndexTable: (key) => guarded(() => removeIndexTable(excel, tables, key), true),
    loadSettings: async () => (settings().get(SETTINGS_KEY) as AddinSettings | null) ?? {},
    saveSettings: async (s) => {
      settings().set(SETTINGS_KEY, s);
      await save();
    },
    onSheetChanged: (handler) =>
      guarded(async () => {
        if (!office.context.requirements.isSetSupported('ExcelApi', '1.7')) return () => undefined;
        let timer: ReturnType<typeof setTimeout> | null = null;
        const result = await excel.run(async (context) => {
          const ws = context.workbook.worksheets.getActiveWorksheet();
          const reg = ws.onChanged.add(async () => {
            if (writing > 0) return;
            if (timer) clearTimeout(timer);
            timer = setTimeout(handler, DEBOUNCE_MS);
          });
          await context.sync();
          return reg;
        });
        return () => {
          if (timer) clearTimeout(timer);
          void result.remove();
        };
      }),
  };
}
