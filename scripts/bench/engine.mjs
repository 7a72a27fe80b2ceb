// Engine benchmark: validate() on generated appendices of N tasks, in a fresh process per size
// so that peak memory (maxRSS) belongs to that size alone. Prints time, memory and growth.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const here = fileURLToPath(import.meta.url);
const OWNERS = ['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', 'UBND các huyện, thành phố', 'Sở Tài chính; Sở Xây dựng', 'Công an tỉnh', ''];
const DEADLINES = ['Quý III/2023', '30/6/2023', 'Trong năm 2023', 'Thường xuyên', '6 tháng cuối năm 2023', 'Tháng 12 hàng năm', 'Theo Kế hoạch của UBND tỉnh', '', '2023 - 2025'];
const TARGETS = ['100% xã, phường', 'Kế hoạch', '≥ 8,97', 'Triển khai đồng bộ', '', 'Ít nhất 01 đợt/năm'];
const PROGRESS = ['Hoàn thành', 'Đang thực hiện', '', '80%', 'Chưa thực hiện'];

/** A plan appendix with title lines, a header, a group row every 20 tasks and merged owners. */
export function generate(tasks) {
  const values = [
    ['KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2023', null, null, null, null, null, null],
    ['PHỤ LỤC', null, null, null, null, null, null],
    ['TT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Tiến độ thực hiện'],
  ];
  const merges = [];
  let group = 0;
  for (let i = 0; i < tasks; i++) {
    if (i % 20 === 0) values.push([roman(++group), `Nhóm nhiệm vụ ${group}`, null, null, null, null, null]);
    const row = values.length + 1;
    const owner = OWNERS[i % OWNERS.length];
    values.push([`${group}.${(i % 20) + 1}`, `Nhiệm vụ số ${i + 1}: tổ chức tuyên truyền, phổ biến, kiểm tra việc thực hiện`, TARGETS[i % TARGETS.length],
      i % 5 === 1 ? null : owner, 'Các cơ quan, đơn vị liên quan', DEADLINES[i % DEADLINES.length], PROGRESS[i % PROGRESS.length]]);
    if (i % 5 === 0 && i % 20 < 19) merges.push({ top: row, left: 4, bottom: row + 1, right: 4 });
  }
  return { sheetName: 'Phụ lục', top: 1, left: 1, values, merges };
}

/** Roman numerals, as group rows number their sections (I, II, … XLIX, L). */
function roman(n) {
  const digits = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of digits) while (n >= value) { out += letters; n -= value; }
  return out;
}

async function child(tasks) {
  const { validate } = require('../../build/core/validate.js');
  const snap = generate(tasks);
  validate(generate(100), { asOf: '2023-10-16' }); // warm-up
  const t0 = process.hrtime.bigint();
  const report = validate(snap, { asOf: '2023-10-16' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  // A second sheet of the same size in the same process: the task pane after its first check
  // (code optimised by the JIT, heap grown). Fresh data, so no memo can answer from the first run.
  const again = generate(tasks).values.map((row) => row.map((v) => (typeof v === 'string' ? `${v} ` : v)));
  const t1 = process.hrtime.bigint();
  validate({ ...snap, values: again }, { asOf: '2023-10-16' });
  const warmMs = Number(process.hrtime.bigint() - t1) / 1e6;
  process.send({ tasks, ms, warmMs, found: report.tasks.length, findings: report.findings.length, maxRssMb });
}

/** One fresh process per run: the figure the targets apply to is a first check in a new process. */
function runChild(tasks) {
  return new Promise((resolve, reject) => {
    const p = fork(here, ['--child', String(tasks)]);
    p.on('message', resolve);
    p.on('error', reject);
    p.on('exit', (code) => code && reject(new Error(`bench child for ${tasks} tasks exited ${code}`)));
  });
}

/** Virtual machines vary run to run: each size runs in RUNS fresh processes; the median is reported. */
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run() {
  const rows = [];
  for (const n of [1000, 10000, 100000]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runChild(n));
    const ms = runs.map((r) => r.ms);
    rows.push({ ...runs[0], ms: median(ms), min: Math.min(...ms), max: Math.max(...ms), warmMs: median(runs.map((r) => r.warmMs)), maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) });
  }
  console.log(`Engine: validate() on generated appendices (as of 2023-10-16), median of ${RUNS} fresh processes per size`);
  console.log('  tasks    first (ms)   range (ms)     µs/task   again (ms)   tasks read   findings   peak RSS (MB)');
  for (const r of rows) {
    const range = `${r.min.toFixed(0)}–${r.max.toFixed(0)}`;
    console.log(`  ${String(r.tasks).padStart(7)}  ${r.ms.toFixed(1).padStart(11)}  ${range.padStart(12)}  ${((r.ms * 1000) / r.tasks).toFixed(1).padStart(8)}  ${r.warmMs.toFixed(1).padStart(11)}  ${String(r.found).padStart(11)}  ${String(r.findings).padStart(9)}  ${r.maxRssMb.toFixed(0).padStart(14)}`);
  }
  console.log('  (first: the first check in a fresh process, the figure the targets apply to; again: a second sheet in the same process)');
  const growth = rows[2].ms / rows[1].ms;
  console.log(`  growth 10k → 100k: ×${growth.toFixed(1)} (linear ≈ ×10); targets: 10k < 200 ms ${rows[1].ms < 200 ? 'met' : 'MISSED'}, 100k < 2 s ${rows[2].ms < 2000 ? 'met' : 'MISSED'}`);
  return rows;
}

if (process.argv[2] === '--child') child(Number(process.argv[3])).catch((e) => { console.error(e.message); process.exit(1); });
