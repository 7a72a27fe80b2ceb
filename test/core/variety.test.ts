/**
 * Real appendices, as the research notes (appendices-in-practice.md §1.1, §3, §4) describe them:
 * each case rebuilds one structural observation literally and checks what an officer would read.
 */
import { validate } from '../../src/core/validate';
import { defaultDirectory } from '../../src/core/agencies/directory';
import { parseOwners } from '../../src/core/fields/owner';
import { classifyTarget } from '../../src/core/fields/target';
import { isoToExcelSerial } from '../../src/core/dates';
import type { CellValue, MergeArea, SheetSnapshot } from '../../src/core/types';

function sheet(rows: CellValue[][], merges: MergeArea[] = []): SheetSnapshot {
  return { sheetName: 'Phụ lục', top: 1, left: 1, values: rows, merges };
}
const asOf = '2025-12-15';
const codesAt = (r: ReturnType<typeof validate>, cell: string) => r.findings.filter((f) => f.cell === cell).map((f) => f.code);

describe('QĐ 2530/QĐ-TTg: owner second, groups by ministry, sub-rows under one owner', () => {
  const header = ['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động[1]', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành'];
  const rows: CellValue[][] = [
    header,
    ['A.', 'BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', null, null, null, null, null],
    ['1', 'Bộ Nông nghiệp và Môi trường', '- Bộ Khoa học và Công nghệ;\n- Bộ Xây dựng;\n- UBND các tỉnh, thành phố.', 'Hoàn thiện hệ thống chính sách', 'Xây dựng quy chuẩn', 'Quy chuẩn được ban hành', 'Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)'],
    [null, null, null, null, 'Xây dựng hướng dẫn kỹ thuật', 'Hướng dẫn kỹ thuật', 'Giai đoạn 2026 - 2027'],
    [null, null, null, null, 'Kiểm kê phát thải', '100% tỉnh, thành phố', 'Hoàn thành kiểm kê lần đầu trong năm 2026. Định kỳ cập nhật kết quả kiểm kê phát thải (nếu có)'],
    ['B.', 'BỘ XÂY DỰNG', null, null, null, null, null],
    ['2', 'Bộ Xây dựng', 'Bộ Công an', 'Giao thông', 'Chuyển đổi phương tiện', 'Lộ trình được ban hành', 'Trước năm 2030'],
  ];
  const expectRead = (r: ReturnType<typeof validate>) => {
    expect(r.table!.columns).toMatchObject({ id: 'A', owner: 'B', partners: 'C', task: 'E', target: 'F', deadline: 'G' });
    expect(r.tasks.map((t) => [t.row, t.id, t.section, t.owner.agencies, t.deadline.due])).toEqual([
      [3, '1', 'A', ['Bộ Nông nghiệp và Môi trường'], '2026-12-31'],
      [4, '1', 'A', ['Bộ Nông nghiệp và Môi trường'], '2027-12-31'],
      [5, '1', 'A', ['Bộ Nông nghiệp và Môi trường'], '2026-12-31'],
      [7, '2', 'B', ['Bộ Xây dựng'], '2029-12-31'],
    ]);
    expect(r.tasks[0].sectionTitle).toBe('BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(r.tasks[2].partners!.agencies).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Xây dựng']);
    expect(r.findings.map((f) => f.code)).not.toContain('owner.missing');
    expect(r.findings.filter((f) => f.row === 2 || f.row === 6)).toEqual([]);
  };

  test('group rows "A. | BỘ …" merged across the row are groups, and merged owners fill the sub-rows', () => {
    const merges = [2, 6].map((r) => ({ top: r, left: 2, bottom: r, right: 7 }));
    for (let c = 1; c <= 4; c++) merges.push({ top: 3, left: c, bottom: 5, right: c });
    expectRead(validate(sheet(rows, merges), { asOf }));
  });

  test('the same table without merges (a converted copy): the group title sits in the owner column, sub-rows inherit owner and partners', () => {
    expectRead(validate(sheet(rows), { asOf }));
  });

  test('an unnumbered sub-row inherits owner, partners, group and a blank deadline: its own blank target is still reported at its cell', () => {
    const r = validate(sheet([
      header,
      ['1', 'Bộ Xây dựng', 'Bộ Công an', 'Giao thông', 'Chuyển đổi phương tiện', 'Lộ trình', '2026'],
      [null, null, null, null, 'Kiểm định khí thải', null, '2027'],
      [null, null, null, null, 'Thí điểm vùng phát thải thấp', 'Đề án', null],
    ]), { asOf });
    expect(r.tasks[1]).toMatchObject({ row: 3, id: '1', owner: { agencies: ['Bộ Xây dựng'] }, target: { kind: 'missing' } });
    expect(r.tasks[1].cells.owner).toBe('B2');
    expect(codesAt(r, 'F3')).toEqual(['target.missing']);
    // A lost merge: the sub-task's blank time cell is the one above, not a missing deadline.
    expect(r.tasks[2]).toMatchObject({ row: 4, deadline: { due: '2027-12-31' }, cells: { deadline: 'G3' } });
    expect(codesAt(r, 'G4')).toEqual([]);
  });
});

describe('NQ 03/NQ-CP', () => {
  test('Phụ lục I groups indicators by horizon ("I | Đến năm 2030"): rows are due by their group, no missing time column', () => {
    const r = validate(sheet([
      ['PHỤ LỤC I', null, null, null, null],
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
      ['I', 'Đến năm 2030', null, null, null],
      ['1', 'Tỉ lệ nhiệm vụ được theo dõi trên môi trường điện tử', '%', '100', 'Văn phòng Chính phủ'],
      ['2', 'Số doanh nghiệp công nghệ số', 'Doanh nghiệp', '40 - 50', 'Bộ Khoa học và Công nghệ'],
      ['II', 'Đến năm 2045', null, null, null],
      ['3', 'Chỉ số đổi mới sáng tạo toàn cầu', 'Thứ bậc', '≤ 3 Đông Nam Á; ≤ 50 Thế giới', 'Bộ Khoa học và Công nghệ'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.deadline.due, t.target.kind, t.status])).toEqual([
      ['1', '2030-12-31', 'measurable', 'on-track'],
      ['2', '2030-12-31', 'measurable', 'on-track'],
      ['3', '2045-12-31', 'measurable', 'on-track'],
    ]);
    expect(r.findings).toEqual([]);
  });

  test.each([
    ['Mục tiêu 2026', '2026-12-31'],
    ['Chỉ tiêu năm 2026', '2026-12-31'],
    ['Kế hoạch 2026', '2026-12-31'],
    ['Mục tiêu đến 2030', '2030-12-31'],
  ])('an indicator table without a time column whose target header names its year ("%s") is due by that year', (header, due) => {
    const r = validate(sheet([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025 (thực hiện)', header, 'Cơ quan chủ trì theo dõi'],
      ['1', 'Chỉ số cải cách hành chính (PAR INDEX) của tỉnh', 'Điểm', 88.12, '≥ 90', 'Sở Nội vụ'],
      ['2', 'Tỷ lệ văn bản đi được ký số', '%', 85, 90, 'Sở Khoa học và Công nghệ'],
    ]), { asOf, profile: 'strict' });
    expect(r.table!.columns).toMatchObject({ task: 'B', target: 'E', owner: 'F', deadline: null, progress: null });
    for (const t of r.tasks) expect(t.deadline).toMatchObject({ text: header, kind: 'period', due, form: 'header-year' });
    expect(r.tasks.map((t) => [t.target.kind, t.status])).toEqual([['measurable', 'on-track'], ['measurable', 'on-track']]);
    expect(r.findings).toEqual([]);
  });

  test('a target header without a year gives no deadline: the missing time column is still reported', () => {
    const r = validate(sheet([
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Cơ quan chủ trì theo dõi'],
      ['1', 'Tỷ lệ văn bản đi được ký số', '%', 90, 'Sở Khoa học và Công nghệ'],
    ]), { asOf, profile: 'strict' });
    expect(r.tasks[0].deadline.kind).toBe('missing');
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['table.column-missing', 'error']]);
  });

  test('Phụ lục I with mostly bare numbers under "Kết quả" beside "Đơn vị": they are target values, not progress percentages', () => {
    const r = validate(sheet([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
      ['I', 'Đến năm 2030', null, null, null],
      ['1', 'Tỉ lệ dịch vụ công trực tuyến toàn trình', '%', '90', 'Văn phòng Chính phủ'],
      ['2', 'Tỉ lệ người dân có danh tính số', '%', '100', 'Bộ Công an'],
      ['3', 'Tỉ lệ doanh nghiệp sử dụng hóa đơn điện tử', '%', '80', 'Bộ Tài chính'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ target: 'D', progress: null });
    expect(r.tasks.map((t) => [t.target.kind, t.status])).toEqual([['measurable', 'on-track'], ['measurable', 'on-track'], ['measurable', 'on-track']]);
  });

  test('a group title that is not a time gives no deadline: the missing time column is still reported', () => {
    const r = validate(sheet([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả', 'Cơ quan chủ trì theo dõi, đánh giá'],
      ['I', 'Hạ tầng số', null, null, null],
      ['1', 'Tỉ lệ hộ gia đình có cáp quang', '%', '100', 'Bộ Khoa học và Công nghệ'],
    ]), { asOf });
    expect(r.tasks[0].deadline.kind).toBe('missing');
    expect(r.findings.map((f) => f.code)).toEqual(['table.column-missing']);
  });

  test('Phụ lục II: group row "IV." with a stray "năm tiếp theo" (a wrap tail) is a group; a spill row with empty TT joins its task', () => {
    const r = validate(sheet([
      ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành'],
      ['III', 'PHÁT TRIỂN HẠ TẦNG', null, null, null, null],
      ['20', 'Kết nối dữ liệu y tế', 'Bộ Y tế', 'Bộ Công an', 'Nền tảng', '2025 và những năm'],
      ['IV.', 'PHÁT TRIỂN NGUỒN NHÂN LỰC', null, null, null, 'năm tiếp theo'],
      ['21', 'Liên thông kết quả xét nghiệm', 'Bộ Y tế', null, 'Cơ sở dữ liệu', '6/2025'],
      [null, 'Kết quả xét nghiệm; để cơ sở khám chữa bệnh liên thông', null, null, null, null],
      ['22', 'Đào tạo nhân lực số', 'Bộ Giáo dục và Đào tạo', 'Các bộ, ngành', 'Chương trình', '2026'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.section, t.rows])).toEqual([['20', 'III', [3]], ['21', 'IV', [5, 6]], ['22', 'IV', [7]]]);
    expect(r.tasks[1].task).toBe('Liên thông kết quả xét nghiệm Kết quả xét nghiệm; để cơ sở khám chữa bệnh liên thông');
    expect(r.findings.filter((f) => f.row === 4)).toEqual([]);
  });
});

describe('Đồng Nai 179/KH-UBND', () => {
  const header = ['STT', 'Nhiệm vụ, giải pháp', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'];
  const alt = ['Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'];

  test('three STT levels (A, I., 1.) and a sub-group "5.1 | | Thương mại" with its title in the 3rd cell', () => {
    const r = validate(sheet([
      header,
      ['A', 'NHIỆM VỤ CHUNG', null, null, null, null],
      ['I.', 'Phát triển hạ tầng số', null, null, null, null],
      ['1.', 'Hạ tầng viễn thông', null, null, null, null],
      ['1.1', 'Phát triển mạng 5G', 'Sở Khoa học và Công nghệ', 'Các doanh nghiệp viễn thông', '2026 - 2030', 'Kế hoạch'],
      ['5.', 'Kinh tế số ngành', null, null, null, null],
      ['5.1', null, 'Thương mại', null, null, null],
      ['a)', 'Thương mại điện tử', 'Sở Công Thương', 'Sở Tài chính', '2026 - 2030', 'Nền tảng'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.row, t.id, t.section, t.sectionTitle])).toEqual([
      [5, '1.1', '1', 'Hạ tầng viễn thông'],
      [8, 'a)', '5.1', 'Thương mại'],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('sections restarting with an alternative header ("Nội dung | Đơn vị thực hiện | …") stay one table; the header rows are not tasks', () => {
    const r = validate(sheet([
      header,
      ['A', 'NHIỆM VỤ CHUNG', null, null, null, null],
      ['1', 'Phát triển hạ tầng số', 'Sở Khoa học và Công nghệ', 'UBND xã, phường', '2026-2030', 'Báo cáo'],
      ['B', 'NHIỆM VỤ RIÊNG', null, null, null, null],
      ['STT', ...alt],
      ['1', 'Chuyển đổi số doanh nghiệp', 'Sở Tài chính', 'Sở Nội vụ', '2026', 'Kế hoạch'],
      ['C', 'NHIỆM VỤ KHÁC', null, null, null, null],
      [null, ...alt],
      ['1', 'Đào tạo kỹ năng số', 'Sở Giáo dục và Đào tạo', null, '2026', 'Kế hoạch'],
    ]), { asOf });
    expect(r.tables).toHaveLength(1);
    expect(r.tasks.map((t) => [t.row, t.id, t.section])).toEqual([[3, '1', 'A'], [6, '1', 'B'], [9, '1', 'C']]);
    expect(r.findings).toEqual([]);
  });

  test('a new appendix with the same columns still starts its own table', () => {
    const r = validate(sheet([
      ['PHỤ LỤC I', null, null, null],
      ['TT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời gian thực hiện'],
      ['1', 'Nhiệm vụ A', 'Sở Tài chính', '2026'],
      ['PHỤ LỤC II', null, null, null],
      ['TT', 'Nội dung', 'Đơn vị thực hiện', 'Thời gian thực hiện'],
      ['1', 'Nhiệm vụ B', 'Sở Xây dựng', '2027'],
    ]), { asOf });
    expect(r.tables!.map((t) => t.title)).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II']);
  });

  // 179/KH-UBND as issued: the sections restate the header in other words than the main one.
  const main = ['STT', 'Nhiệm vụ, giải pháp', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];
  const restated = (id: string | null): CellValue[] => [id, 'Nội dung', 'Đơn vị thực hiện', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Sản phẩm đầu ra'];

  test('a section header restated in other words ("Nội dung | Đơn vị thực hiện | …" under "Nhiệm vụ, giải pháp | Cơ quan chủ trì | …"), with "TT", blank or "STT", is neither a task nor a new table', () => {
    const r = validate(sheet([
      main,
      ['A', 'CHUYỂN ĐỔI SỐ TRONG CƠ QUAN NHÀ NƯỚC', null, null, null, null],
      restated('TT'),
      ['1', 'Triển khai nền tảng số dùng chung', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', '2026', 'Nền tảng được đưa vào vận hành'],
      ['B', 'PHÁT TRIỂN KINH TẾ SỐ', null, null, null, null],
      restated(null),
      ['1', 'Hỗ trợ doanh nghiệp chuyển đổi số', 'Sở Công Thương', 'Sở Tài chính', '12/2026', 'Kế hoạch'],
      ['C', 'PHÁT TRIỂN XÃ HỘI SỐ', null, null, null, null],
      restated('STT'),
      ['1', 'Phổ cập kỹ năng số cho người dân', 'Tỉnh Đoàn', 'Sở Giáo dục và Đào tạo', '2026-2030', 'Ít nhất 70% người trưởng thành có kỹ năng số cơ bản'],
    ], [2, 5, 8].map((row) => ({ top: row, left: 2, bottom: row, right: 6 }))), { asOf });
    expect(r.tables).toHaveLength(1);
    expect(r.table).toMatchObject({ headerRows: [1], lastRow: 10 });
    expect(r.tasks.map((t) => [t.row, t.id, t.section])).toEqual([[4, '1', 'A'], [7, '1', 'B'], [10, '1', 'C']]);
    expect(r.findings).toEqual([]);
  });

  test('a restated header after a new appendix title still starts its own table', () => {
    const r = validate(sheet([
      ['PHỤ LỤC I', null, null, null, null, null],
      main,
      ['1', 'Triển khai nền tảng số dùng chung', 'Sở Khoa học và Công nghệ', 'Sở Nội vụ', '2026', 'Nền tảng'],
      ['PHỤ LỤC II', null, null, null, null, null],
      restated('STT'),
      ['1', 'Hỗ trợ doanh nghiệp chuyển đổi số', 'Sở Công Thương', 'Sở Tài chính', '12/2026', 'Kế hoạch'],
    ]), { asOf });
    expect(r.tables!.map((t) => [t.title, t.headerRows])).toEqual([['PHỤ LỤC I', [2]], ['PHỤ LỤC II', [5]]]);
    expect(r.tasks.map((t) => t.row)).toEqual([3, 6]);
  });

  test('a task row whose cells hold header words ("Kết quả thực hiện nhiệm vụ …", "Các đơn vị thực hiện") is still a task', () => {
    const r = validate(sheet([
      main,
      ['1', 'Tổng hợp kết quả', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành', '12/2026', 'Báo cáo'],
      [null, 'Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2026 của các sở, ban, ngành và địa phương', 'Các đơn vị thực hiện', 'Các cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
    ]), { asOf });
    expect(r.tasks.map((t) => t.row)).toEqual([2, 3]);
  });
});

describe('other 2025 layouts', () => {
  test('TP HCM 2820: last column ("Nguồn kinh phí") merged down; owner and co-owner swapped on one row', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian dự kiến hoàn thành', 'Kết quả dự kiến', 'Nguồn kinh phí'],
      ['I', 'Cập nhật quy hoạch', null, null, null, null, null],
      ['1', 'Rà soát quy hoạch', 'Sở Tài chính', 'Các sở, ngành, UBND xã, phường, đặc khu', 'Quý IV/2025', 'Báo cáo', 'Ngân sách thành phố'],
      ['2', 'Cập nhật dữ liệu', 'Các sở, ngành, UBND xã, phường, đặc khu', 'Sở Tài chính', 'Quý IV/2026', 'Cơ sở dữ liệu', null],
      ['3', 'Báo cáo định kỳ', 'Sở Tài chính', null, 'Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính', 'Báo cáo', null],
    ], [{ top: 3, left: 7, bottom: 5, right: 7 }]), { asOf });
    expect(r.table!.columns).toMatchObject({ owner: 'C', partners: 'D', deadline: 'E', target: 'F', note: null });
    expect(r.tasks.map((t) => [t.id, t.deadline.due, t.status])).toEqual([['1', '2025-12-31', 'on-track'], ['2', '2026-12-31', 'on-track'], ['3', '2025-12-31', 'on-track']]);
    expect(r.findings.map((f) => [f.cell, f.code])).toEqual([['C4', 'owner.collective']]);
  });

  test('header variants: "Phân công nhiệm vụ" owner, "Nội dung/nhiệm vụ" task, "Tình trạng" progress; "Nguồn lực thực hiện[2]" is not read', () => {
    const r = validate(sheet([
      ['STT', 'Tên dự án, nhiệm vụ', 'Nội dung chính', 'Phân công nhiệm vụ', 'Cơ quan phối hợp', 'Tình trạng', 'Thời gian thực hiện', 'Nguồn lực thực hiện[2]'],
      ['1', 'Mạng lưới quan trắc', '- Đầu tư trạm; - Kết nối dữ liệu', 'Bộ Nông nghiệp và Môi trường', 'Các bộ, ngành', 'Thực hiện mới', 'Triển khai từ năm 2026', 'Ngân sách trung ương'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ task: 'B', owner: 'D', partners: 'E', progress: 'F', deadline: 'G', target: null, note: null });
    expect(r.tasks[0].owner.agencies).toEqual(['Bộ Nông nghiệp và Môi trường']);
  });

  test('commune and office wording: "Đơn vị chịu trách nhiệm" is the owner, "Ngày hoàn thành" the due date', () => {
    const r = validate(sheet([
      ['STT', 'Nội dung công việc', 'Đơn vị chịu trách nhiệm', 'Ngày hoàn thành', 'Kết quả'],
      ['1', 'Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', '30/6/2025', 'Báo cáo'],
      ['2', 'Tập huấn', 'Cơ quan không có thật', 'Quý III/2025', '100% cán bộ'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ task: 'B', owner: 'C', deadline: 'D', target: 'E' });
    expect(r.tasks.map((t) => t.deadline.due)).toEqual(['2025-06-30', '2025-09-30']);
    expect(codesAt(r, 'C3')).toEqual(['owner.unknown']);
  });

  test('a title merged across the row ("PHỤ LỤC PHÂN CÔNG NHIỆM VỤ") is one cell, not a header of its own', () => {
    const r = validate(sheet([
      ['PHỤ LỤC PHÂN CÔNG NHIỆM VỤ', null, null, null, null],
      ['(Kèm theo Kế hoạch số 42/KH-UBND ngày 10/3/2025)', null, null, null, null],
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', 'Quý IV/2025', 'Kế hoạch'],
    ], [{ top: 1, left: 1, bottom: 1, right: 5 }, { top: 2, left: 1, bottom: 2, right: 5 }]), { asOf });
    expect(r.tables?.map((t) => t.headerRows)).toEqual([[3]]);
    expect(r.findings).toEqual([]);
  });

  test('a two-row header pasted as values (merges lost) is still one header: "Chủ trì | Phối hợp" is not a task', () => {
    const r = validate(sheet([
      ['STT', 'Nội dung', 'Phân công thực hiện', null, 'Thời gian', 'Sản phẩm'],
      [null, null, 'Chủ trì', 'Phối hợp', null, null],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', 'Sở Tư pháp', 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf });
    expect(r.table!.headerRows).toEqual([1, 2]);
    expect(r.table!.columns).toMatchObject({ owner: 'C', partners: 'D' });
    expect(r.tasks.map((t) => [t.row, t.partners?.agencies])).toEqual([[3, ['Sở Tư pháp']]]);
    expect(r.findings).toEqual([]);
  });

  test.each([
    ['one row', [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian bắt đầu', 'Thời gian hoàn thành', 'Sản phẩm']], []],
    ['"Từ ngày | Đến ngày"', [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Từ ngày', 'Đến ngày', 'Sản phẩm']], []],
    ['"Bắt đầu | Kết thúc"', [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Bắt đầu', 'Kết thúc', 'Sản phẩm']], []],
    [
      'two rows, "Thời gian thực hiện" merged over "Bắt đầu | Hoàn thành"',
      [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', null, 'Sản phẩm'], [null, null, null, 'Bắt đầu', 'Hoàn thành', null]],
      [{ top: 1, left: 4, bottom: 1, right: 5 }, { top: 1, left: 1, bottom: 2, right: 1 }, { top: 1, left: 2, bottom: 2, right: 2 }, { top: 1, left: 3, bottom: 2, right: 3 }, { top: 1, left: 6, bottom: 2, right: 6 }],
    ],
  ] as [string, CellValue[][], MergeArea[]][])('a schedule in a start and an end column (%s): the end is the deadline', (_, header, merges) => {
    const r = validate(sheet([...header, ['1', 'Tuyên truyền', 'Sở Nội vụ', '01/3/2025', '30/11/2025', 'Kế hoạch']], merges), { asOf: '2025-10-16' });
    expect(r.table!.columns.deadline).toBe('E');
    expect(r.tasks.map((t) => [t.deadline.due, t.status])).toEqual([['2025-11-30', 'on-track']]);
  });

  test.each([
    [['STT', 'Nội dung', 'Trách nhiệm thực hiện', 'Hạn xử lý', 'Hình thức văn bản']],
    [['STT', 'Nội dung', 'Đầu mối thực hiện', 'Năm thực hiện', 'Yêu cầu']],
  ])('tracking-system wording %j names owner, deadline and target', (header) => {
    const r = validate(sheet([header, ['1', 'Tuyên truyền', 'Sở Nội vụ', '2025', 'Kế hoạch']]), { asOf });
    expect(r.table!.columns).toMatchObject({ task: 'B', owner: 'C', deadline: 'D', target: 'E' });
  });

  test('beside "Thời hạn", a tracking sheet\'s "Ngày hoàn thành" is when the work was done: it does not replace the deadline', () => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành'],
      ['1', 'Rà soát thủ tục hành chính', 'Văn phòng UBND tỉnh', '30/6/2025', 'Đã hoàn thành', '25/6/2025'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ deadline: 'D', progress: 'E' });
    expect(r.tasks[0].status).toBe('done');
  });

  test.each(['Thời hạn', 'Thời hạn hoàn thành', 'Thời gian thực hiện'])('beside "%s", "Ngày hoàn thành" is the completion date: a done task was done then', (deadline) => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Chủ trì', deadline, 'Ngày hoàn thành', 'Trạng thái'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '30/6/2025', '25/6/2025', 'Đã hoàn thành'],
      ['2', 'Tập huấn', 'Sở Nội vụ', '30/6/2025', '10/7/2025', 'Hoàn thành'],
      ['3', 'Kiểm tra', 'Sở Tài chính', '30/6/2025', null, 'Đang thực hiện'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ deadline: 'D', progress: 'F' });
    expect(r.table!.doneOnColumn).toBe('E');
    expect(r.tasks.map((t) => [t.progress.doneOn ?? null, t.status, t.doneTiming])).toEqual([
      ['2025-06-25', 'done', 'on-time'], ['2025-07-10', 'done', 'late'], [null, 'overdue', null],
    ]);
  });

  test('beside "Thời hạn" with no state column, a date in "Ngày hoàn thành" says done, and when', () => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Ngày hoàn thành'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '30/6/2025', '25/6/2025'],
      ['2', 'Tập huấn', 'Sở Nội vụ', '30/6/2025', null],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ deadline: 'D', progress: 'E' });
    expect(r.tasks.map((t) => [t.progress.doneOn ?? null, t.status, t.doneTiming])).toEqual([['2025-06-25', 'done', 'on-time'], [null, 'overdue', null]]);
  });
});

describe('owner cells of §3 (every form of its tables)', () => {
  const dir = defaultDirectory();
  const read = (s: string) => {
    const o = parseOwners(s, dir);
    return { agencies: o.agencies, collective: o.collective ?? [], unknown: o.unknown };
  };

  test.each([
    ['UBND thành phố Hà Nội, Thành phố Hồ Chí Minh và UBND các tỉnh, thành phố khác', ['Ủy ban nhân dân tỉnh'], ['Các bộ, ngành, địa phương']],
    // Two cities, one directory name: two bodies, each named as written (and owner.multiple).
    ['UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh', ['UBND thành phố Hà Nội', 'UBND Thành phố Hồ Chí Minh'], []],
    ['UBND TP Hà Nội, UBND TP HCM', ['UBND TP Hà Nội', 'UBND TP HCM'], []],
    ['UBND huyện Bát Xát và UBND huyện Sa Pa', ['UBND huyện Bát Xát', 'UBND huyện Sa Pa'], []],
    ['UBND TP. Hồ Chí Minh', ['Ủy ban nhân dân tỉnh'], []],
    // A city inside a province was a district-level body (before 2025): not the provincial committee.
    ['UBND thành phố Lào Cai', ['Ủy ban nhân dân huyện'], []],
    ['Công an TP Cao Bằng', ['Công an huyện'], []],
    ['UBND thành phố Lào Cai, UBND huyện Bát Xát', ['UBND thành phố Lào Cai', 'UBND huyện Bát Xát'], []],
    ['UBND thành phố Đà Nẵng', ['Ủy ban nhân dân tỉnh'], []],
    // The set is named as partners: not an owner, so not a collective lead either.
    ['Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan', ['Sở Nội vụ'], []],
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

  test('a lead marked in the owner cell ("Sở Nội vụ (chủ trì), Sở Tư pháp") is the one owner; the other is a partner, not a second lead', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Cơ quan thực hiện', 'Thời gian', 'Sản phẩm'],
      ['1', 'Tuyên truyền', 'Sở Nội vụ (chủ trì), Sở Tư pháp', 'Quý IV/2025', 'Kế hoạch'],
      ['2', 'Tập huấn', 'Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan', 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf: '2025-10-16' });
    expect(r.tasks.map((t) => [t.owner.agencies, t.owner.partners])).toEqual([[['Sở Nội vụ'], ['Sở Tư pháp']], [['Sở Nội vụ'], ['Các sở, ban, ngành tỉnh']]]);
    expect(r.findings).toEqual([]);
    expect(r.summary.byOwner.map((o) => [o.owner, o.tasks])).toEqual([['Sở Nội vụ', 2]]);
  });

  test.each(['-', 'Các sở, ngành phối hợp'])('an owner cell naming no lead ("%s") is an owner missing', (owner) => {
    const r = validate(sheet([['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'], ['1', 'Tuyên truyền', owner, 'Quý IV/2025', 'Kế hoạch']]), { asOf: '2025-10-16' });
    expect(codesAt(r, 'C2')).toEqual(['owner.missing']);
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

describe('status reporting (§6: VPCP report classes, a ward\'s tracking sheet)', () => {
  const statuses = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Hoàn thành trước hạn', '✅ Hoàn thành', 'Chưa hoàn thành quá hạn', '🟢 Đang thực hiện (còn hạn)'];
  const r = validate(sheet([
    ['STT', 'Nội dung nhiệm vụ', 'Thời hạn hoàn thành', 'Chủ trì thực hiện', 'Đơn vị phối hợp', 'Trạng thái', 'Kết quả xử lý'],
    ...statuses.map((s, i): CellValue[] => [String(i + 1), `Nhiệm vụ ${i + 1}`, '30/6/2025', 'Sở Nội vụ', null, s, null]),
  ]), { asOf: '2025-07-15' });

  test('a done class stated without a date ("Hoàn thành quá hạn") gives the done timing', () => {
    expect(r.tasks.map((t) => [t.status, t.doneTiming ?? null])).toEqual([
      ['done', 'on-time'], ['done', 'late'], ['done', 'on-time'], ['done', null], ['overdue', null], ['overdue', null],
    ]);
    expect(r.summary.byOwner[0]).toMatchObject({ doneOnTime: 2, doneLate: 1 });
  });

  test('"Kết quả xử lý" reports what was done: not a target column, so no target is missing on every row', () => {
    expect(r.table!.columns).toMatchObject({ progress: 'F', target: null });
    expect(r.findings.filter((f) => f.code === 'target.missing')).toEqual([]);
  });
});

test('a task-tracking export: "LĐVP chủ trì" is a leader, not the owner column; "Ngày hoàn thành thực tế" is when it was done', () => {
  const r = validate({
    ...sheet([
      ['STT', 'Tên nhiệm vụ', 'LĐVP chủ trì', 'Đơn vị chủ trì thực hiện', 'Đơn vị phối hợp', 'Thời hạn hoàn thành', 'Ngày hoàn thành thực tế', 'Kết quả thực hiện'],
      ['1', 'Rà soát thủ tục hành chính', 'Phó Chánh Văn phòng', 'Sở Nội vụ', 'Sở Tư pháp', '30/6/2025', 45850, null],
    ]),
    numberFormats: [[], ['', '', '', '', '', '', 'dd/mm/yyyy', '']],
  }, { asOf: '2025-07-15' });
  // The blank "Kết quả thực hiện" is the progress column; the date beside it says the task was done, and when.
  expect(r.table!.columns).toMatchObject({ owner: 'D', partners: 'E', progress: 'H' });
  expect(r.table!.doneOnColumn).toBe('G');
  expect(r.tasks[0]).toMatchObject({ owner: { agencies: ['Sở Nội vụ'] }, status: 'done', doneTiming: 'late' });
});

describe('task-tracking sheets as exported (§6): a unit\'s 25-column export, a ward\'s Google Sheet', () => {
  const serial = isoToExcelSerial;
  /** Serials shown as dates, fractions as percentages: as the exports format them. */
  const tracked = (rows: CellValue[][]): SheetSnapshot => ({
    ...sheet(rows),
    sheetName: 'Theo dõi nhiệm vụ',
    numberFormats: rows.map((row) => row.map((v) => (typeof v !== 'number' ? 'General' : v > 20000 ? 'dd/mm/yyyy' : v <= 1 ? '0%' : 'General'))),
  });
  const asOfJuly = { asOf: '2026-07-10' };

  test('the unit export: owner "Đơn vị chủ trì thực hiện", deadline "Ngày hoàn thành", state "Trạng thái nhiệm vụ", completion "Ngày hoàn thành thực tế"; extensions are not read', () => {
    const r = validate(tracked([
      ['STT', 'Tên nhiệm vụ', 'LĐVP chủ trì', 'Đơn vị chủ trì thực hiện', 'Đơn vị phối hợp', 'Đầu mối thực hiện', 'Ngày thực hiện', 'Ngày hoàn thành', 'Loại nhiệm vụ', 'Trạng thái nhiệm vụ', 'Kết quả thực hiện', 'Mức độ hoàn thành', 'Ngày cập nhật', 'Ngày hoàn thành thực tế', 'Gia hạn - Số lần', 'Gia hạn - Mốc cũ'],
      ['1', 'Tham mưu Kế hoạch cải cách hành chính năm 2026', 'Phó Chánh Văn phòng Nguyễn Văn An', 'Sở Nội vụ', 'Sở Tư pháp', 'Trần Thị Bình', serial('2026-01-15'), serial('2026-03-31'), 'Nhiệm vụ thường xuyên', 'Đã hoàn thành', 'Đã ban hành Kế hoạch số 35/KH-UBND', 'Hoàn thành đúng hạn', serial('2026-03-26'), serial('2026-03-25'), null, null],
      ['2', 'Báo cáo tình hình kinh tế - xã hội quý I', 'Chánh Văn phòng Lê Văn Cường', 'Sở Tài chính', 'Các sở, ngành', 'Phạm Minh Đức', '01/4/2026', '30/4/2026', 'Nhiệm vụ định kỳ', 'Hoàn thành', 'Đã gửi báo cáo', 'Hoàn thành quá hạn', '12/5/2026', serial('2026-05-12'), null, null],
      ['3', 'Rà soát thủ tục hành chính lĩnh vực xây dựng', 'Phó Chánh Văn phòng Nguyễn Văn An', 'Sở Xây dựng', 'Sở Tư pháp', 'Hoàng Văn Em', serial('2026-05-01'), serial('2026-06-30'), 'Nhiệm vụ thường', 'Đã hoàn thành', 'Đã trình phê duyệt phương án đơn giản hóa', 'Hoàn thành đúng hạn', '20/6/2026', '20/6/2026', null, null],
      // Extended once: the old deadline (30/6) is history, "Ngày hoàn thành" holds the one in force.
      ['4', 'Xây dựng đề án chuyển đổi số y tế', 'Phó Chánh Văn phòng Đỗ Thị Giang', 'Sở Y tế', 'Sở Khoa học và Công nghệ', 'Vũ Thị Hoa', serial('2026-03-01'), serial('2026-07-31'), 'Nhiệm vụ trọng tâm', 'Đang thực hiện', 'Đã xây dựng dự thảo đề án', 'Trong hạn', serial('2026-07-01'), null, 1, serial('2026-06-30')],
      ['5', 'Kiểm tra công tác phòng cháy chữa cháy', 'Chánh Văn phòng Lê Văn Cường', 'Sở Xây dựng', null, 'Ngô Văn Khánh', '01/5/2026', '15/6/2026', 'Nhiệm vụ thường', 'Quá hạn', null, 'Quá hạn', serial('2026-06-20'), null, 2, '31/5/2026'],
      // A completion date typed while the state still says under way: not done.
      ['6', 'Tổng kết năm học 2025 - 2026', 'Phó Chánh Văn phòng Đỗ Thị Giang', 'Sở Giáo dục và Đào tạo', null, 'Lý Thị Lan', serial('2026-05-15'), serial('2026-06-30'), 'Nhiệm vụ thường', 'Đang thực hiện', 'Đang tổng hợp báo cáo', 'Quá hạn', serial('2026-07-02'), serial('2026-07-05'), null, null],
      ['7', 'Quy hoạch mạng lưới cơ sở giáo dục', 'Chánh Văn phòng Lê Văn Cường', 'Sở Giáo dục và Đào tạo', 'Sở Tài chính', 'Lý Thị Lan', '01/7/2026', '30/9/2026', 'Nhiệm vụ thường', 'Chưa thực hiện', null, 'Trong hạn', null, null, null, null],
      ['8', 'Báo cáo kết quả thu ngân sách', 'Chánh Văn phòng Lê Văn Cường', 'Sở Tài chính', null, 'Phạm Minh Đức', serial('2026-05-01'), '30/5/2026', 'Nhiệm vụ định kỳ', 'Đã hoàn thành', 'Đã gửi báo cáo', null, null, null, null, null],
    ]), asOfJuly);
    expect(r.table!.columns).toEqual({ id: 'A', criterion: null, task: 'B', target: null, owner: 'D', partners: 'E', deadline: 'H', progress: 'J', note: null });
    expect(r.table!.doneOnColumn).toBe('N');
    expect(r.tasks.map((t) => [t.id, t.owner.agencies, t.deadline.due, t.progress.state, t.progress.doneOn ?? null, t.status, t.doneTiming, t.daysOverdue])).toEqual([
      ['1', ['Sở Nội vụ'], '2026-03-31', 'done', '2026-03-25', 'done', 'on-time', null],
      ['2', ['Sở Tài chính'], '2026-04-30', 'done', '2026-05-12', 'done', 'late', null],
      ['3', ['Sở Xây dựng'], '2026-06-30', 'done', '2026-06-20', 'done', 'on-time', null],
      ['4', ['Sở Y tế'], '2026-07-31', 'in-progress', null, 'on-track', null, null],
      ['5', ['Sở Xây dựng'], '2026-06-15', 'in-progress', null, 'overdue', null, 25],
      ['6', ['Sở Giáo dục và Đào tạo'], '2026-06-30', 'in-progress', null, 'overdue', null, 10],
      ['7', ['Sở Giáo dục và Đào tạo'], '2026-09-30', 'not-started', null, 'on-track', null, null],
      ['8', ['Sở Tài chính'], '2026-05-30', 'done', null, 'done', null, null],
    ]);
    expect(r.summary.byOwner.find((o) => o.owner === 'Sở Tài chính')).toMatchObject({ done: 2, doneLate: 1, doneTimingUnknown: 1 });
    // A tracking export states no targets, by design: no column is missing. The one late
    // completion is reported at the date that makes it late.
    expect(r.findings.map((f) => [f.cell, f.code])).toEqual([['N3', 'task.done-late'], ['H6', 'task.overdue'], ['H7', 'task.overdue']]);
  });

  test('the ward sheet: deadline "Thời hạn hoàn thành" (not "Ngày ban hành"), owner "Chủ trì thực hiện" (not "Lãnh đạo phụ trách"), state "Trạng thái" with its emoji', () => {
    const r = validate(tracked([
      ['STT', 'Nội dung nhiệm vụ', 'Số/ký hiệu văn bản', 'Ngày ban hành', 'Thời hạn hoàn thành', 'Chủ trì thực hiện', 'Đơn vị phối hợp', 'Lãnh đạo phụ trách', 'Tiến độ (%)', 'Trạng thái', 'Kết quả xử lý', 'Ghi chú'],
      ['1', 'Tổ chức Hội nghị đối thoại với Nhân dân', '15/KH-UBND', serial('2026-02-10'), serial('2026-03-31'), 'Văn phòng HĐND và UBND phường', 'Ủy ban MTTQ Việt Nam phường', 'Chủ tịch UBND phường', 1, '✅ Hoàn thành', 'Đã tổ chức ngày 25/3/2026', null],
      ['2', 'Rà soát hộ nghèo, hộ cận nghèo', '42/UBND-VHXH', '05/3/2026', '30/7/2026', 'Phòng Văn hóa - Xã hội', 'Hội Liên hiệp Phụ nữ phường', 'Phó Chủ tịch UBND phường', 0.6, '🟢 Đang thực hiện (còn hạn)', null, null],
      ['3', 'Kiểm tra trật tự xây dựng khu phố 3', '57/UBND-KT', serial('2026-06-01'), serial('2026-07-12'), 'Phòng Kinh tế', 'Công an phường', 'Phó Chủ tịch UBND phường', 0.8, '🟡 Sắp đến hạn (≤ 3 ngày)', null, null],
      ['4', 'Xử lý đơn kiến nghị của công dân khu phố 5', '61/UBND', '10/6/2026', '30/6/2026', 'Công an phường', null, 'Chủ tịch UBND phường', 0.3, '🔴 Quá hạn', 'Đang xác minh', 'Đã nhắc lần 2'],
      ['5', 'Tiêm chủng mở rộng đợt 1', '20/KH-UBND', serial('2026-04-01'), serial('2026-05-15'), 'Trạm Y tế phường', 'Hội Chữ thập đỏ phường', 'Phó Chủ tịch UBND phường', 1, '✅ Hoàn thành', 'Đạt 98% trẻ trong độ tuổi', null],
      ['6', 'Cập nhật dữ liệu dân cư', '70/UBND', serial('2026-06-15'), '31/8/2026', 'Công an phường', 'Văn phòng HĐND và UBND phường', 'Chủ tịch UBND phường', 0, '🟢 Đang thực hiện (còn hạn)', null, null],
    ]), asOfJuly);
    expect(r.table!.columns).toEqual({ id: 'A', criterion: null, task: 'B', target: null, owner: 'F', partners: 'G', deadline: 'E', progress: 'J', note: 'L' });
    expect(r.table!.doneOnColumn).toBeUndefined();
    expect(r.tasks.map((t) => [t.id, t.owner.text, t.deadline.due, t.progress.state, t.status, t.daysOverdue])).toEqual([
      ['1', 'Văn phòng HĐND và UBND phường', '2026-03-31', 'done', 'done', null],
      ['2', 'Phòng Văn hóa - Xã hội', '2026-07-30', 'in-progress', 'on-track', null],
      ['3', 'Phòng Kinh tế', '2026-07-12', 'in-progress', 'due-soon', null],
      // "🔴 Quá hạn" is the sheet's own word for not done yet; the engine counts the days itself.
      ['4', 'Công an phường', '2026-06-30', 'in-progress', 'overdue', 10],
      ['5', 'Trạm Y tế phường', '2026-05-15', 'done', 'done', null],
      ['6', 'Công an phường', '2026-08-31', 'in-progress', 'on-track', null],
    ]);
    // A progress report has no target column by design.
    expect(r.findings.filter((f) => f.code === 'table.column-missing')).toEqual([]);
  });

  test('a state column blank on a row: the "Tiến độ (%)" beside it gives the progress', () => {
    const r = validate(tracked([
      ['STT', 'Nội dung nhiệm vụ', 'Chủ trì thực hiện', 'Thời hạn hoàn thành', 'Tiến độ (%)', 'Trạng thái'],
      ['1', 'Rà soát hộ nghèo', 'Phòng Văn hóa - Xã hội', '30/7/2026', 0.6, null],
      ['2', 'Tổ chức đối thoại', 'Văn phòng HĐND và UBND phường', '30/6/2026', 1, null],
      ['3', 'Kiểm tra trật tự xây dựng', 'Phòng Kinh tế', '30/7/2026', 0.8, '🔴 Quá hạn'],
      ['4', 'Cập nhật dữ liệu dân cư', 'Công an phường', '31/8/2026', null, null],
    ]), asOfJuly);
    expect(r.table!.columns.progress).toBe('F');
    expect(r.tasks.map((t) => [t.progress.state, t.progress.percent, t.status, t.cells.progress])).toEqual([
      ['in-progress', 60, 'on-track', 'E2'],
      ['done', 100, 'done', 'E3'],
      ['in-progress', null, 'on-track', 'F4'],
      ['unknown', null, 'on-track', 'F5'],
    ]);
  });

  test('a completion date in "Ghi chú" of a done task: a date alone or after a done word, never a document\'s date, never making a task done', () => {
    const r = validate(tracked([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Trạng thái', 'Ghi chú'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '31/7/2026', 'Xong', serial('2026-07-20')],
      ['2', 'Tập huấn chuyển đổi số', 'Sở Nội vụ', '31/7/2026', 'Hoàn thành', 'Hoàn thành ngày 05/8/2026'],
      ['3', 'Kiểm tra công vụ', 'Sở Tài chính', '31/7/2026', 'Đã hoàn thành', 'HT ngày 20/8/2026'],
      ['4', 'Tổng kết năm học', 'Sở Giáo dục và Đào tạo', '31/7/2026', 'Đang thực hiện', '20/7/2026'],
      ['5', 'Quy hoạch mạng lưới', 'Sở Xây dựng', '31/7/2026', 'Đã hoàn thành', 'Theo Văn bản số 12/UBND ngày 3/5/2026'],
      ['6', 'Báo cáo thu ngân sách', 'Sở Tài chính', '31/7/2026', null, '20/7/2026'],
    ]), { asOf: '2026-09-01' });
    expect(r.table!.columns).toMatchObject({ progress: 'E', note: 'F' });
    expect(r.tasks.map((t) => [t.progress.state, t.progress.doneOn ?? null, t.status, t.doneTiming])).toEqual([
      ['done', '2026-07-20', 'done', 'on-time'],
      ['done', '2026-08-05', 'done', 'late'],
      ['done', '2026-08-20', 'done', 'late'],
      ['in-progress', null, 'overdue', null],
      ['done', null, 'done', null],
      ['unknown', null, 'overdue', null],
    ]);
    expect(r.findings.filter((f) => f.code === 'task.done-late').map((f) => f.cell)).toEqual(['F3', 'F4']);
  });

  test('an old deadline ("Thời hạn cũ") or an actual completion time before the deadline column is neither the deadline nor the state', () => {
    const r = validate(tracked([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn cũ', 'Thời gian hoàn thành thực tế', 'Thời hạn hoàn thành', 'Tình trạng'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '31/3/2026', serial('2026-04-20'), serial('2026-04-30'), 'Đã hoàn thành'],
      ['2', 'Tập huấn chuyển đổi số', 'Sở Khoa học và Công nghệ', '31/3/2026', '15/5/2026', serial('2026-04-30'), 'Hoàn thành'],
      ['3', 'Kiểm tra công vụ', 'Sở Nội vụ', '31/3/2026', null, '30/4/2026', 'Đang thực hiện'],
    ]), asOfJuly);
    expect(r.table!.columns).toMatchObject({ deadline: 'F', progress: 'G' });
    expect(r.table!.doneOnColumn).toBe('E');
    expect(r.tasks.map((t) => [t.deadline.due, t.status, t.doneTiming])).toEqual([
      ['2026-04-30', 'done', 'on-time'], ['2026-04-30', 'done', 'late'], ['2026-04-30', 'overdue', null],
    ]);
  });

  test('an actual completion date with no state column beside it: a date written says done, and when; a blank one says nothing', () => {
    const r = validate(tracked([
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời hạn', 'Ngày hoàn thành thực tế'],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '30/6/2026', '20/6/2026'],
      ['2', 'Tập huấn chuyển đổi số', 'Sở Khoa học và Công nghệ', '30/6/2026', serial('2026-07-03')],
      ['3', 'Kiểm tra công vụ', 'Sở Nội vụ', '30/6/2026', null],
    ]), asOfJuly);
    expect(r.table!.columns.progress).toBe('E');
    expect(r.tasks.map((t) => [t.progress.state, t.progress.doneOn ?? null, t.status, t.doneTiming])).toEqual([
      ['done', '2026-06-20', 'done', 'on-time'], ['done', '2026-07-03', 'done', 'late'], ['unknown', null, 'overdue', null],
    ]);
  });
});

test.each([
  ['not merged', []],
  ['merged across the row', [{ top: 2, left: 1, bottom: 2, right: 6 }, { top: 4, left: 1, bottom: 4, right: 6 }]],
])('NQ 03 PL II: a one-cell group row "I. NÂNG CAO NHẬN THỨC …" in the TT column is a group (%s)', (_name, merges) => {
  const r = validate(sheet([
    ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành'],
    ['I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY', null, null, null, null, null],
    ['1', 'Tuyên truyền', 'Bộ Khoa học và Công nghệ', 'Các bộ, ngành', 'Kế hoạch', '2025'],
    ['II. HOÀN THIỆN THỂ CHẾ', null, null, null, null, null],
    ['2', 'Sửa luật', 'Bộ Tư pháp', null, 'Luật của Quốc hội', '12/2025'],
  ], merges), { asOf: '2025-06-15' });
  expect(r.tasks.map((t) => [t.row, t.id, t.section, t.sectionTitle])).toEqual([
    [3, '1', 'I', 'NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY'],
    [5, '2', 'II', 'HOÀN THIỆN THỂ CHẾ'],
  ]);
  expect(r.findings).toEqual([]);
});

describe('Hà Giang appendix pasted without its merges', () => {
  const header = ['TT', 'Chỉ số nội dung', 'Nhiệm vụ trọng tâm', 'Chỉ tiêu', 'Đơn vị chủ trì theo dõi', 'Đơn vị thực hiện', 'Thời gian thực hiện'];
  test('a row without an id whose task and target both start afresh is a sub-task; a lower-case tail joins the row above', () => {
    const r = validate(sheet([
      header,
      ['2.2', 'Công khai danh sách hộ nghèo', 'Thực hiện công khai quy trình bình xét hộ nghèo', '100% xã, phường', 'Phòng Lao động, Thương binh và Xã hội', 'UBND các xã, phường', 'Thường xuyên'],
      [null, null, 'theo quy định hiện hành tại UBND xã, phường', null, null, null, null],
      [null, null, 'Tổ chức kiểm tra và xử lý nghiêm các sai phạm', 'Tối thiểu 30% đơn vị cấp xã được kiểm tra', null, null, null],
      [null, null, 'Kết quả xét nghiệm; để cơ sở khám chữa bệnh tham khảo', null, null, null, null],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.row, t.rows, t.id, t.owner.agencies.length, t.deadline.kind])).toEqual([
      [2, [2, 3], '2.2', 1, 'ongoing'],
      [4, [4, 5], '2.2', 1, 'ongoing'],
    ]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

test('NQ 394/NQ-CP: a spill row whose only text (co-owners) was shifted into the time column joins the task above; the cell is still flagged as not a time', () => {
  const r = validate(sheet([
    ['TT', 'Tên đề án ưu tiên', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
    ['1', 'Đề án tuyên truyền bảo vệ môi trường', 'Bộ Nông nghiệp và Môi trường', 'Bộ Văn hóa, Thể thao và Du lịch; Đài Truyền hình Việt Nam,', '2026'],
    [null, null, null, null, 'Đài Truyền hình và các cơ quan thông tấn, báo chí tại địa phương'],
    ['2', 'Đề án phân loại rác', 'Bộ Xây dựng', 'Bộ Công an', '2027'],
  ]), { asOf });
  expect(r.tasks.map((t) => [t.id, t.rows, t.deadline.due])).toEqual([['1', [2, 3], '2026-12-31'], ['2', [4], '2027-12-31']]);
  expect(r.tasks[0].partners!.text).toContain('Đài Truyền hình Việt Nam, Đài Truyền hình và các cơ quan thông tấn');
  expect(r.findings.filter((f) => f.row === 3).map((f) => [f.cell, f.code])).toEqual([['E3', 'deadline.vague']]);
  expect(r.findings.find((f) => f.cell === 'E3')!.messageEn).toContain('not a time');
  expect(r.summary.byOwner[0]).toMatchObject({ owner: 'Bộ Nông nghiệp và Môi trường', tasks: 1 });
});

test('a row with only a time under a task (no id, no task text) is still its own sub-row, not a spill', () => {
  const r = validate(sheet([
    ['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn hoàn thành'],
    ['1', 'Đề án A', 'Bộ Xây dựng', 'Bộ Công an', '2026'],
    [null, null, null, null, '2027'],
  ]), { asOf });
  expect(r.tasks.map((t) => t.row)).toEqual([2, 3]);
  expect(codesAt(r, 'B3')).toEqual(['task.missing']);
});

describe('section titles without a number, alone in the task column', () => {
  test('"Lĩnh vực 1: …" and a title in capitals head the rows below; they are neither tasks nor glued to the task above', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'],
      [null, 'Lĩnh vực 1: Tham gia của người dân cấp cơ sở', null, null, null],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', 'Quý IV/2025', 'Kế hoạch'],
      [null, 'CÔNG KHAI, MINH BẠCH', null, null, null],
      ['2', 'Công khai ngân sách', 'Sở Tài chính', 'Quý IV/2025', 'Báo cáo'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.task, t.sectionTitle])).toEqual([
      ['1', 'Tuyên truyền', 'Lĩnh vực 1: Tham gia của người dân cấp cơ sở'],
      ['2', 'Công khai ngân sách', 'CÔNG KHAI, MINH BẠCH'],
    ]);
    expect(r.findings).toEqual([]);
  });

  test('a task in capitals under merged owner and time cells is a task; a capital tail of an open text joins it', () => {
    const merged = validate(sheet([
      ['Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'],
      ['Tuyên truyền PAPI', 'Sở Nội vụ', 'Quý IV/2025', 'Kế hoạch'],
      ['TỔ CHỨC HỘI NGHỊ TẬP HUẤN PAPI', null, null, null],
    ], [{ top: 2, left: 2, bottom: 3, right: 2 }, { top: 2, left: 3, bottom: 3, right: 3 }]), { asOf });
    expect(merged.tasks.map((t) => [t.task, t.sectionTitle])).toEqual([['Tuyên truyền PAPI', null], ['TỔ CHỨC HỘI NGHỊ TẬP HUẤN PAPI', null]]);
    const spill = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'],
      ['1', 'Triển khai cơ sở dữ liệu quốc gia về dân cư,', 'Công an tỉnh', 'Quý IV/2025', 'Kế hoạch'],
      [null, 'ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ', null, null, null],
      ['2', 'Tập huấn', 'Sở Nội vụ', 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf });
    expect(spill.tasks.map((t) => [t.id, t.sectionTitle])).toEqual([['1', null], ['2', null]]);
    expect(spill.tasks[0].task).toBe('Triển khai cơ sở dữ liệu quốc gia về dân cư, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ');
  });

  test('a lower-case tail alone in the task column still joins the task above', () => {
    const r = validate(sheet([['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'], ['1', 'Tuyên truyền', 'Sở Nội vụ', 'Quý IV/2025', 'Kế hoạch'], [null, 'và phổ biến pháp luật', null, null, null]]), { asOf });
    expect(r.tasks.map((t) => t.task)).toEqual(['Tuyên truyền và phổ biến pháp luật']);
  });
});

describe('a numbered row with a title only, above lettered or bulleted items', () => {
  const header = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Sản phẩm'];

  test('"1 | Title" above "a)", "b)" rows is their group, not a task with every field missing', () => {
    const r = validate(sheet([
      header,
      ['1', 'Nâng cao chất lượng dịch vụ công', null, null, null, null],
      ['a)', 'Rà soát quy trình', 'Sở Nội vụ', null, 'Quý IV/2025', 'Quy trình'],
      ['b)', 'Số hóa hồ sơ', 'Sở Nội vụ', null, 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.row, t.id, t.section])).toEqual([[3, 'a)', '1'], [4, 'b)', '1']]);
    expect(r.findings.filter((f) => f.row === 2)).toEqual([]);
  });

  test('"1. | Title" above rows whose task text starts with "-" (id column empty) is their group', () => {
    const r = validate(sheet([
      header,
      ['1.', 'Nâng cao chất lượng dịch vụ công', null, null, null, null],
      [null, '- Rà soát quy trình', 'Sở Nội vụ', null, 'Quý IV/2025', 'Quy trình'],
      [null, '- Số hóa hồ sơ', 'Sở Nội vụ', null, 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.row, t.section])).toEqual([[3, '1'], [4, '1']]);
    expect(r.findings.filter((f) => f.row === 2)).toEqual([]);
  });

  test('the next number after the items ("2" after "1", "a)", "b)") is their group\'s sibling, in the group around it', () => {
    const r = validate(sheet([
      header,
      ['I', 'NHÓM I', null, null, null, null],
      ['1', 'Nâng cao chất lượng dịch vụ công', null, null, null, null],
      ['a)', 'Rà soát quy trình', 'Sở Nội vụ', null, 'Quý IV/2025', 'Quy trình'],
      ['2', 'Tập huấn', 'Sở Tư pháp', null, 'Quý IV/2025', 'Kế hoạch'],
      ['II', 'NHÓM II', null, null, null, null],
      ['1', 'Kiểm tra', 'Sở Tư pháp', null, 'Quý IV/2025', 'Kế hoạch'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.section])).toEqual([['a)', '1'], ['2', 'I'], ['1', 'II']]);
  });

  test('a numbered row with a title only above the next numbered task is still a task, its fields missing', () => {
    const r = validate(sheet([header, ['1', 'Tập huấn', null, null, null, null], ['2', 'Số hóa', 'Sở Nội vụ', null, 'Quý IV/2025', 'Kế hoạch']]), { asOf });
    expect(r.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(codesAt(r, 'C2')).toEqual(['owner.missing']);
  });
});

describe('pasted from a PDF (§1.1 spill rows, page breaks)', () => {
  const H = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'];

  test('page numbers ("2", "Trang 2/5", "- 3 -") and the repeated document title are page furniture, not tasks; the task split by the break is joined', () => {
    const r = validate(sheet([
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', null, null, null, null, null],
      H,
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', 'Các sở, ngành', '2025', 'Báo cáo'],
      ['2', null, null, null, null, null],
      ['Trang 2/5', null, null, null, null, null],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025', null, null, null, null, null],
      ['1', '2', '3', '4', '5', '6'],
      [null, 'thuộc thẩm quyền của UBND tỉnh', null, null, null, null],
      ['2', 'Số hóa hồ sơ', 'Sở Nội vụ', null, '2025', 'Báo cáo'],
      ['- 3 -', null, null, null, null, null],
      ['3', 'Đào tạo kỹ năng số', 'Sở Nội vụ', null, '2026', 'Lớp tập huấn'],
      [null, null, 'Trang 3', null, null, null],
      ['4', 'Tuyên truyền', 'Sở Văn hóa, Thể thao và Du lịch', null, '2026', 'Kế hoạch'],
      [4, null, null, null, null, null],
      ['5', 'Báo cáo kết quả', 'Sở Nội vụ', null, '2026', 'Báo cáo'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.rows])).toEqual([['1', [3, 8]], ['2', [9]], ['3', [11]], ['4', [13]], ['5', [15]]]);
    expect(r.tasks[0].task).toBe('Rà soát thủ tục hành chính thuộc thẩm quyền của UBND tỉnh');
    expect(r.findings).toEqual([]);
  });

  test('a numbered row with nothing else, next in sequence, is still a task with its fields missing', () => {
    const r = validate(sheet([
      H,
      ['1', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', null, '2025', 'Báo cáo'],
      ['2', null, null, null, null, null],
      ['3', 'Số hóa hồ sơ', 'Sở Nội vụ', null, '2025', 'Báo cáo'],
    ]), { asOf });
    expect(r.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(codesAt(r, 'B3')).toEqual(['task.missing']);
  });

  test('an id glued to the task text with the id column empty ("1.2 Rà soát …") is the task\'s id', () => {
    const r = validate(sheet([
      H,
      ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, '2025', 'Báo cáo'],
      [null, '1.2 Rà soát thủ tục hành chính nội bộ', 'Sở Nội vụ', null, '2025', 'Báo cáo'],
      [null, '2. Số hóa hồ sơ', 'Sở Nội vụ', null, '2026', 'Báo cáo'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.task])).toEqual([['1', 'Rà soát thủ tục'], ['1.2', 'Rà soát thủ tục hành chính nội bộ'], ['2', 'Số hóa hồ sơ']]);
  });

  test('the id glued to the task text inside the id column ("2 Số hóa hồ sơ", task column empty) is split the same way', () => {
    const r = validate(sheet([
      H,
      ['1', 'Rà soát thủ tục', 'Sở Tư pháp', null, '2025', 'Báo cáo'],
      ['2 Số hóa hồ sơ', null, 'Sở Nội vụ', null, '2025', 'Báo cáo'],
      ['3. Đào tạo', null, 'Sở Nội vụ', null, '2025', 'Báo cáo'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.id, t.task])).toEqual([['1', 'Rà soát thủ tục'], ['2', 'Số hóa hồ sơ'], ['3', 'Đào tạo']]);
    expect(r.findings).toEqual([]);
  });

  test('wrapped tails in the owner or time column ("và Du lịch", "tiếp theo") join the row above instead of making a sub-row', () => {
    const r = validate(sheet([
      H,
      ['1', 'Rà soát, đánh giá thủ tục hành chính', 'Sở Văn hóa, Thể thao', 'Các sở, ngành', '2025 và những năm', 'Báo cáo'],
      [null, 'thuộc thẩm quyền UBND tỉnh', 'và Du lịch', null, 'tiếp theo', null],
      ['2', 'Số hóa hồ sơ', 'Sở Nội vụ', null, '2025', 'Báo cáo'],
    ]), { asOf: '2025-06-15' });
    expect(r.tasks.map((t) => [t.id, t.rows])).toEqual([['1', [2, 3]], ['2', [4]]]);
    expect(r.tasks[0]).toMatchObject({
      task: 'Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền UBND tỉnh',
      owner: { agencies: ['Sở Văn hóa, Thể thao và Du lịch'] },
      deadline: { text: '2025 và những năm tiếp theo' },
    });
    expect(r.findings.filter((f) => f.row === 3)).toEqual([]);
  });

  test.each([
    ['Quý IV năm', '2025', 'D', 'Quý IV năm 2025', '2025-12-31'],
    ['Giai đoạn 2026 -', '2030', 'D', 'Giai đoạn 2026 - 2030', '2030-12-31'],
    ['Trước ngày', '30/11/2025', 'D', 'Trước ngày 30/11/2025', '2025-11-30'],
    ['Sở Nội vụ,', 'Sở Tư pháp', 'C', 'Quý IV/2025', '2025-12-31'],
  ])('a cell left open ("%s") and finished on the next row ("%s") is one cell, not a sub-task', (open, rest, column, deadline, due) => {
    const row: CellValue[] = ['1', 'Rà soát', column === 'C' ? open : 'Sở Tư pháp', column === 'D' ? open : 'Quý IV/2025', 'Báo cáo'];
    const tail: CellValue[] = [null, null, column === 'C' ? rest : null, column === 'D' ? rest : null, null];
    const r = validate(sheet([['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'], row, tail]), { asOf: '2025-10-16' });
    expect(r.tasks.map((t) => [t.rows, t.deadline.text, t.deadline.due])).toEqual([[[2, 3], deadline, due]]);
    expect(r.findings.filter((f) => f.row === 3)).toEqual([]);
  });

  test('a row with its own owner and time under a finished cell is a sub-row of its own', () => {
    const r = validate(sheet([['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Sản phẩm'], ['1', 'Rà soát', 'Sở Nội vụ', 'Quý IV/2025', 'Báo cáo'], [null, null, 'Sở Tư pháp', 'Quý I/2026', null]]), { asOf: '2025-10-16' });
    expect(r.tasks.map((t) => t.rows)).toEqual([[2], [3]]);
  });

  test('a line-break hyphen ("khai-" / "thác") is dropped when the spill row is joined', () => {
    const r = validate(sheet([
      H,
      ['1', 'Tập huấn cho cán bộ, công chức cấp xã-', 'Sở Nội vụ', null, '2026', 'Cơ sở dữ liệu được vận hành, khai-'],
      [null, 'phường', null, null, null, 'thác'],
    ]), { asOf });
    expect(r.tasks.map((t) => [t.task, t.target.text])).toEqual([['Tập huấn cho cán bộ, công chức cấp xã phường', 'Cơ sở dữ liệu được vận hành, khai thác']]);
  });
});

describe('report appendices (§6): "Tiến độ thực hiện / Kết quả thực hiện / Tình trạng / Ghi chú"', () => {
  const statuses = ['Đã hoàn thành', 'Hoàn thành (15/9/2023)', 'Đang triển khai', 'Chưa triển khai', 'Quá hạn', 'Đã hoàn thành nhưng chậm so với tiến độ', 'đạt 80%', 'Hoàn thành chậm tiến độ'];
  const report = (header: string[], cells: (s: string) => CellValue[]) => validate(sheet([
    ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian hoàn thành', ...header],
    ...statuses.map((s, i): CellValue[] => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Sở Nội vụ', '30/9/2023', ...cells(s)]),
  ]), { asOf: '2023-11-15' });
  const expected = [
    ['done', null], ['done', 'on-time'], ['overdue', null], ['overdue', null], ['overdue', null], ['done', 'late'], ['overdue', null], ['done', 'late'],
  ];

  test('each status reads to its progress state and done timing; the by-owner summary counts them', () => {
    const r = report(['Sản phẩm', 'Tiến độ thực hiện', 'Ghi chú'], (s) => ['Báo cáo', s, null]);
    expect(r.table!.columns).toMatchObject({ target: 'E', progress: 'F', note: 'G' });
    expect(r.tasks.map((t) => [t.status, t.doneTiming ?? null])).toEqual(expected);
    expect(r.tasks.map((t) => t.progress.state)).toEqual(['done', 'done', 'in-progress', 'not-started', 'in-progress', 'done', 'in-progress', 'done']);
    expect(r.tasks[6].progress.percent).toBe(80);
    expect(r.summary.byOwner[0]).toMatchObject({ tasks: 8, done: 4, doneOnTime: 1, doneLate: 2, overdue: 4 });
  });

  test.each([
    [[null, 'Tổng cộng', null, null, '01 hoàn thành; 01 đang thực hiện']],
    [['Tổng cộng: 02 nhiệm vụ', null, null, null, null]],
    [['Tổng số', null, null, null, 2]],
  ] as CellValue[][][])('a total row under the tasks (%j) is not a task', (total) => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Tình trạng'],
      ['1', 'Tổng kết công tác cải cách hành chính', 'Sở Nội vụ', 'Quý IV/2025', 'Hoàn thành'],
      ['2', 'Tập huấn', 'Sở Tư pháp', 'Quý IV/2025', 'Đang thực hiện'],
      total,
    ]), { asOf });
    expect(r.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(r.findings.filter((f) => f.row === 4)).toEqual([]);
  });

  test('a report that ticks its state ("Kết quả thực hiện" over "Đã hoàn thành | Đang thực hiện | Chưa thực hiện", an "x" in one) reads the ticked heading', () => {
    const merges = [{ top: 1, left: 5, bottom: 1, right: 7 }, ...[1, 2, 3, 4].map((c) => ({ top: 1, left: c, bottom: 2, right: c }))];
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', null, null],
      [null, null, null, null, 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      ['1', 'Tuyên truyền', 'Sở Nội vụ', '30/6/2025', 'x', null, null],
      ['2', 'Tập huấn', 'Sở Tư pháp', '30/6/2025', null, 'x', null],
      ['3', 'Kiểm tra', 'Sở Tài chính', '30/6/2025', null, null, 'X'],
      ['4', 'Rà soát', 'Sở Xây dựng', '30/6/2025', null, null, null],
    ], merges), { asOf: '2025-10-16' });
    expect(r.table!.columns.progress).toBe('E');
    expect(r.tasks.map((t) => [t.id, t.progress.state, t.status, t.cells.progress])).toEqual([
      ['1', 'done', 'done', 'E3'],
      ['2', 'in-progress', 'overdue', 'F4'],
      ['3', 'not-started', 'overdue', 'G5'],
      ['4', 'unknown', 'overdue', 'E6'],
    ]);
  });

  test('a "Tiến độ (%)" column is the progress, beside a narrative "Kết quả thực hiện"', () => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ (%)', 'Kết quả thực hiện'],
      ['3', 'Đối thoại với doanh nghiệp', 'Sở Nội vụ', '31/12/2025', '100%', 'Tổ chức 2 buổi đối thoại'],
    ]), { asOf });
    expect(r.table!.columns.progress).toBe('E');
    expect([r.tasks[0].progress.state, r.tasks[0].status]).toEqual(['done', 'done']);
  });

  test('"Kết quả năm 2024" beside "Mục tiêu năm 2025" is the baseline, not progress; "Kết quả năm 2025" beside it is', () => {
    const baseline = validate(sheet([['STT', 'Chỉ tiêu', 'Kết quả năm 2024', 'Mục tiêu năm 2025', 'Cơ quan chủ trì theo dõi'], ['1', 'Điểm PAPI', 5.12, '≥ 5,2', 'Sở Nội vụ']]), { asOf });
    expect(baseline.table!.columns).toMatchObject({ target: 'D', progress: null });
    const report = validate(sheet([['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả năm 2025', 'Cơ quan chủ trì', 'Thời hạn'], ['1', 'Điểm PAPI', '≥ 5,2', 'Đã hoàn thành', 'Sở Nội vụ', '31/12/2025']]), { asOf });
    expect(report.table!.columns).toMatchObject({ target: 'C', progress: 'D' });
    const yearly = validate(sheet([['STT', 'Nhiệm vụ', 'Mục tiêu đến năm 2030', 'Kết quả thực hiện năm 2025', 'Cơ quan chủ trì', 'Thời hạn'], ['1', 'Số hóa hồ sơ', '100%', 'Đã hoàn thành', 'Sở Nội vụ', '31/12/2025']]), { asOf });
    expect(yearly.table!.columns).toMatchObject({ target: 'C', progress: 'D' });
  });

  test('a blank "Kết quả thực hiện" with the state written in "Ghi chú" reads the state from the note', () => {
    const r = report(['Sản phẩm', 'Kết quả thực hiện', 'Ghi chú'], (s) => ['Báo cáo', null, s]);
    expect(r.table!.columns).toMatchObject({ progress: 'F', note: 'G' });
    expect(r.tasks.map((t) => [t.status, t.doneTiming ?? null])).toEqual(expected);
    expect(r.tasks[5].cells.progress).toBe('G7');
  });

  test('a note that is not a state ("Nhiệm vụ chuyển tiếp") leaves a blank progress cell blank', () => {
    const r = report(['Sản phẩm', 'Kết quả thực hiện', 'Ghi chú'], () => ['Báo cáo', null, 'Nhiệm vụ chuyển tiếp']);
    expect(r.tasks.every((t) => t.progress.state === 'unknown' && t.status === 'overdue')).toBe(true);
  });

  test('beside "Tình trạng", the narrative "Kết quả thực hiện" is neither the state nor a target', () => {
    const r = report(['Kết quả thực hiện', 'Tình trạng', 'Ghi chú'], (s) => ['Đã ban hành Kế hoạch số 12/KH-UBND', s, null]);
    expect(r.table!.columns).toMatchObject({ progress: 'F', target: null, note: 'G' });
    expect(r.tasks.map((t) => [t.status, t.doneTiming ?? null])).toEqual(expected);
    expect(r.findings.filter((f) => f.code.startsWith('target.'))).toEqual([]);
  });
});

describe('"Kết quả đạt được" in a plan or in a report', () => {
  const table = (results: CellValue[], extra: string | null = null) => sheet([
    ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Kết quả đạt được', ...(extra ? [extra] : [])],
    ...results.map((x, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Phòng Nội vụ', 'Quý IV/2025', x, ...(extra ? ['Đã hoàn thành'] : [])]),
  ]);

  test('holding what a plan is to reach, it is the target, as "Kết quả cần đạt được" is', () => {
    const results = ['Kế hoạch tuyên truyền', '100% xã, thị trấn công khai ngân sách theo quy định', 'Báo cáo kết quả'];
    for (const header of ['Kết quả đạt được', 'Kết quả cần đạt được']) {
      const r = validate(sheet([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', header],
        ...results.map((x, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Phòng Nội vụ', 'Quý IV/2025', x]),
      ]), { asOf });
      expect(r.table!.columns).toMatchObject({ target: 'E', progress: null });
      expect(r.tasks.map((t) => [t.target.kind, t.progress.state, t.status])).toEqual([
        ['deliverable', 'unknown', 'on-track'],
        ['measurable', 'unknown', 'on-track'],
        ['deliverable', 'unknown', 'on-track'],
      ]);
    }
  });

  test('holding a report\'s statuses, it is the progress', () => {
    const r = validate(table(['Đã hoàn thành', 'Đang thực hiện', '80%']), { asOf });
    expect(r.table!.columns).toMatchObject({ target: null, progress: 'E' });
    expect(r.tasks.map((t) => t.progress.state)).toEqual(['done', 'in-progress', 'in-progress']);
  });

  test('beside a state column ("Tình trạng"), it is the report\'s narrative: neither the state nor a target', () => {
    const r = validate(table(['Đã ban hành Kế hoạch số 12/KH-UBND', 'Đã tổ chức 2 hội nghị'], 'Tình trạng'), { asOf });
    expect(r.table!.columns).toMatchObject({ target: null, progress: 'F' });
    expect(r.findings.filter((f) => f.code.startsWith('target.'))).toEqual([]);
  });
});

describe('a progress report (báo cáo tiến độ) has no target column by design', () => {
  test.each(['Kết quả thực hiện', 'Tình hình thực hiện', 'Trạng thái'])('beside "%s", no target column is required', (progress) => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', progress],
      ['1', 'Rà soát thủ tục hành chính', 'Sở Nội vụ', '30/6/2025', 'Đã hoàn thành'],
    ]), { asOf });
    expect(r.table!.columns).toMatchObject({ progress: 'E', target: null });
    expect(r.findings.filter((f) => f.code === 'table.column-missing')).toEqual([]);
  });

  test('a plan appendix without progress and without target still lacks its target column', () => {
    const r = validate(sheet([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'], ['1', 'Rà soát thủ tục hành chính', 'Sở Nội vụ', '30/6/2025']]), { asOf });
    expect(r.findings.filter((f) => f.code === 'table.column-missing').map((f) => f.messageEn)).toEqual([expect.stringContaining('target')]);
  });
});

describe('"Tiến độ thực hiện" in a plan or in a report', () => {
  const plan = (progress: string[]) => sheet([
    ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm', 'Tiến độ thực hiện'],
    ...progress.map((p, i) => [String(i + 1), `Nhiệm vụ ${i + 1}`, 'Sở Nội vụ', 'Báo cáo', p]),
  ]);
  test('holding times in a table without a time column, it is the schedule', () => {
    const r = validate(plan(['Quý II/2025', 'Năm 2025', 'Thường xuyên']), { asOf: '2025-10-01' });
    expect(r.table!.columns).toMatchObject({ deadline: 'E', progress: null });
    expect(r.tasks.map((t) => [t.deadline.due, t.status])).toEqual([['2025-06-30', 'overdue'], ['2025-12-31', 'on-track'], [null, 'ongoing']]);
  });
  test('holding statuses, it is progress', () => {
    const r = validate(plan(['Đã hoàn thành', 'Đang thực hiện', '80%']), { asOf: '2025-10-01' });
    expect(r.table!.columns).toMatchObject({ deadline: null, progress: 'E' });
    expect(r.tasks.map((t) => t.progress.state)).toEqual(['done', 'in-progress', 'in-progress']);
  });
  test('beside a "Thời gian" column, it is progress whatever it holds', () => {
    const r = validate(sheet([
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tiến độ thực hiện'],
      ['1', 'Rà soát', 'Sở Nội vụ', 'Quý II/2025', 'Quý II/2025'],
    ]), { asOf: '2025-10-01' });
    expect(r.table!.columns).toMatchObject({ deadline: 'D', progress: 'E' });
  });
  test('read as the schedule from its cells, it does not make the plan a report: "Kết quả" beside it is the target', () => {
    const r = validate(sheet([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Tiến độ thực hiện', 'Kết quả'],
      ['1', 'Xây dựng kế hoạch', 'Sở Nội vụ', 'Sở Tài chính', 'Quý II/2025', 'Kế hoạch được ban hành'],
      ['2', 'Tổ chức tập huấn', 'Sở Tư pháp', null, 'Năm 2025', 'Cán bộ được tập huấn'],
    ]), { asOf: '2025-10-01' });
    expect(r.table!.columns).toMatchObject({ deadline: 'E', target: 'F', progress: null });
    expect(r.tasks.map((t) => t.cells.target)).toEqual(['F2', 'F3']);
  });
});
