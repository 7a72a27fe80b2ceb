// Adapter bench: the Office.js adapter over the in-memory fake Excel, which counts context.sync
// calls and request/response bytes (Excel on the web refuses either above 5 MB). Reads, then
// highlights and clears, sheets of 1,000 and 10,000 task rows.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { generate } from './engine.mjs';

const require = createRequire(import.meta.url);

export async function run() {
  execSync('npx tsc -p tsconfig.bench.json', { stdio: 'inherit' });
  const { createFakeExcel } = require('../../build/bench/demo/fake-excel/index.js');
  const { createOfficeWorkbook } = require('../../build/bench/excel/office-workbook.js');
  const { validateWith, highlightRequest } = require('../../build/bench/commands/actions.js');
  const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
  console.log('Adapter: Office.js adapter over the fake Excel (syncs · largest request · largest response)');
  console.log('  tasks     read                      highlight                 clear');
  for (const tasks of [1000, 10000]) {
    const fake = createFakeExcel({ sheets: [generate(tasks)] });
    const api = createOfficeWorkbook(fake);
    const step = async (work) => {
      Object.assign(fake.stats, { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 });
      const t0 = performance.now();
      const out = await work();
      const s = fake.stats;
      return { out, text: `${s.syncs} · ${kb(s.maxRequestBytes)} · ${kb(s.maxResponseBytes)} · ${(performance.now() - t0).toFixed(0)} ms` };
    };
    const read = await step(() => api.readActiveSheet());
    const report = validateWith(read.out, { asOf: '2023-10-16' });
    const hl = await step(() => api.highlight(highlightRequest(report)));
    const clear = await step(() => api.clearHighlight());
    console.log(`  ${String(tasks).padEnd(8)}  ${read.text.padEnd(24)}  ${hl.text.padEnd(24)}  ${clear.text}`);
  }
}
