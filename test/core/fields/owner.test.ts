import fc from 'fast-check';
import { defaultDirectory } from '../../../src/core/agencies/directory';
import { ownerContext, parseOwners } from '../../../src/core/fields/owner';

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

describe('review of owner readings', () => {
  const read = (text: string) => {
    const o = owners(text);
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown, partners: o.partners ?? [] };
  };

  test.each([
    ['UBND các xã', 'Ủy ban nhân dân xã'],
    ['UBND các xã, thị trấn', 'Ủy ban nhân dân xã'],
    ['Ủy ban nhân dân các xã, thị trấn', 'Ủy ban nhân dân xã'],
    ['UBND các phường', 'Ủy ban nhân dân phường'],
    ['UBND các xã, phường, đặc khu', 'Ủy ban nhân dân xã'],
    ['UBND các đặc khu', 'Ủy ban nhân dân đặc khu'],
    ['UBND xã, phường, đặc khu', 'Ủy ban nhân dân xã'],
    ['Công an xã, phường', 'Công an xã'],
    ['UBND các huyện, thành phố', 'Ủy ban nhân dân huyện'],
    ['Các cơ quan, đơn vị, địa phương', 'Các cơ quan, đơn vị liên quan'],
    ['Bộ, ngành, địa phương', 'Các bộ, ngành, địa phương'],
    ['Các sở, ban, ngành, địa phương', 'Các sở, ban, ngành tỉnh'],
  ])('1. a body before a list of levels is a set of units, not one owner: %s', (text, set) => {
    expect(read(text)).toEqual({ agencies: [], collective: [set], unknown: [], partners: [] });
  });

  test('1. one level without "các" is still one body; a level written twice is two cities', () => {
    expect(read('UBND đặc khu Phú Quốc')).toMatchObject({ agencies: ['Ủy ban nhân dân đặc khu'], collective: [], unknown: [] });
    expect(read('Công an xã')).toMatchObject({ agencies: ['Công an xã'], collective: [] });
    // On a tie the directory's own spelling wins over the level rule.
    expect(read('UBND các tỉnh, thành phố')).toMatchObject({ agencies: [], collective: ['Các bộ, ngành, địa phương'] });
  });

  test.each([
    ['Sở Nội vụ (chủ trì), Sở Tư pháp', ['Sở Nội vụ'], ['Sở Tư pháp']],
    ['Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp, UBND cấp xã', ['Sở Nội vụ'], ['Sở Tư pháp', 'Ủy ban nhân dân xã']],
    ['Sở Tài chính (chủ trì); Sở Nội vụ, Sở Tư pháp (phối hợp)', ['Sở Tài chính'], ['Sở Nội vụ', 'Sở Tư pháp']],
    ['Chủ trì: Sở Nội vụ; phối hợp: Sở Tư pháp', ['Sở Nội vụ'], ['Sở Tư pháp']],
    ['Cơ quan chủ trì: Sở Nội vụ', ['Sở Nội vụ'], []],
    ['Sở Nội vụ phối hợp với Sở Tư pháp', ['Sở Nội vụ'], ['Sở Tư pháp']],
    // It drafts for the provincial UBND, which is neither a lead nor a partner.
    ['Sở Nội vụ tham mưu UBND tỉnh', ['Sở Nội vụ'], []],
    ['Sở Nội vụ chủ trì tham mưu UBND tỉnh', ['Sở Nội vụ'], []],
    // Two leads with split parts (§3.2): both stay leads.
    ['- Bộ Nông nghiệp và Môi trường (chủ trì phần chính sách); - Bộ Xây dựng (chủ trì phần đầu tư)', ['Bộ Nông nghiệp và Môi trường', 'Bộ Xây dựng'], []],
    // No role word: every name leads, as before.
    ['Sở Nội vụ, Sở Tư pháp', ['Sở Nội vụ', 'Sở Tư pháp'], []],
  ])('2. role words in the cell: %s', (text, agencies, partners) => {
    expect(read(text)).toEqual({ agencies, collective: [], unknown: [], partners });
  });

  test('2. a set among the partners is a partner, not a collective lead', () => {
    expect(read('Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan')).toEqual({
      agencies: ['Sở Nội vụ'], collective: [], unknown: [], partners: ['Các sở, ban, ngành tỉnh'],
    });
    expect(owners('Sở Nội vụ').partners).toBeUndefined();
  });

  test.each([
    ['Các Sở: Nội vụ, Tư pháp, Tài chính', ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính']],
    ['Sở Nội vụ, Tư pháp', ['Sở Nội vụ', 'Sở Tư pháp']],
    ['Sở Tài chính, Xây dựng', ['Sở Tài chính', 'Sở Xây dựng']],
    ['Sở Nội vụ, Tư pháp và Tài chính', ['Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính']],
    ['Bộ Công an, Quốc phòng', ['Bộ Công an', 'Bộ Quốc phòng']],
    ['Sở Văn hóa, Thể thao và Du lịch, Nội vụ', ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Nội vụ']],
  ])('3. a list that writes the body word once: %s', (text, agencies) => {
    expect(read(text)).toEqual({ agencies, collective: [], unknown: [], partners: [] });
  });

  test('3. a short name that is no directory name stays unknown', () => {
    expect(read('Sở Nội vụ, Ban Chỉ đạo 389')).toMatchObject({ agencies: ['Sở Nội vụ'], unknown: ['Ban Chỉ đạo 389'] });
  });

  test.each([
    ['Các cơ quan chuyên môn thuộc UBND tỉnh', [], ['Các cơ quan chuyên môn thuộc UBND tỉnh']],
    ['Các phòng, ban chuyên môn thuộc UBND huyện', [], ['Các phòng, ban chuyên môn thuộc UBND huyện']],
    ['Thủ trưởng các sở, ban, ngành', [], ['Các sở, ban, ngành tỉnh']],
    ['Chủ tịch UBND các huyện, thành phố', [], ['Ủy ban nhân dân huyện']],
    ['Chủ tịch UBND tỉnh', ['Ủy ban nhân dân tỉnh'], []],
    ['Giám đốc Sở Nội vụ', ['Sở Nội vụ'], []],
    ['Chánh Văn phòng UBND tỉnh', ['Văn phòng Ủy ban nhân dân tỉnh'], []],
  ])('4. units of a body, and a title before a body: %s', (text, agencies, collective) => {
    expect(read(text)).toEqual({ agencies, collective, unknown: [], partners: [] });
  });

  test('4. a title that names no body is still unknown', () => {
    expect(read('Chủ tịch').unknown).toEqual(['Chủ tịch']);
  });

  test.each([
    ['UBND phường Bà Rịa', 'Ủy ban nhân dân phường'],
    ['UBND xã Tân Phú', 'Ủy ban nhân dân xã'],
    ['UBND đặc khu Phú Quốc', 'Ủy ban nhân dân đặc khu'],
    ['Sở Nội vụ Lai Châu', 'Sở Nội vụ'],
    ['Công an Đồng Nai', 'Công an tỉnh'],
    ['UBND tỉnh Bà Rịa - Vũng Tàu', 'Ủy ban nhân dân tỉnh'],
    ['UBND tỉnh Bà Rịa – Vũng Tàu', 'Ủy ban nhân dân tỉnh'],
    ['Sở Tư pháp Khánh Hoà', 'Sở Tư pháp'],
  ])('5. a place after the body: %s', (text, agency) => {
    expect(read(text)).toEqual({ agencies: [agency], collective: [], unknown: [], partners: [] });
  });

  test('5. one agency named for two communes: two owners, each as written', () => {
    expect(read('UBND xã Tân Phú, UBND xã Tân An').agencies).toEqual(['UBND xã Tân Phú', 'UBND xã Tân An']);
    expect(read('Đại học Quốc gia Hà Nội').agencies).toEqual(['Đại học Quốc gia Hà Nội']);
  });

  test('6. the provincial office of HĐND and UBND, and the central bank\'s regional branch', () => {
    const office = owners('Văn phòng HĐND và UBND tỉnh');
    expect(office).toMatchObject({ agencies: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh'], unknown: [], renamed: [] });
    expect(owners('Văn phòng HĐND và UBND huyện').agencies).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện']);
    expect(read('Ngân hàng Nhà nước Chi nhánh Khu vực 9')).toMatchObject({ agencies: ['Ngân hàng Nhà nước chi nhánh tỉnh'], unknown: [] });
  });

  test.each([
    ['Trung tâm Phục vụ hành chính công', ['Trung tâm Phục vụ hành chính công tỉnh']],
    ['Hội Nông dân', ['Hội Nông dân tỉnh']],
    ['Hội Phụ nữ', ['Hội Liên hiệp Phụ nữ tỉnh']],
    ['Hội Liên hiệp Phụ nữ', ['Hội Liên hiệp Phụ nữ tỉnh']],
    ['Đoàn Thanh niên', ['Tỉnh Đoàn']],
    ['Liên đoàn Lao động', ['Liên đoàn Lao động tỉnh']],
    ['Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên', ['Hội Nông dân tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Tỉnh Đoàn']],
    ['Ban Chỉ huy Quân sự huyện', ['Ban Chỉ huy Quân sự huyện']],
    ['Bảo hiểm xã hội huyện', ['Bảo hiểm xã hội huyện']],
    ['Trung tâm Văn hóa, Thông tin và Thể thao huyện', ['Trung tâm Văn hóa, Thông tin và Thể thao huyện']],
    ['Đài Truyền thanh - Truyền hình huyện', ['Đài Truyền thanh - Truyền hình huyện']],
    // Bare, the bank is the provincial branch; the district office is named with its level.
    ['Ngân hàng Chính sách xã hội', ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh']],
    ['NHCSXH huyện', ['Phòng giao dịch Ngân hàng Chính sách xã hội huyện']],
    ['Văn phòng Đăng ký đất đai', ['Văn phòng Đăng ký đất đai tỉnh']],
    ['Công chức Văn hóa - Xã hội', ['Công chức Văn hóa - Xã hội']],
    ['Công chức Tư pháp - Hộ tịch', ['Công chức Tư pháp - Hộ tịch']],
    ['Sở LĐTB&XH', ['Sở Lao động - Thương binh và Xã hội']],
    ['Sở VHTT&DL', ['Sở Văn hóa, Thể thao và Du lịch']],
  ])('7. directory names: %s', (text, agencies) => {
    expect(read(text)).toEqual({ agencies, collective: [], unknown: [], partners: [] });
  });

  test('7. the levels of the new names: district units hint at the 2025 change, provincial ones do not', () => {
    const entry = (name: string) => dir.entries.find((e) => e.canonical === name)!;
    expect(entry('Ban Chỉ huy Quân sự huyện')).toMatchObject({ level: 'district' });
    expect(owners('Đài Truyền thanh - Truyền hình huyện').renamed).toHaveLength(1);
    expect(entry('Công chức Tư pháp - Hộ tịch')).toMatchObject({ level: 'commune' });
    expect(entry('Liên đoàn Lao động tỉnh')).toMatchObject({ level: 'province' });
    expect(owners('Hội Nông dân').renamed).toEqual([]);
  });

  test('7. the Front and the mass organisations together are a set', () => {
    expect(read('MTTQ và các đoàn thể')).toEqual({ agencies: [], collective: ['Mặt trận Tổ quốc và các đoàn thể'], unknown: [], partners: [] });
  });
});

test('2. the body a unit drafts for ends with its piece; the next piece is read as before', () => {
  expect(owners('Sở Nội vụ tham mưu UBND tỉnh; Sở Tư pháp')).toMatchObject({ agencies: ['Sở Nội vụ'], partners: ['Sở Tư pháp'], unknown: [] });
});

describe('second review of owner readings', () => {
  const read = (text: string) => {
    const o = owners(text);
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown, partners: o.partners ?? [] };
  };

  test.each([
    // No such body at that level: unknown as written, not the provincial body.
    ['Liên đoàn Lao động xã', { unknown: ['Liên đoàn Lao động xã'] }],
    // The directory has the body at that level: it is named, alone or as a set.
    ['Hội Phụ nữ xã', { agencies: ['Hội Liên hiệp Phụ nữ xã'] }],
    ['Đoàn Thanh niên phường', { agencies: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường'] }],
    ['Hội Nông dân xã', { agencies: ['Hội Nông dân xã'] }],
    ['Hội Cựu chiến binh xã', { agencies: ['Hội Cựu chiến binh xã'] }],
    ['Đoàn Thanh niên các xã', { collective: ['Đoàn Thanh niên Cộng sản Hồ Chí Minh xã'] }],
    ['Hội Phụ nữ thị xã', { agencies: ['Hội Liên hiệp Phụ nữ huyện'] }],
    ['Đoàn Thanh niên thị xã', { agencies: ['Huyện đoàn'] }],
    ['Hội Phụ nữ các huyện', { collective: ['Hội Liên hiệp Phụ nữ huyện'] }],
    ['Hội Phụ nữ xã, Hội Nông dân huyện', { agencies: ['Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân huyện'] }],
    // The level of the name itself is still dropped as a place.
    ['Sở Tư pháp tỉnh', { agencies: ['Sở Tư pháp'] }],
  ])('1. a level word after a provincial name is not dropped: %s', (text, want) => {
    expect(read(text)).toEqual({ agencies: [], collective: [], unknown: [], partners: [], ...want });
  });

  test.each([
    ['Trạm Y tế phường', 'Trạm Y tế phường'],
    ['Văn phòng HĐND và UBND phường', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường'],
    ['Ủy ban MTTQ Việt Nam phường', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường'],
    ['Ban Chỉ huy Quân sự thị trấn', 'Ban Chỉ huy Quân sự thị trấn'],
    ['Thường trực HĐND xã', 'Hội đồng nhân dân xã'],
    ['Đảng ủy phường', 'Đảng ủy phường'],
  ])('a commune body is the same body in a ward or township, named with the level the cell writes: %s', (text, canonical) => {
    expect(read(text)).toEqual({ agencies: [canonical], collective: [], unknown: [], partners: [] });
    expect(owners(text).renamed).toEqual([]);
  });

  test.each([
    ['Sở Tư pháp và các cơ quan phối hợp', { agencies: ['Sở Tư pháp'], partners: ['các cơ quan'] }],
    ['Sở Nội vụ và các sở, ngành phối hợp thực hiện', { agencies: ['Sở Nội vụ'], partners: ['Các sở, ban, ngành tỉnh'] }],
    ['Cơ quan phối hợp', { unknown: ['Cơ quan phối hợp'] }],
    ['Các cơ quan tham mưu, giúp việc', { collective: ['Các cơ quan tham mưu, giúp việc'] }],
  ])('2. a closing partner word marks only the set before it: %s', (text, want) => {
    expect(read(text)).toEqual({ agencies: [], collective: [], unknown: [], partners: [], ...want });
  });

  test.each([
    ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh', { agencies: ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh'] }],
    ['Hội đồng phối hợp liên ngành về trợ giúp pháp lý', { unknown: ['Hội đồng phối hợp liên ngành về trợ giúp pháp lý'] }],
    ['Tổ công tác phối hợp liên ngành', { unknown: ['Tổ công tác phối hợp liên ngành'] }],
    ['Ban Tham mưu Bộ Chỉ huy Quân sự tỉnh', { agencies: ['Bộ Chỉ huy Quân sự tỉnh'], unknown: ['Ban Tham mưu'] }],
    ['Các cơ quan chủ trì soạn thảo', { collective: ['Các cơ quan chủ trì soạn thảo'] }],
    ['Cơ quan chủ trì xây dựng đề án', { unknown: ['Cơ quan chủ trì xây dựng đề án'] }],
    // A label is still a role mark.
    ['Cơ quan chủ trì: Sở Nội vụ', { agencies: ['Sở Nội vụ'] }],
  ])('3. a role word after "Hội đồng", "Tổ", "Ban", "Cơ quan" is part of the name: %s', (text, want) => {
    expect(read(text)).toEqual({ agencies: [], collective: [], unknown: [], partners: [], ...want });
  });
});

describe('owners in the plans of the two-tier local government (from 1 July 2025)', () => {
  const read = (text: string, titles: string[] = [], year: number | null = null) => {
    const o = parseOwners(text, dir, ownerContext(titles, year));
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown, renamed: o.renamed.map((r) => r.name) };
  };
  const COMMUNE = ['UBND XÃ TÂN PHÚ', 'KẾ HOẠCH Cải thiện chỉ số PAPI năm 2026'];
  const WARD = ['ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH'];
  const HA_NOI = ['UBND THÀNH PHỐ HÀ NỘI', 'KẾ HOẠCH Nâng cao chỉ số PAR INDEX năm 2026'];

  test('the plan context: a commune writer from 2025 (or of unknown year), a centrally-run city', () => {
    expect(ownerContext(COMMUNE, 2026)).toMatchObject({ commune: true, centralCity: false });
    expect(ownerContext(WARD, null)).toMatchObject({ commune: true });
    expect(ownerContext(COMMUNE, 2024)).toMatchObject({ commune: false, twoTier: false });
    // "thị xã" is a district; "xã hội" in "Cộng hòa xã hội chủ nghĩa" is no commune.
    expect(ownerContext(['UBND THỊ XÃ SA PA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], 2026)).toMatchObject({ commune: false });
    expect(ownerContext(HA_NOI, 2026)).toMatchObject({ centralCity: true, commune: false });
    expect(ownerContext(['UBND TP. Hồ Chí Minh'], 2023)).toMatchObject({ centralCity: true });
    // Huế is run from the centre since 2025; before, it was a city of Thừa Thiên Huế.
    expect(ownerContext(['UBND THÀNH PHỐ HUẾ'], 2026)).toMatchObject({ centralCity: true });
    expect(ownerContext(['UBND THÀNH PHỐ HUẾ'], 2023)).toMatchObject({ centralCity: false });
    expect(ownerContext(['UBND THÀNH PHỐ LÀO CAI'], 2024)).toMatchObject({ centralCity: false });
    expect(ownerContext(['UBND TỈNH CAO BẰNG'], 2026)).toMatchObject({ centralCity: false, commune: false });
    expect(ownerContext(['UBND HUYỆN BẢO LẠC'], 2025)).toMatchObject({ twoTier: false, commune: false });
    expect(ownerContext([], null)).toEqual({ twoTier: true, commune: false, centralCity: false });
  });

  test.each([
    ['Phòng Kinh tế', COMMUNE, 'Phòng Kinh tế (xã)'],
    ['Phòng Kinh tế', WARD, 'Phòng Kinh tế (phường)'],
    ['Phòng Văn hóa - Xã hội', COMMUNE, 'Phòng Văn hóa - Xã hội (xã)'],
    // The ward's own department, under its own name.
    ['Phòng Kinh tế, Hạ tầng và Đô thị', WARD, 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    // The commune's own office of HĐND and UBND, written without its level.
    ['VP HĐND và UBND', COMMUNE, 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
  ])('1. in a commune or ward plan of 2025 on, %s is the commune\'s, with no 2025 hint', (text, titles, canonical) => {
    expect(read(text, titles, 2026)).toEqual({ agencies: [canonical], collective: [], unknown: [], renamed: [] });
  });

  test('1. commune bodies in the same cell make a plan of 2025 on a commune plan', () => {
    expect(read('Phòng Kinh tế, Công an xã', [], 2026).agencies).toEqual(['Phòng Kinh tế (xã)', 'Công an xã']);
    expect(read('Phòng Kinh tế; Trạm Y tế phường', [], null)).toMatchObject({ agencies: ['Phòng Kinh tế (xã)', 'Trạm Y tế phường'], renamed: [] });
    expect(read('Phòng Kinh tế, Công an xã', [], 2024)).toMatchObject({ agencies: ['Phòng Kinh tế', 'Công an xã'], renamed: ['Phòng Kinh tế'] });
    // A district's plan is of the old structure whatever its year: its "Phòng Kinh tế" is its own.
    expect(read('Phòng Kinh tế; Trạm Y tế phường', ['UBND HUYỆN BẢO LẠC'], 2025)).toMatchObject({ agencies: ['Phòng Kinh tế', 'Trạm Y tế phường'], renamed: ['Phòng Kinh tế'] });
  });

  test('1. before 2025, by a district, or written with the district\'s level, Phòng Kinh tế is the district\'s and keeps its hint', () => {
    expect(read('Phòng Kinh tế', COMMUNE, 2024)).toEqual({ agencies: ['Phòng Kinh tế'], collective: [], unknown: [], renamed: ['Phòng Kinh tế'] });
    expect(read('Phòng Kinh tế', ['UBND HUYỆN BẢO LẠC'], 2025)).toMatchObject({ agencies: ['Phòng Kinh tế'], renamed: ['Phòng Kinh tế'] });
    expect(read('Phòng Kinh tế huyện', COMMUNE, 2026)).toMatchObject({ agencies: ['Phòng Kinh tế'], renamed: ['Phòng Kinh tế'] });
    expect(read('Phòng Kinh tế')).toMatchObject({ agencies: ['Phòng Kinh tế'], renamed: ['Phòng Kinh tế'] });
    // A district office the commune has no counterpart of keeps its hint in a commune plan too.
    expect(read('Phòng Tư pháp', COMMUNE, 2026)).toMatchObject({ agencies: ['Phòng Tư pháp'], renamed: ['Phòng Tư pháp'] });
  });

  test.each([
    ['Trung tâm Phục vụ hành chính công xã', 'Trung tâm Phục vụ hành chính công xã'],
    ['Trung tâm Phục vụ hành chính công phường', 'Trung tâm Phục vụ hành chính công phường'],
    ['Văn phòng HĐND và UBND xã', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã'],
    ['Văn phòng HĐND và UBND phường', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường'],
    ['Phòng Văn hóa - Xã hội', 'Phòng Văn hóa - Xã hội (xã)'],
    ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
    ['Công an xã', 'Công an xã'],
    ['Công an phường', 'Công an phường'],
    ['Ban Chỉ huy quân sự xã', 'Ban Chỉ huy Quân sự xã'],
    ['Trạm Y tế xã', 'Trạm Y tế xã'],
  ])('2. a commune body of the two-tier system is known: %s', (text, canonical) => {
    for (const [titles, year] of [[[], null], [COMMUNE, 2026]] as const) {
      expect(read(text, [...titles], year)).toEqual({ agencies: [canonical], collective: [], unknown: [], renamed: [] });
    }
  });

  test.each([
    ['Thanh tra thành phố', 'Thanh tra tỉnh'],
    ['Văn phòng HĐND và UBND thành phố', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh'],
    ['Văn phòng UBND thành phố', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['Sở Nội vụ thành phố', 'Sở Nội vụ'],
    ['Sở Văn hóa, Thể thao và Du lịch thành phố', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['UBMTTQ thành phố', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
  ])('3. in a plan of a centrally-run city, %s is the provincial body', (text, canonical) => {
    expect(read(text, HA_NOI, 2026)).toEqual({ agencies: [canonical], collective: [], unknown: [], renamed: [] });
  });

  test('3. the city named in the cell places it too; a city inside the province, or an unknown province, keeps the district reading', () => {
    expect(read('Thanh tra thành phố Hà Nội')).toMatchObject({ agencies: ['Thanh tra tỉnh'], renamed: [] });
    expect(read('Thanh tra thành phố')).toMatchObject({ agencies: ['Thanh tra huyện'], renamed: ['Thanh tra huyện'] });
    expect(read('Thanh tra thành phố', ['UBND TỈNH LÀO CAI'], 2024)).toMatchObject({ agencies: ['Thanh tra huyện'] });
    expect(read('Văn phòng HĐND và UBND thành phố', ['UBND THÀNH PHỐ HUẾ'], 2023)).toMatchObject({ agencies: ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'] });
    expect(read('Thanh tra thành phố', ['UBND THÀNH PHỐ HUẾ'], 2026)).toMatchObject({ agencies: ['Thanh tra tỉnh'] });
    expect(read('Thanh tra thành phố Thủ Đức', ['UBND TP. HỒ CHÍ MINH'], 2024)).toMatchObject({ agencies: ['Thanh tra huyện'] });
    expect(read('Công an thành phố Thủ Đức', ['UBND TP. HỒ CHÍ MINH'], 2024)).toMatchObject({ agencies: ['Công an huyện'] });
  });

  test.each([
    ['Công an tỉnh, huyện', ['Công an tỉnh', 'Công an huyện'], []],
    ['UBND tỉnh, huyện', ['Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân huyện'], []],
    ['UBND huyện, xã', ['Ủy ban nhân dân huyện', 'Ủy ban nhân dân xã'], []],
    ['Hội Phụ nữ huyện, xã', ['Hội Liên hiệp Phụ nữ huyện', 'Hội Liên hiệp Phụ nữ xã'], []],
    // One tier is still one set.
    ['UBND các huyện, thị xã, thành phố', [], ['Ủy ban nhân dân huyện']],
    // The police of every district beside the provincial police: two owners as well.
    ['Công an tỉnh, Công an các huyện', ['Công an tỉnh'], ['Công an huyện']],
    ['Công an tỉnh, các huyện', ['Công an tỉnh'], ['Công an huyện']],
  ])('4. levels of different tiers name one body each, not one set: %s', (text, agencies, collective) => {
    expect(read(text)).toMatchObject({ agencies, collective, unknown: [] });
  });
});

describe('third review: owners of the 2026–2027 appendices', () => {
  const read = (text: string, titles: string[] = [], year: number | null = null) => {
    const o = parseOwners(text, dir, ownerContext(titles, year));
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown, partners: o.partners ?? [] };
  };
  const none = { agencies: [], collective: [], unknown: [], partners: [] };
  const WARD = ['ỦY BAN NHÂN DÂN PHƯỜNG HÀ GIANG 1', 'KẾ HOẠCH Cải cách hành chính năm 2027'];
  const COMMUNE = ['UBND XÃ TÂN PHÚ'];
  const PROVINCE = ['UBND TỈNH TUYÊN QUANG'];

  test.each([
    ['Công an phường', ['Công an phường']],
    ['Trạm Y tế phường', ['Trạm Y tế phường']],
    ['Văn phòng HĐND và UBND phường', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường']],
    ['Đoàn Thanh niên phường; Hội Liên hiệp Phụ nữ phường', ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường', 'Hội Liên hiệp Phụ nữ phường']],
    ['Ban Chỉ huy Quân sự thị trấn', ['Ban Chỉ huy Quân sự thị trấn']],
    ['UBND đặc khu Phú Quốc', ['Ủy ban nhân dân đặc khu']],
    // The ward's own department (Phòng Kinh tế is a commune's).
    ['Phòng Kinh tế, Hạ tầng và Đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị']],
    // Written with "xã", the commune's name stays.
    ['Công an xã', ['Công an xã']],
  ])('a. a ward body is named as the cell names it: %s', (text, agencies) => {
    expect(read(text)).toEqual({ ...none, agencies });
    expect(read(text, WARD, 2027)).toEqual({ ...none, agencies });
  });

  test('a. a set of several levels keeps the directory name; a ward plan names its bare bodies as the ward\'s', () => {
    expect(read('Công an các xã, phường')).toEqual({ ...none, collective: ['Công an xã'] });
    expect(read('Phòng Văn hóa - Xã hội', WARD, 2027).agencies).toEqual(['Phòng Văn hóa - Xã hội (phường)']);
    expect(read('VP HĐND và UBND', WARD, 2027).agencies).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường']);
    // The same body written the same way is one name, with or without its level word.
    expect(read('Công an', WARD, 2027).agencies).toEqual(read('Công an phường', WARD, 2027).agencies);
    expect(read('Phòng Văn hóa - Xã hội', COMMUNE, 2026).agencies).toEqual(['Phòng Văn hóa - Xã hội (xã)']);
  });

  test('b. "- Chi nhánh …" after a name is a branch of it: one agency, as written', () => {
    expect(read('Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực Hà Giang')).toEqual({ ...none, agencies: ['Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực Hà Giang'] });
    expect(read('Văn phòng Đăng ký đất đai – Chi nhánh khu vực 3').agencies).toEqual(['Văn phòng Đăng ký đất đai tỉnh - Chi nhánh khu vực 3']);
    // Without the dash it is no branch of the name before it.
    expect(read('Sở Tài chính, Chi nhánh Công ty Xăng dầu').agencies).toEqual(['Sở Tài chính']);
  });

  test.each([
    ['Thuế tỉnh Tuyên Quang', 'Thuế tỉnh'],
    ['Thuế tỉnh', 'Thuế tỉnh'],
    ['Thuế cơ sở 1 tỉnh Tuyên Quang', 'Thuế cơ sở'],
    ['Thuế cơ sở 3', 'Thuế cơ sở'],
    ['Chi cục Thuế khu vực Mộc Châu - Vân Hồ', 'Chi cục Thuế khu vực'],
    ['Chi cục Thuế khu vực XV', 'Chi cục Thuế khu vực'],
  ])('c. tax units before and after 2025 are known: %s', (text, agency) => {
    expect(read(text)).toEqual({ ...none, agencies: [agency] });
  });

  test('c. an unknown name is quoted as written, with its place', () => {
    expect(read('Ban Quản lý dự án 2 tỉnh Tuyên Quang').unknown).toEqual(['Ban Quản lý dự án 2 tỉnh Tuyên Quang']);
    expect(read('Sở Nội vụ; Trung tâm Lưu trữ lịch sử tỉnh Tuyên Quang')).toEqual({ ...none, agencies: ['Sở Nội vụ'], unknown: ['Trung tâm Lưu trữ lịch sử tỉnh Tuyên Quang'] });
  });

  test.each([
    ['Ban Công tác Mặt trận các tổ dân phố'],
    ['Ban Công tác Mặt trận khu dân cư'],
    ['Ban Công tác Mặt trận các thôn, tổ dân phố'],
  ])('d. the residential groups\' Front boards are a set, not the commune\'s Front committee: %s', (text) => {
    for (const titles of [[], WARD]) expect(read(text, titles, 2027)).toEqual({ ...none, collective: ['Ban Công tác Mặt trận các khu dân cư'] });
  });

  test('d. villages and residential groups are a set', () => {
    expect(read('các thôn, tổ dân phố', WARD, 2027)).toEqual({ ...none, collective: ['các thôn, tổ dân phố'] });
    expect(read('Công an phường; các tổ dân phố', WARD, 2027)).toEqual({ ...none, agencies: ['Công an phường'], collective: ['các tổ dân phố'] });
  });

  test('e. a collective is shown with its own name', () => {
    expect(read('Các cơ quan, đơn vị liên quan')).toEqual({ ...none, collective: ['Các cơ quan, đơn vị liên quan'] });
    expect(read('Các sở, ban, ngành')).toEqual({ ...none, collective: ['Các sở, ban, ngành tỉnh'] });
  });

  test.each([
    ['Ban Tiếp công dân tỉnh', 'Ban Tiếp công dân tỉnh'],
    ['Ban Tiếp công dân', 'Ban Tiếp công dân tỉnh'],
    ['Văn phòng Sở', 'Văn phòng Sở'],
    ['Văn phòng Sở Nội vụ', 'Văn phòng Sở Nội vụ'],
  ])('f. known provincial bodies: %s', (text, agency) => {
    expect(read(text, PROVINCE, 2026)).toEqual({ ...none, agencies: [agency] });
  });

  test.each([
    ['UBMTTQVN và các tổ chức chính trị xã hội thành phố', ['UBND THÀNH PHỐ HÀ NỘI']],
    ['Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội tỉnh', PROVINCE],
  ])('g. the Front committee and the socio-political organisations: %s', (text, titles) => {
    expect(read(text, titles, 2026)).toEqual({ ...none, agencies: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'], collective: ['Các tổ chức chính trị - xã hội'] });
  });

  test.each([
    ['Hội Phụ nữ', 'Hội Liên hiệp Phụ nữ xã'],
    ['Đoàn Thanh niên', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã'],
    ['Hội Nông dân', 'Hội Nông dân xã'],
    ['Hội Cựu chiến binh', 'Hội Cựu chiến binh xã'],
    ['Công an', 'Công an xã'],
    ['Ban Chỉ huy Quân sự', 'Ban Chỉ huy Quân sự xã'],
    ['Trạm Y tế', 'Trạm Y tế xã'],
  ])('h. in a commune plan a name without a level is the commune\'s body: %s', (text, agency) => {
    expect(read(text, COMMUNE, 2026)).toEqual({ ...none, agencies: [agency] });
  });

  test('h. several of them in one cell; in a ward plan, the ward\'s; elsewhere as before', () => {
    expect(read('Công an, Trạm Y tế; Hội Phụ nữ', COMMUNE, 2026).agencies).toEqual(['Công an xã', 'Trạm Y tế xã', 'Hội Liên hiệp Phụ nữ xã']);
    expect(read('Hội Phụ nữ, Công an', WARD, 2027).agencies).toEqual(['Hội Liên hiệp Phụ nữ phường', 'Công an phường']);
    expect(read('Hội Phụ nữ', PROVINCE, 2026).agencies).toEqual(['Hội Liên hiệp Phụ nữ tỉnh']);
    expect(read('Hội Phụ nữ', COMMUNE, 2024).agencies).toEqual(['Hội Liên hiệp Phụ nữ tỉnh']);
    expect(read('Công an', PROVINCE, 2026).unknown).toEqual(['Công an']);
    // A commune body beside it does not make a provincial plan a commune's for these names.
    expect(read('Hội Phụ nữ, Công an xã', [], 2026).agencies).toEqual(['Hội Liên hiệp Phụ nữ tỉnh', 'Công an xã']);
    // Names the commune has no body of stay as they are.
    expect(read('Sở Nội vụ; Liên đoàn Lao động', COMMUNE, 2026).agencies).toEqual(['Sở Nội vụ', 'Liên đoàn Lao động tỉnh']);
  });
});

describe('a ward plan whose cell names a central city', () => {
  test("the ward's bare names stay the ward's beside a city body", () => {
    const ctx = ownerContext(['ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ', 'KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'], 2026);
    const o = parseOwners('Trạm Y tế, Công an thành phố Hồ Chí Minh', defaultDirectory(), ctx);
    expect(o.agencies).toEqual(expect.arrayContaining(['Trạm Y tế phường', 'Công an tỉnh']));
    expect(o.unknown).toEqual([]);
  });
});
