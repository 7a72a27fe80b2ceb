/** Rendering the task pane over the fake Excel with a sample sheet, for the UI tests. */
import './jsdom-polyfills';
import { configure, render } from '@testing-library/react';
import type { SheetSnapshot } from '../../src/core/types';
import sample from '../../src/demo/sample.generated.json';
import { createFakeExcel, type FakeWorkbookInit } from '../../src/demo/fake-excel';
import type { WorkbookApi } from '../../src/excel/api';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { App } from '../../src/taskpane/App';

/**
 * A fixture's sheet as the engine's snapshot: the demo sample holds the fixtures read by the CLI's
 * reader (exceljs does not load under jsdom), "Phụ lục" (ha-giang-2023-papi-appendix.xlsx),
 * "Theo dõi" (…-tracking.xlsx), "PAPI 2022" and "PAR INDEX 2022" (Cao Bằng's target tables).
 */
export function sampleSheet(name: string): SheetSnapshot {
  const found = (sample as unknown as { sheets: { snapshot: SheetSnapshot }[] }).sheets.find((s) => s.snapshot.sheetName === name);
  if (!found) throw new Error(`no sample sheet ${name}`);
  return JSON.parse(JSON.stringify(found.snapshot)) as SheetSnapshot; // jsdom has no structuredClone
}

// Fluent under jsdom is slow and CI machines are shared: wait up to 8 s before calling an element missing.
configure({ asyncUtilTimeout: 8000 });

export function renderPane(init: FakeWorkbookInit) {
  const fake = createFakeExcel(init);
  const api = createOfficeWorkbook(fake);
  return { fake, api, ...render(<App api={api} />) };
}

export function renderWithApi(api: WorkbookApi) {
  return render(<App api={api} />);
}
