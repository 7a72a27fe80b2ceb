#!/usr/bin/env node
// Builds the demo's sample workbook (src/demo/sample.generated.json) from the Hà Giang fixtures and
// the Cao Bằng target tables:
// each sheet as the engine's snapshot (read by the CLI's own reader), plus the fills, bold cells
// and column widths the grid draws. The output is committed; run `npm run demo:sample` after
// changing a fixture.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const require = createRequire(import.meta.url);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { worksheetToSnapshot } = require(path.join(root, 'build/cli/read-workbook.js'));
const FILES = ['ha-giang-2023-papi-appendix.xlsx', 'ha-giang-2023-tracking.xlsx', 'cao-bang-2023-score-tables.xlsx', 'cao-bang-2023-par-targets.xlsx'];

const argbToHex = (argb) => (typeof argb === 'string' && /^[0-9A-F]{8}$/i.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null);

const sheets = [];
for (const file of FILES) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(root, 'test/fixtures', file));
  for (const ws of wb.worksheets) {
    const snapshot = worksheetToSnapshot(ws, false);
    const fills = [];
    const bold = [];
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const color = cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? argbToHex(cell.fill.fgColor?.argb) : null;
        if (color && color !== '#FFFFFF') fills.push([r, c, color]);
        if (cell.font?.bold) bold.push([r, c]);
      }),
    );
    const widths = Array.from({ length: ws.columnCount }, (_, i) => Math.round(ws.getColumn(i + 1).width ?? 9));
    delete snapshot.fonts; // the demo grid draws in one font; legacy-font detection is tested elsewhere
    sheets.push({ snapshot, fills, bold, widths });
  }
}
const out = path.join(root, 'src/demo/sample.generated.json');
writeFileSync(out, JSON.stringify({ source: FILES, sheets }) + '\n');
console.log(`wrote ${path.relative(root, out)} (${sheets.length} sheets)`);
