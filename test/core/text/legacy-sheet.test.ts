import { validate } from '../../../src/core/validate';
import { decodeSheet, sheetLegacy } from '../../../src/core/text/legacy-sheet';
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
    expect(legacy[0]).toMatchObject({ cell: 'A1' });
    expect(legacy[0].message).toContain(encoding);
  });

  test('a Unicode sheet is left alone, even with a stray legacy font', () => {
    const unicode = decodeSheet(sheet(VNI_ROWS), sheetLegacy(sheet(VNI_ROWS))!);
    expect(unicode.values[1]).toEqual(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành']);
    expect(sheetLegacy(unicode)).toBeNull();
    expect(sheetLegacy({ ...unicode, fonts: unicode.values.map((r) => r.map(() => 'VNI-Times')) })).toBeNull();
    const r = validate(unicode, { asOf });
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual([['Sở Nội vụ'], ['Sở Tư pháp']]);
    expect(r.findings.some((f) => f.code === 'table.legacy-encoding')).toBe(false);
  });

  test('numbers and displayed texts survive decoding', () => {
    const snap = { ...sheet([[1, 'Sôû Noäi vuï']]), text: [['1', 'Sôû Noäi vuï']] };
    // One VNI cell is too little to detect, so the plan is given: the whole sheet in VNI.
    expect(decodeSheet(snap, { encoding: 'vni', columns: null, first: { row: 1, col: 2 } })).toMatchObject({ values: [[1, 'Sở Nội vụ']], text: [['1', 'Sở Nội vụ']] });
  });
});

test('a Unicode cell in a legacy sheet (a row typed later) is left as it is', () => {
  const mixed = [...VNI_ROWS, [3, 'Công khai thủ tục', 'Công an tỉnh', 'Sở Nội vụ', 'Quý IV/2025'], [4, 'Công khai', 'Công an', null, null]];
  const decoded = decodeSheet(sheet(mixed), sheetLegacy(sheet(mixed))!);
  expect(decoded.values[4]).toEqual([3, 'Công khai thủ tục', 'Công an tỉnh', 'Sở Nội vụ', 'Quý IV/2025']);
  expect(decoded.values[5]).toEqual([4, 'Công khai', 'Công an', null, null]);
  expect(decoded.values[2][2]).toBe('Sở Nội vụ');
});

/**
 * A Unicode appendix (as f3 in the reviewer's probes) whose owner column was pasted from an old
 * TCVN3 file: C2:C6 are ".VnTime" text in an otherwise Unicode sheet.
 */
const UNICODE_TITLE: CellValue[] = ['KẾ HOẠCH THỰC HIỆN NĂM 2019', null, null, null, null];
const UNICODE_HEADER: CellValue[] = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Kết quả'];
const OWNER_TCVN3 = ['Phßng V¨n hãa vµ Th«ng tin', 'Phßng Tµi chÝnh - KÕ ho¹ch', 'Thanh tra huyÖn', 'Phßng Néi vô', 'Së T­ ph¸p'];
const OWNER_UNICODE = ['Phòng Văn hóa và Thông tin', 'Phòng Tài chính - Kế hoạch', 'Thanh tra huyện', 'Phòng Nội vụ', 'Sở Tư pháp'];
const TASKS_UNICODE = ['Tuyên truyền nội dung Chỉ số PAPI', 'Công khai dự toán ngân sách', 'Tiếp công dân', 'Tổng hợp kết quả', 'Rà soát văn bản'];
const DEADLINES = ['Quý II/2019', 'Tháng 6/2019', 'Hoàn thành trước 30/9', 'Quý IV/2019', 'Năm 2019'];
function ownerColumnSheet(owners: readonly string[], legacyFont: string | null): SheetSnapshot {
  const rows: CellValue[][] = [UNICODE_TITLE, UNICODE_HEADER, ...owners.map((o, i) => [i + 1, TASKS_UNICODE[i], o, DEADLINES[i], 'Báo cáo'])];
  const snap = sheet(rows);
  if (!legacyFont) return snap;
  return { ...snap, fonts: rows.map((r, i) => r.map((_, j) => (j === 2 && i >= 2 ? legacyFont : 'Times New Roman'))) };
}

describe('legacy text in some columns of a Unicode sheet', () => {
  test.each([
    ['with a .VnTime font', '.VnTime'],
    ['by its characters alone', null],
  ])('a TCVN3 owner column %s is decoded, and nothing else is', (_name, font) => {
    const snap = ownerColumnSheet(OWNER_TCVN3, font);
    const legacy = sheetLegacy(snap);
    expect(legacy).toMatchObject({ encoding: 'tcvn3' });
    const decoded = decodeSheet(snap, legacy!);
    expect(decoded.values.slice(2).map((r) => r[2])).toEqual(OWNER_UNICODE);
    // Unicode cells with no letter outside Latin-1 ("Tháng", "Hoàn thành") are not TCVN3 here.
    expect(decoded.values.slice(2).map((r) => r[3])).toEqual(DEADLINES);
    expect(decoded.values.slice(0, 2)).toEqual(snap.values.slice(0, 2));
    const r = validate(snap, { asOf });
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual([['Phòng Văn hóa và Thông tin'], ['Phòng Tài chính - Kế hoạch'], ['Thanh tra huyện'], ['Phòng Nội vụ'], ['Sở Tư pháp']]);
    expect(r.tasks.map((t) => t.deadline.due)).toEqual(['2019-06-30', '2019-06-30', '2019-09-30', '2019-12-31', '2019-12-31']);
    expect(r.findings.filter((f) => f.code === 'table.legacy-encoding')).toHaveLength(1);
  });

  test('a VNI owner column is decoded too', () => {
    const vni = ['Sôû Noäi vuï', 'Sôû Tö phaùp', 'Sôû Taøi chính', 'Thanh tra tænh', 'Coâng an tænh'];
    const snap = ownerColumnSheet(vni, 'VNI-Times');
    const legacy = sheetLegacy(snap);
    expect(legacy).toMatchObject({ encoding: 'vni' });
    expect(decodeSheet(snap, legacy!).values.slice(2).map((r) => r[2])).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Thanh tra tỉnh', 'Công an tỉnh']);
    expect(decodeSheet(snap, legacy!).values.slice(2).map((r) => r[3])).toEqual(DEADLINES);
  });

  test.each([
    ['no fonts', null],
    ['Times New Roman', 'Times New Roman'],
    ['a .VnTime font left on the owner column', '.VnTime'],
  ])('a Unicode sheet (%s) has no legacy column', (_name, font) => {
    const snap = ownerColumnSheet(OWNER_UNICODE, font);
    expect(sheetLegacy(snap)).toBeNull();
  });

  test.each([
    ['no fonts', null],
    ['Times New Roman', 'Times New Roman'],
  ])('short cells, "Quý", English, French and numbers (%s) are not legacy', (_name, font) => {
    const odd: CellValue[][] = [
      ['Quý I', 'Quý', 'OK', 'café élève', 2019],
      ['Quý II/2025', 'Hà Nội', 'Done', 'Où est le goût ?', 0.5],
      ['Quý III', 'Tháng 6', 'Owner agency', 'un choix naïf', '15/06/2025'],
      ['Quý IV', 'Hoàn thành', 'Review', 'héroïque, Noël', 'n/a'],
    ];
    expect(sheetLegacy(sheet(odd, font))).toBeNull();
  });

  /** ownerColumnSheet(OWNER_UNICODE) with a leftover .VnTime font on one column's task cells (0 = A), set to `cells`. */
  function withVnTimeColumn(col: number, cells: readonly CellValue[]): SheetSnapshot {
    const snap = ownerColumnSheet(OWNER_UNICODE, null);
    const rows = snap.values.map((r, i) => (i >= 2 ? r.map((v, j) => (j === col ? cells[i - 2] : v)) : r));
    return { ...snap, values: rows, fonts: rows.map((r, i) => r.map((_, j) => (j === col && i >= 2 ? '.VnTime' : 'Times New Roman'))) };
  }

  test.each([
    ['Unicode deadlines with only Latin-1 letters', 3, ['Tháng 6/2025', 'Quý III/2025', 'Hoàn thành', 'Sở Nội vụ', 'Tháng 6/2025']],
    ['plain ASCII (an STT column)', 0, ['1', '2', '3', '4', '5']],
  ])('a leftover .VnTime font over %s is not legacy: nothing is decoded or reported', (_name, col, cells) => {
    const snap = withVnTimeColumn(col, cells);
    expect(sheetLegacy(snap)).toBeNull();
    const r = validate(snap, { asOf });
    expect(r.findings.filter((f) => f.code === 'table.legacy-encoding')).toEqual([]);
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual(OWNER_UNICODE.map((o) => [o]));
    expect(r.tasks.map((t) => t.deadline.text)).toEqual(col === 3 ? cells : DEADLINES);
  });

  test('a .VnTime font over a whole Unicode sheet of Latin-1-only words is not legacy either', () => {
    const rows: CellValue[][] = [['Tháng 6/2025'], ['Quý III/2025'], ['Hoàn thành'], ['Sở Nội vụ']];
    expect(sheetLegacy(sheet(rows, '.VnTime'))).toBeNull();
  });

  test('the first legacy cell is where the text is, not the plain "STT" of the header', () => {
    expect(sheetLegacy(ownerColumnSheet(OWNER_TCVN3, '.VnTime'))).toMatchObject({ encoding: 'tcvn3', first: { row: 3, col: 3 } });
    expect(sheetLegacy(sheet([['STT', 'Ghi chó'], ...TCVN3_ROWS.slice(2)]))).toMatchObject({ encoding: 'tcvn3', first: { row: 1, col: 2 } });
    expect(sheetLegacy(sheet(VNI_ROWS))).toMatchObject({ encoding: 'vni', first: { row: 1, col: 1 } });
  });
});

describe('TCVN3 capitals fonts', () => {
  const rows: CellValue[][] = [['phô lôc'], ['kÕ ho¹ch thùc hiÖn n¨m 2025'], ...TCVN3_ROWS.slice(1)];
  const fonts = rows.map((r, i) => r.map(() => (i === 0 ? '.VnTimeH' : i === 1 ? 'ABCDEF+.VnArialH' : '.VnTime')));

  test('text typed in an "H" font (.VnTimeH, .VnArialH) is read in capitals, as the font draws it', () => {
    const snap = { ...sheet(rows), fonts };
    const decoded = decodeSheet(snap, sheetLegacy(snap)!);
    expect(decoded.values[0][0]).toBe('PHỤ LỤC');
    expect(decoded.values[1][0]).toBe('KẾ HOẠCH THỰC HIỆN NĂM 2025');
    expect(decoded.values[3][2]).toBe('Sở Nội vụ');
    const r = validate(snap, { asOf });
    expect(r.table?.title).toBe('PHỤ LỤC');
    expect(r.planYear).toBe(2025);
  });

  test('without fonts, or in other fonts, the letters keep their case', () => {
    const plain = sheet(rows);
    const inVnTime = { ...plain, fonts: rows.map((r) => r.map(() => '.VnTime')) };
    expect(decodeSheet(plain, sheetLegacy(plain)!).values[0][0]).toBe('phụ lục');
    expect(decodeSheet(inVnTime, sheetLegacy(inVnTime)!).values[0][0]).toBe('phụ lục');
  });
});
