import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';

const fixture = (f: string) => path.join(__dirname, '../fixtures', f);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'phuluc-annotate-'));
const hash = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');
const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (c: ExcelJS.Cell) => {
  const n = c.note as unknown;
  if (!n) return '';
  return typeof n === 'string' ? n : ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
};

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('--annotate on the shared tracking sheet', () => {
  const input = fixture('ha-giang-2023-tracking.xlsx');
  const out = path.join(tmp, 'tracking-annotated.xlsx');
  let before: string;
  let report: Report;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    before = hash(input);
    report = JSON.parse((await cli('validate', input, '--as-of', '2023-10-16', '--format', 'json')).out) as Report;
    const r = await cli('validate', input, '--as-of', '2023-10-16', '--annotate', out);
    expect(r.code).toBe(1);
    ws = (await open(out)).getWorksheet('Theo dõi')!;
  });

  test('the original file is byte-for-byte unchanged', () => {
    expect(hash(input)).toBe(before);
  });

  test('every finding is a note on its cell, in Vietnamese and English, with its severity', () => {
    for (const f of report.findings) {
      const note = noteOf(ws.getCell(f.cell));
      expect(note).toContain(f.message);
      expect(note).toContain(f.messageEn);
    }
    const missing = report.findings.find((f) => f.code === 'target.missing')!;
    expect(noteOf(ws.getCell(missing.cell))).toMatch(/^\[Lỗi \/ Error\] Thiếu chỉ tiêu/);
  });

  test('each task row is filled by status across the table: overdue red, due soon amber, done green, others untouched', () => {
    const expected: Record<string, string | undefined> = { overdue: 'FFFFC7CE', 'due-soon': 'FFFFEB9C', done: 'FFC6EFCE' };
    for (const t of report.tasks) {
      for (const col of ['A', 'C', 'E']) expect([t.row, t.status, col, fillOf(ws.getCell(`${col}${t.row}`))]).toEqual([t.row, t.status, col, expected[t.status]]);
    }
    expect(report.tasks.some((t) => t.status === 'overdue')).toBe(true);
    expect(report.tasks.some((t) => t.status === 'done')).toBe(true);
  });

  test('an overdue row says so in a note too, for readers who cannot see the colour', () => {
    const late = report.tasks.find((t) => t.status === 'overdue')!;
    expect(noteOf(ws.getCell(`A${late.row}`))).toMatch(/Quá hạn \/ Overdue \(\d+ ngày \/ days\)/);
  });

  test('the rest of the sheet survives: values, header, merges', async () => {
    const orig = (await open(input)).getWorksheet('Theo dõi')!;
    for (let r = 1; r <= orig.rowCount; r++) {
      for (let c = 1; c <= orig.columnCount; c++) expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, orig.getCell(r, c).value]);
    }
    expect((ws.model as { merges?: string[] }).merges ?? []).toEqual((orig.model as { merges?: string[] }).merges ?? []);
  });
});

test('a protected sheet keeps its protection and existing notes are kept, with ours appended', async () => {
  const src = path.join(tmp, 'with-note.xlsx');
  const wb = await open(fixture('protected-sheet.xlsx'));
  wb.getWorksheet('Phụ lục')!.getCell('E3').note = 'Ghi chú của người soạn';
  await wb.xlsx.writeFile(src);
  const out = path.join(tmp, 'protected-annotated.xlsx');
  const r = await cli('validate', src, '--as-of', '2025-05-01', '--annotate', out);
  expect(r.code).toBe(0);
  const ws = (await open(out)).getWorksheet('Phụ lục')!;
  expect(noteOf(ws.getCell('E3'))).toMatch(/^Ghi chú của người soạn\n\[Cảnh báo \/ Warning\]/);
  expect(fillOf(ws.getCell('B3'))).toBe('FFFFC7CE'); // Quý I/2025, overdue on 1/5/2025
  expect(fillOf(ws.getCell('B4'))).toBe('FFFFEB9C'); // 15/5/2025, due soon
  expect(fillOf(ws.getCell('B5'))).toBeUndefined(); // Năm 2025, on track
  expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
});

describe('the original is never the output', () => {
  const original = path.join(tmp, 'mine.xlsx');
  beforeAll(() => copyFileSync(fixture('ha-giang-2023-tracking.xlsx'), original));

  test.each([
    ['the same path', () => original],
    ['another spelling of it', () => path.join(tmp, '.', 'sub', '..', 'mine.xlsx')],
    ['a symbolic link to it', () => { const l = path.join(tmp, 'link.xlsx'); if (!existsSync(l)) symlinkSync(original, l); return l; }],
  ])('%s → exit 2, nothing written', async (_label, target) => {
    const before = hash(original);
    const r = await cli('validate', original, '--annotate', target());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/trùng tệp gốc.*never overwritten/);
    expect(hash(original)).toBe(before);
  });

  test('an output in a missing folder is a one-line exit 2', async () => {
    const r = await cli('validate', original, '--annotate', path.join(tmp, 'no', 'such', 'dir', 'out.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Không ghi được tệp/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
