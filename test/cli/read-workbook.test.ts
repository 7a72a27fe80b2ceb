import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook, UnusableInputError, worksheetToSnapshot } from '../../src/cli/read-workbook';
import type { CellValue, SheetSnapshot } from '../../src/core/types';

const dir = path.join(__dirname, '../fixtures');
const fixture = (f: string) => path.join(dir, f);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'phuluc-read-'));
const at = (s: SheetSnapshot, a1: string): { value: CellValue; text?: string; fmt?: string; font?: string | null } => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].charCodeAt(0) - 64;
  const i = Number(m[2]) - s.top;
  const j = col - s.left;
  return { value: s.values[i]?.[j] ?? null, text: s.text?.[i]?.[j], fmt: s.numberFormats?.[i]?.[j], font: s.fonts?.[i]?.[j] };
};
const sheet = async (file: string, name: string) => (await readWorkbook(fixture(file))).sheets.find((s) => s.sheetName === name)!;

async function inZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return await fn();
  } finally {
    process.env.TZ = before;
  }
}

describe('readWorkbook: cell kinds', () => {
  let s: SheetSnapshot;
  beforeAll(async () => { s = await sheet('values-and-errors.xlsx', 'Giá trị'); });

  test('used range starts at the first non-empty cell and reaches the end of merges', () => {
    expect([s.top, s.left]).toEqual([3, 3]);
    expect(s.values).toHaveLength(17 - 3 + 1);
    expect(s.values[0]).toHaveLength(6 - 3 + 1); // the merge D13:F14 reaches column F
  });

  test('strings, numbers with their format, booleans, formulas as cached results, rich text and hyperlinks as text', () => {
    expect(at(s, 'D3').value).toBe('văn bản');
    expect(at(s, 'D4')).toMatchObject({ value: 1234.5, text: '1234.50', fmt: '#,##0.00' });
    expect(at(s, 'D5')).toMatchObject({ value: 0.875, text: '87.5%' });
    expect(at(s, 'D8')).toMatchObject({ value: true, text: 'TRUE' });
    expect(at(s, 'D10').value).toBe(2469);
    expect(at(s, 'D11').value).toBe('Ủy ban nhân dân');
    expect(at(s, 'D12').value).toBe('Cổng thông tin');
  });

  test('error values become { error }', () => {
    expect(at(s, 'D9')).toMatchObject({ value: { error: '#DIV/0!' }, text: '#DIV/0!' });
  });

  test('dates become Excel serials with their format and day-first text', () => {
    expect(at(s, 'D6')).toMatchObject({ value: 45351, text: '29/02/2024', fmt: 'dd/mm/yyyy' }); // leap day 2024
    expect(at(s, 'D7')).toMatchObject({ value: 45658, text: '01/2025', fmt: 'mm/yyyy' }); // 1 Jan 2025 = 45658
    expect(at(s, 'D15')).toMatchObject({ value: 45731.5, text: '15/03/2025 12:00' });
    expect(at(s, 'D17')).toMatchObject({ value: 45838, text: '30/06/2025' }); // a formula whose cached result is a date
  });

  test('merged areas: listed once, value at the anchor only', () => {
    expect(s.merges).toEqual([{ top: 13, left: 4, bottom: 14, right: 6 }]);
    expect(at(s, 'D13').value).toBe('Ô gộp');
    for (const a of ['E13', 'F13', 'D14', 'E14', 'F14']) expect(at(s, a).value).toBeNull();
  });

  test('font names are kept (legacy TCVN3 text is recognised by its .Vn font)', () => {
    expect(at(s, 'D16')).toMatchObject({ value: 'Uû ban nh©n d©n', font: '.VnTime' });
  });

  test('the same serials whatever the machine time zone', async () => {
    const hcm = await inZone('Asia/Ho_Chi_Minh', () => readWorkbook(fixture('values-and-errors.xlsx')));
    const la = await inZone('America/Los_Angeles', () => readWorkbook(fixture('values-and-errors.xlsx')));
    expect(la.sheets).toEqual(hcm.sheets);
    expect(at(la.sheets[0], 'D7').value).toBe(45658);
    const t = la.sheets.find((x) => x.sheetName === 'Theo dõi')!;
    expect(at(t, 'D2').value).toBe(45838); // DATE(2025,6,30)
    expect(at(t, 'D5').value).toBe(46022); // 31/12/2025
  });
});

test('a 1904-system workbook gives 1904 serials and says so', async () => {
  const wb = await readWorkbook(fixture('date1904.xlsx'));
  expect(wb.date1904).toBe(true);
  const s = wb.sheets[0];
  expect(s.date1904).toBe(true);
  expect(at(s, 'D3')).toMatchObject({ value: 45838 - 1462, text: '30/06/2025' });
});

test('an empty sheet is an empty snapshot, not an error', async () => {
  const wb = await readWorkbook(fixture('empty-workbook.xlsx'));
  expect(wb.sheets).toEqual([expect.objectContaining({ sheetName: 'Sheet1', values: [], merges: [] })]);
});

test('a protected sheet reads like any other', async () => {
  const s = await sheet('protected-sheet.xlsx', 'Phụ lục');
  expect(at(s, 'C3').value).toBe('UBND cấp xã');
});

describe.each(readdirSync(dir).filter((f) => f.endsWith('.xlsx')))('%s: snapshot invariants', (file) => {
  test('grids of one shape, no Date objects, merge followers empty, used range tight', async () => {
    const { sheets } = await readWorkbook(fixture(file));
    for (const s of sheets) {
      const h = s.values.length;
      const w = h ? s.values[0].length : 0;
      for (const g of [s.text!, s.numberFormats!, s.fonts!]) {
        expect(g).toHaveLength(h);
        for (const row of g) expect(row).toHaveLength(w);
      }
      for (const row of s.values) for (const v of row) expect(v instanceof Date).toBe(false);
      for (const m of s.merges) {
        for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) expect(s.values[r - s.top][c - s.left]).toBeNull();
        }
      }
      if (h === 0) continue;
      const covered = (r: number, c: number) => s.values[r - s.top][c - s.left] !== null || s.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
      const cols = Array.from({ length: w }, (_, j) => s.left + j);
      const rows = Array.from({ length: h }, (_, i) => s.top + i);
      expect(cols.some((c) => covered(s.top, c))).toBe(true);
      expect(cols.some((c) => covered(s.top + h - 1, c))).toBe(true);
      expect(rows.some((r) => covered(r, s.left))).toBe(true);
      expect(rows.some((r) => covered(r, s.left + w - 1))).toBe(true);
    }
  });
});

test('the shared Hà Giang appendix keeps its merged owner cells', async () => {
  const s = (await readWorkbook(fixture('ha-giang-2023-papi-appendix.xlsx'))).sheets[0];
  // 3.3's owner "Phòng Tư pháp" is merged over rows 21–22 in column E.
  expect(s.merges).toEqual(expect.arrayContaining([expect.objectContaining({ top: 21, left: 5, bottom: 22, right: 5 })]));
  expect(at(s, 'E21').value).toBe('Phòng Tư pháp');
});

test('worksheetToSnapshot works on a workbook built in memory', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('A');
  ws.getCell('C5').value = new Date(Date.UTC(2025, 0, 1, 23, 30));
  ws.getCell('C5').numFmt = 'dd/mm/yyyy';
  const s = worksheetToSnapshot(ws, false);
  expect(s).toMatchObject({ top: 5, left: 3, values: [[45658 + 23.5 / 24]], text: [['01/01/2025']] });
});

test('a stray merge stretched far beyond the data does not blow up the grid, and its cells stay empty', async () => {
  const ExcelJS = (await import('exceljs')).default;
  const ws = new ExcelJS.Workbook().addWorksheet('A');
  ws.getCell('A1').value = 'Tiêu đề';
  ws.getCell('C3').value = 'x';
  ws.mergeCells('B2:B20000');
  ws.getCell('B2').value = 'gộp';
  const s = worksheetToSnapshot(ws, false);
  expect(s.merges).toEqual([{ top: 2, left: 2, bottom: 20000, right: 2 }]);
  expect(s.values.length).toBeLessThanOrEqual(3 + 1000);
  expect(s.values.length).toBeGreaterThan(3);
  expect(s.values[1][1]).toBe('gộp');
  expect(s.values.slice(2).every((row) => row[1] === null)).toBe(true);
});

describe('unusable input: one bilingual line, typed error', () => {
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => path.join(tmp, 'nope.xlsx'), /Không tìm thấy tệp .* \/ File not found/],
    ['a directory', () => tmp, /là thư mục.*\/.*is a directory/],
    ['an empty file', () => { const f = path.join(tmp, 'empty.xlsx'); writeFileSync(f, ''); return f; }, /rỗng .* \/ .* empty/],
    ['a CSV', () => { const f = path.join(tmp, 'plan.csv'); writeFileSync(f, 'STT,Nhiệm vụ\n1,A\n'); return f; }, /tệp văn bản \(\.csv\).*\/.*text file/],
    ['text named .xlsx', () => { const f = path.join(tmp, 'text.xlsx'); writeFileSync(f, 'not a workbook'); return f; }, /không phải tệp Excel \.xlsx \/ .*not an Excel \.xlsx/],
    ['HTML saved as .xls', () => { const f = path.join(tmp, 'export.xls'); writeFileSync(f, '<html><table></table></html>'); return f; }, /HTML\/XML/],
    ['an encrypted .xlsx', () => oleFile('locked.xlsx', 'EncryptedPackage'), /bảo vệ bằng mật khẩu.*\/.*password-protected \(encrypted\)/],
    ['a legacy .xls', () => oleFile('old.xls', 'Workbook'), /là tệp Excel 97–2003 \(\.xls\) cũ.*\/.*is a legacy Excel 97–2003 \(\.xls\) file:/],
    ['an OLE file of unknown kind', () => oleFile('odd.xlsx', 'Other'), /dạng cũ \(OLE\).*\/.*old-style Office \(OLE\) file/],
    ['a corrupt zip', () => { const f = path.join(tmp, 'broken.xlsx'); writeFileSync(f, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])); return f; }, /bị hỏng.*\/.*damaged/],
  ];
  test.each(cases)('%s', async (_label, make, message) => {
    const err = await readWorkbook(make()).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(UnusableInputError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
  });
});

/** A minimal OLE compound file header followed by a directory entry name (UTF-16LE), as Office writes it. */
function oleFile(name: string, stream: string): string {
  const f = path.join(tmp, name);
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  writeFileSync(f, Buffer.concat([header, Buffer.from(stream, 'utf16le'), Buffer.alloc(128)]));
  return f;
}
