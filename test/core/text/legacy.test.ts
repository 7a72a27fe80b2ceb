import fc from 'fast-check';
import { convertLegacy, detectLegacyEncoding, isLegacyText } from '../../../src/core/text/legacy';
import { VNI_TO_UNICODE } from '../../../src/core/text/vni-table';

const UNICODE_TO_VNI = new Map(VNI_TO_UNICODE.map(([vni, uni]) => [uni, vni]));
/** Unicode Vietnamese written the way a VNI keyboard and font store it. */
const toVni = (s: string) => [...s.normalize('NFC')].map((c) => UNICODE_TO_VNI.get(c) ?? c).join('');

const VNI_HEADER = ['STT', 'Noäi dung nhieäm vuï', 'Ñôn vò chuû trì', 'Ñôn vò phoái hôïp', 'Thôøi gian hoaøn thaønh'];
const TCVN3_CELLS = ['Néi dung nhiÖm vô', 'C¬ quan chñ tr×', 'Thêi gian hoµn thµnh', 'Rµ so¸t thñ tôc hµnh chÝnh', 'Së Néi vô'];
const UNICODE_CELLS = ['Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Rà soát thủ tục hành chính', 'Nhân dân'];

describe('the VNI table', () => {
  test('has the 134 Vietnamese letters with a mark, each once, upper and lower case', () => {
    const letters = VNI_TO_UNICODE.map(([, u]) => u);
    expect(letters).toHaveLength(134);
    expect(new Set(letters).size).toBe(134);
    expect(new Set(VNI_TO_UNICODE.map(([v]) => v)).size).toBe(134);
    expect(letters.every((u) => u.normalize('NFC') === u && u.length === 1)).toBe(true);
    // Every precomposed Vietnamese tone letter (U+1EA0–U+1EF9) is there.
    for (let c = 0x1ea0; c <= 0x1ef9; c++) expect(letters).toContain(String.fromCharCode(c));
    expect(letters.filter((u) => u === u.toUpperCase())).toHaveLength(67);
  });
});

describe('convertLegacy: VNI', () => {
  test.each([
    ['Ñôn vò chuû trì', 'Đơn vị chủ trì'],
    ['Thôøi gian hoaøn thaønh', 'Thời gian hoàn thành'],
    ['UÛy ban nhaân daân tænh', 'Ủy ban nhân dân tỉnh'],
    ['caùc', 'các'],
    ['vaø', 'và'],
    ['ñöôïc', 'được'],
    ['ngöôøi', 'người'],
    ['naêm', 'năm'],
    ['Vieät Nam', 'Việt Nam'],
    ['cuûa', 'của'],
    ['thöïc hieän', 'thực hiện'],
    ['SÔÛ NOÄI VUÏ', 'SỞ NỘI VỤ'],
    ['Quyù III/2025', 'Quý III/2025'],
  ])('%s → %s', (vni, unicode) => {
    expect(convertLegacy(vni, 'vni')).toBe(unicode);
  });

  test('a whole header row', () => {
    expect(VNI_HEADER.map((t) => convertLegacy(t, 'vni'))).toEqual([
      'STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành',
    ]);
  });

  test('two-mark sequences win over one: "ôø" is ờ, "ô" alone is ơ', () => {
    expect(convertLegacy('ôø', 'vni')).toBe('ờ');
    expect(convertLegacy('ô', 'vni')).toBe('ơ');
    expect(convertLegacy('oâ', 'vni')).toBe('ô');
  });

  test('round trip: Unicode Vietnamese encoded as VNI converts back to itself (NFC)', () => {
    const letters = [...VNI_TO_UNICODE.map(([, u]) => u), ...'abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY0123456789 ,./-()'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...letters), maxLength: 60 }), (s) => {
        expect(convertLegacy(toVni(s), 'vni')).toBe(s.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });

  test('TCVN3 is still converted by its own table', () => {
    expect(TCVN3_CELLS.map((t) => convertLegacy(t, 'tcvn3'))).toEqual([
      'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', 'Rà soát thủ tục hành chính', 'Sở Nội vụ',
    ]);
  });
});

describe('detectLegacyEncoding', () => {
  test('VNI text, by its characters', () => {
    expect(detectLegacyEncoding(VNI_HEADER)).toBe('vni');
    expect(detectLegacyEncoding(UNICODE_CELLS.map(toVni))).toBe('vni');
  });

  test('VNI by the font name on one VNI cell, where text alone needs three', () => {
    expect(detectLegacyEncoding(['STT', 'Sôû Noäi vuï'], ['VNI-Times', 'VNI-Times'])).toBe('vni');
    expect(detectLegacyEncoding(['STT', 'Sôû Noäi vuï'], ['ABCDEF+VNI-Helve', 'ABCDEF+VNI-Helve'])).toBe('vni');
    expect(detectLegacyEncoding(['STT', 'Sôû Noäi vuï'])).toBeNull();
  });

  test('a font alone never decides: text without a legacy letter is not legacy in any font', () => {
    expect(detectLegacyEncoding(['STT', 'Noi dung'], ['VNI-Times', null])).toBeNull();
    expect(detectLegacyEncoding(['STT'], ['ABCDEF+VNI-Helve'])).toBeNull();
    expect(detectLegacyEncoding(['STT', '1', '2', '3'], ['.VnTime', '.VnTime', '.VnTime', '.VnTime'])).toBeNull();
    // Unicode Vietnamese written only with Latin-1 letters: á, ý, à are Vietnamese letters too.
    const cells = ['Tháng 6/2025', 'Quý III/2025', 'Hoàn thành', 'Sở Nội vụ'];
    expect(detectLegacyEncoding(cells, cells.map(() => '.VnTime'))).toBeNull();
  });

  test('TCVN3 text is TCVN3, not VNI, and VNI is not TCVN3', () => {
    expect(detectLegacyEncoding(TCVN3_CELLS)).toBe('tcvn3');
    expect(detectLegacyEncoding(['Uû ban nh©n d©n tØnh', 'Chñ tr×: Së Néi vô', 'C¸c së, ngµnh'])).toBe('tcvn3');
    expect(detectLegacyEncoding(UNICODE_CELLS.map(toVni))).not.toBe('tcvn3');
  });

  test('a few VNI cells among many Unicode ones are not enough', () => {
    expect(detectLegacyEncoding([...VNI_HEADER.slice(1, 4), ...UNICODE_CELLS, ...UNICODE_CELLS])).toBeNull();
  });

  test('a legacy font over Unicode text does not make it legacy', () => {
    expect(detectLegacyEncoding(UNICODE_CELLS, UNICODE_CELLS.map(() => 'VNI-Times'))).toBeNull();
    expect(detectLegacyEncoding(UNICODE_CELLS, ['.VnTime'])).toBeNull();
  });

  test('a legacy font counts the texts it would convert: none (a Unicode title, "STT") is not legacy', () => {
    expect(detectLegacyEncoding(['KẾ HOẠCH THỰC HIỆN NĂM 2025', 'STT', 'TT'], ['VNI-Times', 'VNI-Times', 'VNI-Times'])).toBeNull();
    expect(detectLegacyEncoding(['Phụ lục', '1', '2'], ['.VnTime'])).toBeNull();
  });

  test('a legacy font over legacy text with rows typed later in Unicode is still legacy', () => {
    // Neither "Phßng Néi vô" nor "Thanh tra huyÖn" passes the text-only test (ß, Ö are German
    // letters too): only under the font do they show the text is TCVN3.
    const cells = ['Phßng Néi vô', 'Thanh tra huyÖn', 'Sở Tư pháp', 'Sở Nội vụ', 'Công an tỉnh'];
    expect(detectLegacyEncoding(cells, cells.map(() => '.VnTime'))).toBe('tcvn3');
  });

  test.each([
    ['Unicode Vietnamese', UNICODE_CELLS],
    ['Unicode Vietnamese with only â', ['Nhân dân', 'Cần Thơ', 'Ủy ban nhân dân tỉnh', 'Văn phòng']],
    ['plain English', ['Task', 'Owner agency', 'Deadline (quarter)', 'Review the procedures']],
    ['French', ['café élève', 'Où est le goût ?', 'un choix naïf', 'l’aéroport « Charles » de Gaulle', 'héroïque, Noël, maïs']],
    ['Spanish', ['España', 'el año pasado', '¡Señal desconocida!', 'Niño, mañana']],
    ['German', ['Größe', 'Straße', '»Schön« für Männer', 'Übermäßig']],
  ])('%s is not legacy', (_name, cells) => {
    expect(detectLegacyEncoding(cells)).toBeNull();
  });
});

describe('isLegacyText', () => {
  test('a VNI cell whose only Vietnamese letters are one-character ones (ỉ æ, ư ö, ỵ î) is VNI', () => {
    expect(['Thanh tra tænh', 'Tröng baøy', 'Thöông maïi'].map((t) => isLegacyText(t, 'vni'))).toEqual([true, true, true]);
    expect(convertLegacy('Thanh tra tænh', 'vni')).toBe('Thanh tra tỉnh');
  });

  test('Unicode Vietnamese is not VNI, even with only Latin-1 letters ("Công", ơ in VNI)', () => {
    expect(['Công an', 'Quý I', 'Tháng 6', 'Sở Tư pháp', 'Phòng Nội vụ'].map((t) => isLegacyText(t, 'vni'))).toEqual([false, false, false, false, false]);
  });
});
