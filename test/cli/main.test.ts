import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

const fixture = (f: string) => path.join(__dirname, '../fixtures', f);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'phuluc-cli-'));

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('phuluc validate', () => {
  test('text report in Vietnamese: verdict, findings with cells, owner breakdown; exit 1 on errors', async () => {
    const r = await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--as-of', '2023-10-16');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/lỗi cần sửa trước khi trình ký/);
    expect(r.out).toMatch(/D12\s+Chỉ tiêu/);
    expect(r.out).toMatch(/Hoàn thành đúng hạn/);
    expect(r.err).toBe('');
  });

  test('--lang en prints English', async () => {
    const r = await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--lang', 'en');
    expect(r.out).toMatch(/errors to fix before signing/);
  });

  test('--format json gives the report interface; several files give an array', async () => {
    const one = await cli('validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '2023-10-16', '--format', 'json');
    const rep = JSON.parse(one.out);
    expect(Object.keys(rep)).toEqual(expect.arrayContaining(['file', 'sheet', 'planYear', 'asOf', 'table', 'tasks', 'findings', 'summary']));
    expect(rep.tasks[0]).toEqual(expect.objectContaining({ row: 4, rows: [4], id: '1.1', status: 'ongoing' }));
    expect(rep.findings[0]).toEqual(expect.objectContaining({ cell: expect.any(String), severity: expect.any(String), message: expect.any(String), messageEn: expect.any(String) }));
    const two = await cli('validate', fixture('ha-giang-2023-tracking.xlsx'), fixture('ha-giang-2023-papi-appendix.xlsx'), '--format', 'json');
    expect(JSON.parse(two.out)).toHaveLength(2);
  });

  test('a score-table workbook reports table.not-found', async () => {
    const r = await cli('validate', fixture('cao-bang-2023-score-tables.xlsx'), '--format', 'json');
    expect(JSON.parse(r.out).findings[0].code).toBe('table.not-found');
  });

  test.each([
    [['validate', 'no-such-file.xlsx'], /Không tìm thấy tệp/],
    [['validate'], /Chưa chỉ ra tệp/],
    [['validate', fixture('ha-giang-2023-tracking.xlsx'), '--sheet', 'Nope'], /Không có trang tính “Nope”/],
    [['validate', fixture('ha-giang-2023-tracking.xlsx'), '--as-of', '16/10/2023'], /--as-of/],
    [['validate', fixture('ha-giang-2023-tracking.xlsx'), '--format', 'xml'], /--format/],
    [['validate', fixture('ha-giang-2023-tracking.xlsx'), '--bogus'], /Tham số không hợp lệ/],
    [['frobnicate'], /Lệnh không hợp lệ/],
  ])('unusable input %j → exit 2 with one line, no stack', async (args, message) => {
    const r = await cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('not an .xlsx, an encrypted/legacy file and a broken zip are refused with exit 2', async () => {
    const text = path.join(tmp, 'text.xlsx');
    writeFileSync(text, 'not a workbook');
    const ole = path.join(tmp, 'locked.xlsx');
    writeFileSync(ole, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    const zip = path.join(tmp, 'broken.xlsx');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]));
    expect((await cli('validate', text)).err).toMatch(/không phải tệp Excel/);
    expect((await cli('validate', ole)).err).toMatch(/mật khẩu/);
    expect((await cli('validate', zip)).err).toMatch(/bị hỏng/);
    for (const f of [text, ole, zip]) expect((await cli('validate', f)).code).toBe(2);
  });

  test('--agencies extends the directory with the user\'s own names', async () => {
    const csv = path.join(tmp, 'agencies.csv');
    writeFileSync(csv, 'canonical_name,level,aliases\nVăn phòng HĐND-UBND thành phố,district,Văn phòng HỆND-UBND thành phố\n');
    const before = JSON.parse((await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--format', 'json')).out);
    const after = JSON.parse((await cli('validate', fixture('ha-giang-2023-papi-appendix.xlsx'), '--format', 'json', '--agencies', csv)).out);
    const unknown = (r: { findings: { code: string; cell: string }[] }) => r.findings.filter((f) => f.code === 'owner.unknown').map((f) => f.cell);
    expect(unknown(before)).toContain('E25');
    expect(unknown(after)).not.toContain('E25');
  });

  test('--annotate writes a copy with notes and status fills and leaves the original untouched', async () => {
    const input = fixture('ha-giang-2023-tracking.xlsx');
    const hash = () => createHash('sha256').update(readFileSync(input)).digest('hex');
    const before = hash();
    const out = path.join(tmp, 'annotated.xlsx');
    const r = await cli('validate', input, '--as-of', '2023-10-16', '--annotate', out);
    expect(r.code).toBe(1);
    expect(hash()).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Theo dõi')!;
    expect(String(ws.getCell('D8').note)).toMatch(/Thiếu chỉ tiêu/);
    expect((ws.getCell('A7').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE'); // 1.4 overdue
    expect((ws.getCell('A6').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFC6EFCE'); // 1.3 done
    expect((await cli('validate', input, '--annotate', input)).code).toBe(2);
  });
});
