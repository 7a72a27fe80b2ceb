/**
 * The demo's workbook: the Hà Giang sample appendix and tracking sheet and Cao Bằng's 2022 target
 * tables (seed 001, with its arithmetic errors), built from the test
 * fixtures by scripts/build-demo-sample.mjs), with the header rows coloured as a user would, so
 * that the demo shows a user's own fill surviving highlight and clear.
 */
import type { SheetSnapshot } from '../core/types';
import { validate } from '../core/validate';
import { createFakeExcel, type FakeExcel } from './fake-excel';
import type { SheetLook } from './SheetGrid';
import sample from './sample.generated.json';

interface SampleSheet {
  snapshot: SheetSnapshot;
  fills: [number, number, string][];
  bold: [number, number][];
  widths: number[];
}

export const USER_HEADER_FILL = '#DDEBF7';

export function createDemoWorkbook(displayLanguage = 'vi-VN'): { fake: FakeExcel; look: SheetLook } {
  const sheets = (sample as unknown as { sheets: SampleSheet[] }).sheets;
  const fake = createFakeExcel({ sheets: sheets.map((s) => s.snapshot), displayLanguage });
  const look: SheetLook = { widths: {}, bold: {}, wrapped: {} };
  for (const s of sheets) {
    const name = s.snapshot.sheetName;
    look.widths[name] = s.widths;
    look.bold[name] = new Set(s.bold.map(([r, c]) => `${r},${c}`));
    look.wrapped[name] = { rows: s.snapshot.top + s.snapshot.values.length - 1, cols: s.snapshot.left + (s.snapshot.values[0]?.length ?? 0) - 1 };
    for (const [r, c, color] of s.fills) fake.state.userFill(name, r, c, color);
    const table = validate(s.snapshot).table;
    const width = s.snapshot.values[0]?.length ?? 0;
    for (const r of table?.headerRows ?? []) for (let j = 0; j < width; j++) fake.state.userFill(name, r, s.snapshot.left + j, USER_HEADER_FILL);
  }
  return { fake, look };
}
