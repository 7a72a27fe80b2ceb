/**
 * Real appendices, as the research notes (appendices-in-practice.md §1.1, §3, §4) describe them:
 * each case rebuilds one structural observation literally and checks what an officer would read.
 */
import { validate } from '../../src/core/validate';
import { defaultDirectory } from '../../src/core/agencies/directory';
import { parseOwners } from '../../src/core/fields/owner';
import { classifyTarget } from '../../src/core/fields/target';
import type { CellValue, MergeArea, SheetSnapshot } from '../../src/core/types';

function sheet(rows: CellValue[][], merges: MergeArea[] = []): SheetSnapshot {
  return { sheetName: 'Phụ lục', top: 1, left: 1, values: rows, merges };
}
const asOf = '2025-12-15';

describe('owner cells of §3 (every form of its tables)', () => {
  const dir = defaultDirectory();
  const read = (s: string) => {
    const o = parseOwners(s, dir);
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown };
  };

  test.each([
    ['UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và UBND các tỉnh, thành phố khác', ['Ủy ban nhân dân tỉnh'], ['Các bộ, ngành, địa phương']],
    ['UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh', ['Ủy ban nhân dân tỉnh'], []],
    // One board of several zones (Hà Nội, five owner cells), not a set of units.
    ['Ban Quản lý các khu công nghệ cao và khu công nghiệp', ['Ban Quản lý Khu kinh tế tỉnh'], []],
    ['Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN', ['Ban Tuyên giáo Trung ương', 'Đài Truyền hình Việt Nam', 'Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam'], ['Các bộ, ngành, địa phương']],
    ['Bộ Nông nghiệp và Môi trường, Ban Tuyên giáo và Dân vận Trung ương', ['Bộ Nông nghiệp và Môi trường', 'Ban Tuyên giáo và Dân vận Trung ương'], []],
    ['Các doanh nghiệp viễn thông', [], ['Các doanh nghiệp viễn thông']],
    ['Bộ Khoa học và Công nghệ, các hội, hiệp hội doanh nghiệp', ['Bộ Khoa học và Công nghệ'], ['các hội, hiệp hội doanh nghiệp']],
    ['Kiểm toán nhà nước; Bảo hiểm xã hội Việt Nam; Viện Hàn lâm Khoa học và Công nghệ Việt Nam', ['Kiểm toán nhà nước', 'Bảo hiểm xã hội Việt Nam', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam'], []],
    ['Đại học Quốc gia Hà Nội, Đại học Quốc gia Thành phố Hồ Chí Minh', ['Đại học Quốc gia Hà Nội', 'Đại học Quốc gia Thành phố Hồ Chí Minh'], []],
    ['Sở Quy hoạch - Kiến trúc', ['Sở Quy hoạch - Kiến trúc'], []],
    ['Hiệp hội Doanh nghiệp tỉnh, Liên minh Hợp tác xã tỉnh', ['Hiệp hội Doanh nghiệp tỉnh', 'Liên minh Hợp tác xã tỉnh'], []],
  ])('%s', (text, agencies, collective) => {
    expect(read(text)).toEqual({ agencies, collective, unknown: [] });
  });

  test('renamed in 2025: the Party commission and the state capital committee point to their successors', () => {
    expect(parseOwners('Ban Tuyên giáo Trung ương', dir).renamed).toEqual([{ name: 'Ban Tuyên giáo Trung ương', successor: 'Ban Tuyên giáo và Dân vận Trung ương' }]);
    expect(parseOwners('Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', dir).renamed[0].successor).toBe('Bộ Tài chính');
  });

  test('a collective owner from an open set is still reported as not accountable', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Kết quả'],
      ['1', 'Phủ sóng 5G', 'Các doanh nghiệp viễn thông', '2026', 'Báo cáo'],
    ]), { asOf });
    expect(r.findings.map((f) => [f.cell, f.code])).toEqual([['C2', 'owner.collective']]);
  });
});

describe('targets of §4', () => {
  test.each([
    ['40 - 50', 'measurable'],
    ['16 - 18', 'measurable'],
    ['8 - 10', 'measurable'],
    ['20% - 50%', 'measurable'],
    ['Quy chuẩn được ban hành', 'deliverable'],
    ['Quy chuẩn kỹ thuật quốc gia', 'deliverable'],
    ['Chính sách được ban hành', 'vague'],
    ['Một số lĩnh vực đạt trình độ quốc tế', 'vague'],
  ])('%s is %s', (text, kind) => {
    expect(classifyTarget(text).kind).toBe(kind);
  });
});
