import { validate } from '../../../src/core/validate';
import { decodeSheet, sheetLegacyEncoding } from '../../../src/core/text/legacy-sheet';
import type { CellValue, SheetSnapshot } from '../../../src/core/types';

function sheet(rows: CellValue[][], font: string | null = null): SheetSnapshot {
  const snap: SheetSnapshot = { sheetName: 'Phụ lục', top: 1, left: 1, values: rows, merges: [] };
  return font ? { ...snap, fonts: rows.map((r) => r.map(() => font)) } : snap;
}
const asOf = '2025-06-15';

/** The same appendix typed with a VNI font and with a TCVN3 font, read through Unicode. */
const VNI_ROWS: CellValue[][] = [
  ['KEÁ HOAÏCH THÖÏC HIEÄN NAÊM 2025', null, null, null, null],
  ['STT', 'Noäi dung nhieäm vuï', 'Ñôn vò chuû trì', 'Ñôn vò phoái hôïp', 'Thôøi gian hoaøn thaønh'],
  [1, 'Raø soaùt thuû tuïc haønh chính', 'Sôû Noäi vuï', 'Sôû Tö phaùp', 'Quyù III/2025'],
  [2, 'Toå chöùc taäp huaán cho caùn boä', 'Sôû Tö phaùp', 'UÛy ban nhaân daân caùc huyeän', 'Thaùng 12/2025'],
];
const TCVN3_ROWS: CellValue[][] = [
  ['KÕ ho¹ch thùc hiÖn n¨m 2025', null, null, null, null],
  ['STT', 'Néi dung nhiÖm vô', '§¬n vÞ chñ tr×', '§¬n vÞ phèi hîp', 'Thêi gian hoµn thµnh'],
  [1, 'Rµ so¸t thñ tôc hµnh chÝnh', 'Së Néi vô', 'Së T­ ph¸p', 'Quý III/2025'],
  [2, 'Tæ chøc tËp huÊn cho c¸n bé', 'Së T­ ph¸p', 'Uû ban nh©n d©n c¸c huyÖn', 'Th¸ng 12/2025'],
];

describe('legacy text at sheet level', () => {
  test.each([
    ['VNI, by its characters', VNI_ROWS, null, 'VNI'],
    ['VNI, with a VNI-Times font', VNI_ROWS, 'VNI-Times', 'VNI'],
    ['TCVN3, by its characters', TCVN3_ROWS, null, 'TCVN3'],
    ['TCVN3, with a .VnTime font', TCVN3_ROWS, '.VnTime', 'TCVN3'],
  ])('%s: read as a task table with its owners, and reported', (_name, rows, font, encoding) => {
    const r = validate(sheet(rows, font), { asOf });
    expect(r.table).toMatchObject({ headerRows: [2], firstRow: 3, lastRow: 4 });
    expect(r.table!.columns).toMatchObject({ id: 'A', task: 'B', owner: 'C', partners: 'D', deadline: 'E' });
    expect(r.tasks.map((t) => t.task)).toEqual(['Rà soát thủ tục hành chính', 'Tổ chức tập huấn cho cán bộ']);
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual([['Sở Nội vụ'], ['Sở Tư pháp']]);
    expect(r.tasks.map((t) => t.deadline.due)).toEqual(['2025-09-30', '2025-12-31']);
    expect(r.planYear).toBe(2025);
    const legacy = r.findings.filter((f) => f.code === 'table.legacy-encoding');
    expect(legacy).toHaveLength(1);
    expect(legacy[0]).toMatchObject({ cell: 'A2' });
    expect(legacy[0].message).toContain(encoding);
  });

  test('a Unicode sheet is left alone, even with a stray legacy font', () => {
    const unicode = decodeSheet(sheet(VNI_ROWS), 'vni');
    expect(unicode.values[1]).toEqual(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']);
    expect(sheetLegacyEncoding(unicode)).toBeNull();
    expect(sheetLegacyEncoding({ ...unicode, fonts: unicode.values.map((r) => r.map(() => 'VNI-Times')) })).toBeNull();
    const r = validate(unicode, { asOf });
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual([['Sở Nội vụ'], ['Sở Tư pháp']]);
    expect(r.findings.some((f) => f.code === 'table.legacy-encoding')).toBe(false);
  });

  test('numbers and displayed texts survive decoding', () => {
    const snap = { ...sheet([[1, 'Sôû Noäi vuï']]), text: [['1', 'Sôû Noäi vuï']] };
    expect(decodeSheet(snap, 'vni')).toMatchObject({ values: [[1, 'Sở Nội vụ']], text: [['1', 'Sở Nội vụ']] });
  });
});

test('a Unicode cell in a legacy sheet (a row typed later) is left as it is', () => {
  const mixed = [...VNI_ROWS, [3, 'Công khai thủ tục', 'Công an tỉnh', 'Sở Nội vụ', 'Quý IV/2025'], [4, 'Công khai', 'Công an', null, null]];
  const decoded = decodeSheet(sheet(mixed), 'vni');
  expect(decoded.values[4]).toEqual([3, 'Công khai thủ tục', 'Công an tỉnh', 'Sở Nội vụ', 'Quý IV/2025']);
  expect(decoded.values[5]).toEqual([4, 'Công khai', 'Công an', null, null]);
  expect(decoded.values[2][2]).toBe('Sở Nội vụ');
});
