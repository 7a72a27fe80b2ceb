import fc from 'fast-check';
import { defaultDirectory } from '../../../src/core/agencies/directory';
import { parseOwners } from '../../../src/core/fields/owner';

const dir = defaultDirectory();
const owners = (text: string) => parseOwners(text, dir);

describe('owners: longest match against the directory, never a blind split on "," or "và"', () => {
  test.each([
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở Văn hoá Thể thao du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Sở LĐ-TB&XH', ['Sở Lao động - Thương binh và Xã hội']],
    ['Sở Lao động – Thương binh và Xã hội', ['Sở Lao động - Thương binh và Xã hội']],
    ['Sở KH&CN', ['Sở Khoa học và Công nghệ']],
    ['Sở Tài Chính.', ['Sở Tài chính']],
    ['Văn phòng Chính phủ; Bộ Công an', ['Văn phòng Chính phủ', 'Bộ Công an']],
    ['- Bộ Xây dựng;\n- Sở Y tế', ['Bộ Xây dựng', 'Sở Y tế']],
    ['Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông', ['Bộ Khoa học và Công nghệ', 'Bộ Thông tin và Truyền thông']],
    ['Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ', ['Bộ Thông tin và Truyền thông', 'Bộ Khoa học và Công nghệ']],
    ['Sở Nội vụ tỉnh Cao Bằng', ['Sở Nội vụ']],
    ['Uỷ ban nhân dân tỉnh', ['Ủy ban nhân dân tỉnh']],
    ['UBND tỉnh', ['Ủy ban nhân dân tỉnh']],
    ['Phòng Văn hóa – Thông tin', ['Phòng Văn hóa và Thông tin']],
    ['Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách, công nghệ, điều phối)', ['Bộ Nông nghiệp và Môi trường']],
    // Who runs PAR and SIPAS work in a province: the steering board, the post office's survey, telecoms.
    ['Ban Chỉ đạo CCHC tỉnh', ['Ban Chỉ đạo cải cách hành chính tỉnh']],
    ['Bưu điện tỉnh; Sở Nội vụ', ['Bưu điện tỉnh', 'Sở Nội vụ']],
    ['VNPT', ['Viễn thông tỉnh (VNPT)']],
    ['Viettel tỉnh', ['Viettel tỉnh']],
  ])('%s', (text, agencies) => {
    const o = owners(text);
    expect(o.agencies).toEqual(agencies);
    expect(o.unknown).toEqual([]);
  });

  test('collective owners are recognised, not unknown', () => {
    for (const text of ['Các sở, ban, ngành', 'Các sở, ngành', 'Các cơ quan, đơn vị liên quan', 'Các bộ, ngành, địa phương', 'UBND các xã, phường']) {
      const o = owners(text);
      expect(o.collective?.length).toBeGreaterThan(0);
      expect(o.unknown).toEqual([]);
      expect(o.agencies).toEqual([]);
    }
  });

  test('unknown names are reported in the user\'s own spelling', () => {
    expect(owners('Ban Chỉ đạo 389 tỉnh').unknown).toEqual(['Ban Chỉ đạo 389 tỉnh']);
    const mixed = owners('Sở Nội vụ; Công ty cổ phần Môi trường đô thị');
    expect(mixed.agencies).toEqual(['Sở Nội vụ']);
    expect(mixed.unknown).toEqual(['Công ty cổ phần Môi trường đô thị']);
  });

  test('2025 renames and mergers are hinted', () => {
    expect(owners('Sở Kế hoạch và Đầu tư').renamed).toEqual([{ name: 'Sở Kế hoạch và Đầu tư', successor: 'Sở Tài chính' }]);
    expect(owners('Sở GTVT').renamed[0].successor).toBe('Sở Xây dựng');
    expect(owners('Sở Tài chính').renamed).toEqual([]);
  });

  test('matching ignores NFD, case and old tone placement, and never throws', () => {
    fc.assert(
      fc.property(fc.constantFrom('Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân tỉnh', 'Phòng Tài chính - Kế hoạch', 'Sở Giáo dục và Đào tạo'), (name) => {
        const base = owners(name).agencies;
        expect(owners(name.normalize('NFD')).agencies).toEqual(base);
        expect(owners(name.toUpperCase()).agencies).toEqual(base);
        expect(owners(name.replace('hóa', 'hoá').replace('Ủy', 'Uỷ')).agencies).toEqual(base);
      }),
    );
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => { owners(s); }), { numRuns: 300 });
  });
});

test.each([
  ['UBND các tỉnh, thành phố trực thuộc Trung ương', 'Các bộ, ngành, địa phương'],
  ['Công an các xã, phường', 'Công an xã'],
  ['Phòng Nội vụ các huyện, thành phố', 'Phòng Nội vụ các huyện, thành phố'],
])('a set of bodies, not one owner: %s', (text, collective) => {
  expect(owners(text)).toMatchObject({ agencies: [], collective: [collective], unknown: [] });
});

test('a set of districts after the last of two agencies belongs to that one: the Sở stays an owner', () => {
  expect(owners('Sở Tài chính, Phòng Tài chính - Kế hoạch các huyện')).toMatchObject({ agencies: ['Sở Tài chính', 'Phòng Tài chính - Kế hoạch'], unknown: [] });
});
