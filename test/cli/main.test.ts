import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lazyCommand, main, version } from '../../src/cli/main';
import { UnusableInputError } from '../../src/cli/read-workbook';
import type { Report } from '../../src/core/types';

const fixture = (f: string) => path.join(__dirname, '../fixtures', f);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'phuluc-cli-'));
/** The start of an ANSI colour sequence. */
const ESC = '\u001b[';

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
const json = async (...args: string[]) => {
  const r = await cli(...args, '--format', 'json');
  return { ...r, report: JSON.parse(r.out) as Report | Report[] };
};
const oneLineNoStack = (err: string) => {
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
};

describe('phuluc validate: text report', () => {
  test('Vietnamese: location, columns, verdict with the error count, findings by severity with cells, owner breakdown', async () => {
    const { report } = await json('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--as-of', '2023-10-16');
    const r = await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--as-of', '2023-10-16');
    const rep = report as Report;
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/Bảng nhiệm vụ: A4:G53 \(dòng tiêu đề 4 · dòng đánh số cột 5/);
    expect(r.out).toMatch(/Cột: A Số thứ tự · B Chỉ số \/ tiêu chí · C Nhiệm vụ · D Chỉ tiêu \/ kết quả · E Đơn vị chủ trì · F Đơn vị phối hợp · G Thời hạn/);
    expect(r.out).toMatch(/Năm kế hoạch: 2023 · Tính đến ngày: 16\/10\/2023/);
    expect(r.out).toContain(`Có ${rep.summary.errors} lỗi cần sửa trước khi trình ký`);
    expect(r.out).toMatch(/Lỗi \(\d+\)\n(?:.*\n)*?\s+D12\s+Chỉ tiêu/);
    expect(r.out.indexOf('Lỗi (')).toBeLessThan(r.out.indexOf('Cảnh báo ('));
    expect(r.out).toMatch(/Đơn vị chủ trì.*\| Số nhiệm vụ \| Đến hạn \| Đã hoàn thành \| Hoàn thành đúng hạn \| Hoàn thành quá hạn \| Chưa hoàn thành, trong hạn \| Chưa hoàn thành, quá hạn \| Tỷ lệ quá hạn/);
    expect(r.out).toMatch(/Nhiệm vụ theo trạng thái: .*Thường xuyên \d+/);
    expect(r.out).not.toContain(ESC); // no colours when not writing to a terminal
  });

  test('--lang en prints English', async () => {
    const r = await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--lang', 'en', '--as-of', '2023-10-16');
    expect(r.out).toMatch(/errors to fix before signing/);
    expect(r.out).toMatch(/By owner:\n\s+Owner.*\| Tasks \| Due \| Done \| Done on time/);
  });

  test('a clean appendix says it is ready to sign and exits 0', async () => {
    const r = await cli('validate', fixture('protected-sheet.xlsx'), '--as-of', '2025-05-01');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Không có lỗi: phụ lục sẵn sàng trình ký/);
  });

  test('colours only on a terminal, and never with NO_COLOR', async () => {
    const stdout = process.stdout as NodeJS.WriteStream & { isTTY?: boolean };
    const wasTTY = stdout.isTTY;
    const noColor = process.env.NO_COLOR;
    let written = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { written += String(chunk); return true; });
    try {
      stdout.isTTY = true;
      delete process.env.NO_COLOR;
      await main(['validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16']);
      expect(written).toContain(`${ESC}31m`);
      written = '';
      process.env.NO_COLOR = '1';
      await main(['validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16']);
      expect(written).toMatch(/Quá hạn/);
      expect(written).not.toContain(ESC);
    } finally {
      spy.mockRestore();
      stdout.isTTY = wasTTY;
      if (noColor === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = noColor;
    }
  });
});

describe('phuluc validate: JSON', () => {
  test('one file gives one Report object with the interface fields', async () => {
    const { report, code } = await json('validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16');
    const rep = report as Report;
    expect(Array.isArray(report)).toBe(false);
    expect(code).toBe(1);
    expect(Object.keys(rep)).toEqual(expect.arrayContaining(['file', 'sheet', 'planYear', 'asOf', 'profile', 'table', 'tasks', 'findings', 'summary']));
    expect(rep).toMatchObject({ file: 'ha-giang-2023-tracking.xlsx', sheet: 'Theo dõi', asOf: '2023-10-16', profile: 'normal' });
    expect(rep.tasks[0]).toEqual(expect.objectContaining({ row: 4, rows: [4], id: '1.1', status: 'ongoing', cells: expect.any(Object) }));
    expect(rep.findings[0]).toEqual(expect.objectContaining({ cell: expect.any(String), row: expect.any(Number), column: expect.any(String), code: expect.any(String), severity: expect.any(String), message: expect.any(String), messageEn: expect.any(String) }));
    expect(rep.summary.errors).toBe(rep.findings.filter((f) => f.severity === 'error').length);
  });

  test('several files, or several --sheet, give an array', async () => {
    const two = await json('validate', fixture('ha-giang-2023-tracking.xlsx'), fixture('protected-sheet.xlsx'));
    expect((two.report as Report[]).map((r) => r.file)).toEqual(['ha-giang-2023-tracking.xlsx', 'protected-sheet.xlsx']);
    const sheets = await json('validate', fixture('protected-sheet.xlsx'), '--sheet', 'Hướng dẫn', '--sheet', 'Phụ lục');
    expect((sheets.report as Report[]).map((r) => [r.sheet, r.table !== null])).toEqual([['Hướng dẫn', false], ['Phụ lục', true]]);
    expect(sheets.code).toBe(1); // the cover sheet has no table: table.not-found is an error
  });

  test('--sheet matches without diacritics or case when unambiguous', async () => {
    const { report } = await json('validate', fixture('protected-sheet.xlsx'), '--sheet', 'phu luc');
    expect((report as Report).sheet).toBe('Phụ lục');
  });

  test('options reach the engine: --profile strict, --due-soon-days, --columns', async () => {
    const normal = (await json('validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16')).report as Report;
    const strict = (await json('validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16', '--profile', 'strict')).report as Report;
    expect(strict.profile).toBe('strict');
    expect(strict.summary.errors).toBeGreaterThanOrEqual(normal.summary.errors);
    const soon = (await json('validate', fixture('protected-sheet.xlsx'), '--as-of', '2025-05-01', '--due-soon-days', '0')).report as Report;
    expect(soon.tasks.find((t) => t.row === 4)!.status).toBe('on-track'); // 15/5 is not within 0 days
    const cols = (await json('validate', fixture('protected-sheet.xlsx'), '--as-of', '2025-05-01', '--columns', 'partners=none')).report as Report;
    expect(cols.table!.columns.partners).toBeNull();
  });

  test('a score-table workbook reports table.not-found', async () => {
    const { report } = await json('validate', fixture('cao-bang-2023-score-tables.xlsx'));
    expect((report as Report).findings[0].code).toBe('table.not-found');
  });

  test("--agencies extends the directory with the user's own names", async () => {
    const csv = path.join(tmp, 'agencies.csv');
    writeFileSync(csv, 'canonical_name,level,aliases\nVăn phòng HĐND-UBND thành phố,district,Văn phòng HỆND-UBND thành phố\n');
    const unknown = (r: Report) => r.findings.filter((f) => f.code === 'owner.unknown').map((f) => f.cell);
    const before = (await json('validate', fixture('ha-giang-2023-papi-appendix.xlsx'))).report as Report;
    const after = (await json('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--agencies', csv)).report as Report;
    expect(unknown(before)).toContain('E25');
    expect(unknown(after)).not.toContain('E25');
  });
});

describe('unusable input → exit 2, one line on stderr, no stack', () => {
  const tracking = fixture('ha-giang-2023-tracking.xlsx');
  test.each([
    [['validate', 'no-such-file.xlsx'], /Không tìm thấy tệp.*File not found/],
    [['validate'], /Chưa chỉ ra tệp/],
    [['validate', tracking, '--sheet', 'Nope'], /Không có trang tính “Nope” \(có: “Theo dõi”\)/],
    [['validate', tracking, '--as-of', '16/10/2023'], /--as-of phải là ngày dạng YYYY-MM-DD/],
    [['validate', tracking, '--as-of', '2023-02-30'], /--as-of/],
    [['validate', tracking, '--due-soon-days', 'ten'], /--due-soon-days/],
    [['validate', tracking, '--format', 'xml'], /--format phải là text \| json/],
    [['validate', tracking, '--profile', 'lax'], /--profile/],
    [['validate', tracking, '--lang', 'fr'], /--lang/],
    [['validate', tracking, '--columns', 'boss=E'], /--columns không hợp lệ/],
    [['validate', tracking, '--agencies', path.join(tmp, 'none.csv')], /Không đọc được danh mục đơn vị/],
    [['validate', tracking, '--bogus'], /Tham số không hợp lệ/],
    [['validate', tracking, fixture('protected-sheet.xlsx'), '--annotate', path.join(tmp, 'x.xlsx')], /--annotate chỉ dùng với một tệp/],
    [['frobnicate'], /Lệnh không hợp lệ “frobnicate”/],
  ])('%j', async (args, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    oneLineNoStack(r.err);
  });

  test('not an .xlsx, an encrypted file, a legacy .xls and a broken zip', async () => {
    const text = path.join(tmp, 'text.xlsx');
    writeFileSync(text, 'not a workbook');
    const locked = path.join(tmp, 'locked.xlsx');
    writeFileSync(locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]));
    const xls = path.join(tmp, 'old.xls');
    writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]));
    const zip = path.join(tmp, 'broken.xlsx');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    for (const [file, message] of [[text, /không phải tệp Excel/], [locked, /mật khẩu/], [xls, /\.xls/], [zip, /bị hỏng/]] as const) {
      const r = await cli('validate', file);
      expect([file, r.code]).toEqual([file, 2]);
      expect(r.err).toMatch(message);
      oneLineNoStack(r.err);
    }
  });

  test('one unusable file among several: the others are still reported, exit 2', async () => {
    const r = await cli('validate', fixture('protected-sheet.xlsx'), 'missing.xlsx', '--format', 'json', '--as-of', '2025-05-01');
    expect(r.code).toBe(2);
    expect((JSON.parse(r.out) as Report).sheet).toBe('Phụ lục');
    expect(r.err).toMatch(/missing\.xlsx/);
    oneLineNoStack(r.err);
  });
});

test('an unexpected failure is still one line and exit 2', async () => {
  let err = '';
  const boom = new Error('boom\n    at somewhere (file.js:1:1)');
  const code = await main(['validate', fixture('protected-sheet.xlsx')], { out: () => { throw boom; }, err: (t) => (err += t) });
  expect(code).toBe(2);
  expect(err).toBe('phuluc: Lỗi không mong đợi / Unexpected error: boom\n');
});

describe('dispatch, help and version', () => {
  test('--help and help print the usage with every command; no command is a usage error', async () => {
    for (const args of [['--help'], ['help'], ['validate', '--help']]) {
      const r = await cli(...args);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/phuluc validate <file\.xlsx>…/);
      expect(r.out).toMatch(/check-targets/);
    }
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/Cách dùng \/ Usage/);
  });

  test('--version prints the package version', async () => {
    expect(version()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli('--version')).out).toBe(`phuluc ${version()}\n`);
  });

  test('a command module that is not in the build gives a clear message, not a crash', async () => {
    const err = await lazyCommand('no-such-command').then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect((err as Error).message).toMatch(/Lệnh “no-such-command” chưa có.*not available/);
  });

  test.each(['table', 'check-targets'])('%s is dispatched to its module (or refused cleanly when absent)', async (command) => {
    const r = await cli(command, '--help');
    expect([0, 1, 2]).toContain(r.code);
    expect(r.err + r.out).not.toMatch(/\n\s+at /);
    if (r.code === 2 && /chưa có trong bản cài đặt/.test(r.err)) oneLineNoStack(r.err);
  });
});
