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

/**
 * A plan appendix with title lines, a header, a group row every 20 tasks and merged owners.
 * `sheet` numbers the task descriptions, so that two sheets of one process share their owners,
 * deadlines and targets (as real sheets do) but not their task texts.
 */
export function generate(tasks, sheet = 0) {
  const values = [
    ['KẾ HOẠCH NÂNG CAO CHỈ SỐ PAPI NĂM 2023', null, null, null, null, null, null],
    ['PHỤ LỤC', null, null, null, null, null, null],
    ['TT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Tiến độ thực hiện'],
  ];
  const merges = [];
  let group = 0;
  const label = sheet ? ` (bảng ${sheet})` : '';
  for (let i = 0; i < tasks; i++) {
    if (i % 20 === 0) values.push([roman(++group), `Nhóm nhiệm vụ ${group}${label}`, null, null, null, null, null]);
    const row = values.length + 1;
    const owner = OWNERS[i % OWNERS.length];
    values.push([`${group}.${(i % 20) + 1}`, `Nhiệm vụ số ${i + 1}${label}: tổ chức tuyên truyền, phổ biến, kiểm tra việc thực hiện`, TARGETS[i % TARGETS.length],
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

/** Milliseconds that validate() takes on one generated sheet. */
function timed(validate, snap) {
  const t0 = process.hrtime.bigint();
  const report = validate(snap, { asOf: '2023-10-16' });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, report };
}

/** Tasks of other sheets checked before the warmed figure: enough for V8 to have optimised the engine. */
const WARM_UP_TASKS = 30_000;

async function child(tasks) {
  const { validate } = require('../../build/core/validate.js');
  const snap = generate(tasks);
  validate(generate(100, 99), { asOf: '2023-10-16' }); // loads the directory and the memo tables
  // First check in a fresh process: V8 is still compiling the engine while it runs.
  const first = timed(validate, snap);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const found = first.report.tasks.length;
  const findings = first.report.findings.length;
  first.report = null;
  // Warmed: the engine's own speed once V8 has optimised it, as in a task pane that has already
  // checked a sheet or two. Fresh task texts, so no memo answers from the sheets before.
  for (let done = 0, sheet = 1; done < WARM_UP_TASKS; done += 10_000, sheet++) validate(generate(10_000, 100 + sheet), { asOf: '2023-10-16' });
  const warm = timed(validate, generate(tasks, 1));
  process.send({ tasks, ms: first.ms, warmMs: warm.ms, found, findings, maxRssMb });
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
  console.log('  tasks   warmed (ms)  µs/task   first (ms)   range (ms)   tasks read   findings   peak RSS (MB)');
  for (const r of rows) {
    const range = `${r.min.toFixed(0)}–${r.max.toFixed(0)}`;
    console.log(`  ${String(r.tasks).padStart(6)}  ${r.warmMs.toFixed(1).padStart(11)}  ${((r.warmMs * 1000) / r.tasks).toFixed(1).padStart(7)}  ${r.ms.toFixed(1).padStart(11)}  ${range.padStart(11)}  ${String(r.found).padStart(11)}  ${String(r.findings).padStart(9)}  ${r.maxRssMb.toFixed(0).padStart(14)}`);
  }
  console.log('  warmed: the engine once V8 has optimised it (after 30,000 tasks of other sheets in the same process)');
  console.log('  first:  the first check in a fresh process, while V8 is still compiling the engine');
  const verdict = (ms, limit) => (ms < limit ? 'met' : 'MISSED');
  const [, k10, k100] = rows;
  console.log(`  targets 10k < 200 ms, 100k < 2 s, linear growth:`);
  console.log(`    warmed  10k ${k10.warmMs.toFixed(0)} ms ${verdict(k10.warmMs, 200)}, 100k ${k100.warmMs.toFixed(0)} ms ${verdict(k100.warmMs, 2000)}, growth ×${(k100.warmMs / k10.warmMs).toFixed(1)} (linear ≈ ×10)`);
  console.log(`    first   10k ${k10.ms.toFixed(0)} ms ${verdict(k10.ms, 200)}, 100k ${k100.ms.toFixed(0)} ms ${verdict(k100.ms, 2000)}, growth ×${(k100.ms / k10.ms).toFixed(1)} (compilation is a fixed cost, so growth is below linear)`);
  return rows;
}

if (process.argv[2] === '--child') child(Number(process.argv[3])).catch((e) => { console.error(e.message); process.exit(1); });
