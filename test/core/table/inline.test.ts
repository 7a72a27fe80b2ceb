import { validate } from '../../../src/core/validate';
import { labelOf } from '../../../src/core/table/inline-labels';
import type { SheetSnapshot } from '../../../src/core/types';

/** A plan body pasted into a sheet: one paragraph per row in column A. */
function pasted(lines: string[], left = 1): SheetSnapshot {
  return { sheetName: 'Kế hoạch', top: 1, left, values: lines.map((l) => [l]), merges: [] };
}
const asOf = '2025-10-01';
const codes = (r: ReturnType<typeof validate>) => r.findings.map((f) => `${f.code}@${f.cell}`);

describe('labelled lines', () => {
  test.each([
    ['- Cơ quan chủ trì: Sở Nội vụ.', 'owner', 'Sở Nội vụ.'],
    ['- Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp', 'owner', 'Sở Tư pháp'],
    ['*Đơn vị chủ trì tham mưu thực hiện:* Văn phòng UBND tỉnh', 'owner', 'Văn phòng UBND tỉnh'],
    ['+ CƠ QUAN CHỦ TRÌ/THỰC HIỆN: Công an tỉnh', 'owner', 'Công an tỉnh'],
    ['- Cơ quan phối hợp: Các sở, ban, ngành; UBND cấp xã.', 'partners', 'Các sở, ban, ngành; UBND cấp xã.'],
    ['- Thời gian thực hiện: Năm 2025 và các năm tiếp theo.', 'deadline', 'Năm 2025 và các năm tiếp theo.'],
    ['- Thời hạn hoàn thành: Quý IV/2025', 'deadline', 'Quý IV/2025'],
    ['- Sản phẩm/Kết quả: Báo cáo của UBND tỉnh', 'target', 'Báo cáo của UBND tỉnh'],
    ['1.1. Nội dung và mục tiêu:', 'target', ''],
    ['1.2. Phân công trách nhiệm:', 'container', ''],
    ['b) Cơ quan thực hiện:', 'container', ''],
    ['- Đơn vị thực hiện: UBND các xã', 'owner', 'UBND các xã'],
  ])('%s', (line, role, value) => {
    expect(labelOf(line)).toMatchObject({ role, value });
  });

  test.each([
    '- Kết quả giải quyết TTHC: Tỷ lệ hồ sơ đúng hạn đạt từ 95% - 100%.',
    '+ Sở Thông tin và Truyền thông chủ trì các nội dung: Ứng dụng CNTT.',
    '- Theo dõi thi hành pháp luật: Thực hiện đầy đủ các hoạt động.',
    '1. Chỉ số nội dung “Cải cách thủ tục hành chính”:',
    'Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND tỉnh.',
  ])('not a label: %s', (line) => {
    expect(labelOf(line)).toBeNull();
  });
});

describe('inline assignments instead of a table', () => {
  // The shape of Lào Cai's PAR plan (seed 003): a heading per index content, its targets as
  // bullets under "x.1. Nội dung và mục tiêu", then "x.2. Phân công trách nhiệm" with the labels.
  const laoCai = pasted([
    'KẾ HOẠCH Cải thiện, nâng cao Chỉ số cải cách hành chính tỉnh Lào Cai năm 2020',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '- Các cơ quan, đơn vị đánh giá đúng thực trạng.',
    'II. NHIỆM VỤ, GIẢI PHÁP',
    '1. Chỉ số nội dung “Công tác chỉ đạo, điều hành CCHC”:',
    '1.1. Nội dung và mục tiêu:',
    '- Hoàn thành 100% kế hoạch UBND tỉnh giao.',
    '- Có ít nhất 03 sáng kiến/giải pháp mới trong năm;',
    '1.2. Phân công trách nhiệm:',
    '- Cơ quan chủ trì: Sở Nội vụ.',
    '- Cơ quan phối hợp: Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.',
    '2. Chỉ số nội dung “Cải cách thủ tục hành chính”:',
    '2.1. Nội dung và mục tiêu:',
    '- Kết quả giải quyết TTHC: Tỷ lệ hồ sơ đúng hạn đạt từ 95% - 100%.',
    '2.2. Phân công trách nhiệm:',
    '- Cơ quan chủ trì:',
    '+ Sở Thông tin và Truyền thông chủ trì các nội dung: Ứng dụng CNTT; dịch vụ công trực tuyến.',
    '+ Sở Khoa học và Công nghệ chủ trì nội dung: Áp dụng ISO 9001.',
    '- Cơ quan phối hợp: Các sở, ban, ngành.',
    '3. Chỉ số nội dung “Tác động của CCHC”:',
    '- Sở Kế hoạch và Đầu tư chủ trì tham mưu các giải pháp phát triển KT-XH.',
    'III. TỔ CHỨC THỰC HIỆN',
  ]);

  test('each heading with labelled lines is a task: its owner, partners and targets are read', () => {
    const r = validate(laoCai, { asOf });
    expect(r.table).toMatchObject({ layout: 'inline', headerRows: [], firstRow: 5, lastRow: 19 });
    expect(r.planYear).toBe(2020);
    expect(r.tasks.map((t) => [t.id, t.section, t.task, t.rows[0], t.rows[t.rows.length - 1]])).toEqual([
      ['1', 'II', 'Chỉ số nội dung “Công tác chỉ đạo, điều hành CCHC”', 5, 11],
      ['2', 'II', 'Chỉ số nội dung “Cải cách thủ tục hành chính”', 12, 19],
    ]);
    expect(r.tasks[0].owner.agencies).toEqual(['Sở Nội vụ']);
    expect(r.tasks[0].target).toMatchObject({ kind: 'measurable' });
    expect(r.tasks[0].target.text).toContain('Hoàn thành 100% kế hoạch');
    // The agencies before "chủ trì" in the bullets under an empty owner label.
    expect(r.tasks[1].owner.agencies).toEqual(['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ']);
  });

  test('findings point at the labelled lines; a plan without any time label says so once', () => {
    const r = validate(laoCai, { asOf });
    const c = codes(r);
    expect(c).toContain('table.inline@A5');
    expect(c).toContain('table.label-missing@A5');
    expect(r.findings.find((f) => f.code === 'table.label-missing')?.message).toContain('Thời gian thực hiện');
    expect(c).toContain('owner.multiple@A17');
    expect(c.filter((x) => x.startsWith('deadline.'))).toEqual([]);
    expect(c).not.toContain('table.not-found@A1');
  });

  // Bắc Ninh / Hà Nội style: task headings a), b) with owner, partners and deadline labels.
  const bacNinh = pasted([
    'KẾ HOẠCH Triển khai chuyển đổi số năm 2025',
    '1. Hoàn thiện thể chế',
    'a) Rà soát, sửa đổi các quy định về dữ liệu',
    '- Cơ quan chủ trì: Sở Tư pháp.',
    '- Cơ quan phối hợp: Các sở, ngành.',
    '- Thời gian thực hiện: Quý III/2025.',
    '- Sản phẩm: Quyết định của UBND tỉnh.',
    'b) Xây dựng cơ sở dữ liệu dùng chung',
    'Cơ quan chủ trì: ',
    '- Thời gian hoàn thành: Tháng 12/2025.',
    'c) Tuyên truyền, phổ biến',
    '- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch',
    '- Thời gian thực hiện: Thường xuyên.',
  ]);

  test('sub-headings a), b) are tasks under their numbered heading; deadlines are read and scheduled', () => {
    const r = validate(bacNinh, { asOf });
    expect(r.tasks.map((t) => [t.id, t.section, t.deadline.kind, t.deadline.due, t.status])).toEqual([
      ['a', '1', 'period', '2025-09-30', 'overdue'],
      ['b', '1', 'period', '2025-12-31', 'on-track'],
      ['c', '1', 'ongoing', null, 'ongoing'],
    ]);
    expect(r.tasks[2].owner.agencies).toEqual(['Sở Văn hóa, Thể thao và Du lịch']);
    const c = codes(r);
    expect(c).toContain('task.overdue@A6');
    expect(c).toContain('owner.missing@A9');
    // Target labels exist for some tasks: those without one are missing theirs, at their heading.
    expect(c).toContain('target.missing@A8');
    expect(c).toContain('target.missing@A11');
    expect(c.some((x) => x.startsWith('table.label-missing'))).toBe(false);
  });

  test('labels and values in neighbouring cells, or as lines of one cell', () => {
    const r = validate({
      sheetName: 'Kế hoạch', top: 1, left: 1, merges: [],
      values: [
        ['1. Rà soát thủ tục hành chính', null],
        ['Cơ quan chủ trì:', 'Sở Nội vụ'],
        ['Thời gian thực hiện:', '30/6/2025'],
        ['2. Tập huấn cán bộ\n- Cơ quan chủ trì: Sở Tư pháp\n- Thời hạn: Quý IV/2025', null],
      ],
    }, { asOf });
    expect(r.tasks.map((t) => [t.id, t.owner.agencies.join(), t.deadline.due, t.cells.owner])).toEqual([
      ['1', 'Sở Nội vụ', '2025-06-30', 'B2'],
      ['2', 'Sở Tư pháp', '2025-12-31', 'A4'],
    ]);
  });

  test('a sheet of prose without labels is still "no task table"', () => {
    const r = validate(pasted(['KẾ HOẠCH', '1. Mục tiêu:', '- Nâng cao Chỉ số PAPI.', '2. Sở Nội vụ chủ trì: theo dõi.']), { asOf });
    expect(r.tasks).toEqual([]);
    expect(codes(r)).toEqual(['table.not-found@A1']);
  });

  test('a task table on the sheet wins over labelled lines elsewhere', () => {
    const r = validate({
      sheetName: 'Phụ lục', top: 1, left: 1, merges: [],
      values: [
        ['- Cơ quan chủ trì: Sở Nội vụ', null, null, null],
        ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
        ['1', 'Tập huấn', 'Sở Tư pháp', '2025'],
      ],
    }, { asOf });
    expect(r.table?.layout).toBe('table');
    expect(r.tasks.map((t) => t.owner.agencies)).toEqual([['Sở Tư pháp']]);
  });
});

describe('labelled lines inside a table cell', () => {
  test('a "Phân công nhiệm vụ" cell naming the chủ trì and the phối hợp is one owner and its partners', () => {
    const r = validate({
      sheetName: 'Phụ lục', top: 1, left: 1, merges: [],
      values: [
        ['TT', 'Nhiệm vụ', 'Phân công nhiệm vụ', 'Thời gian', 'Kết quả'],
        ['1', 'Rà soát TTHC', '- Chủ trì: Sở Nội vụ\n- Phối hợp: Sở Tư pháp; Sở Tài chính', 'Quý IV/2025', 'Báo cáo'],
      ],
    }, { asOf });
    expect(r.tasks[0].owner.agencies).toEqual(['Sở Nội vụ']);
    expect(r.tasks[0].partners?.agencies).toEqual(['Sở Tư pháp', 'Sở Tài chính']);
    expect(codes(r)).toEqual([]);
  });

  test('a task cell ending in labelled lines fills the empty owner and deadline; a filled column wins', () => {
    const r = validate({
      sheetName: 'Phụ lục', top: 1, left: 1, merges: [],
      values: [
        ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Sản phẩm'],
        ['1', 'Tập huấn cán bộ\n- Cơ quan chủ trì: Sở Tư pháp\n- Thời gian thực hiện: Quý II/2025', null, null, 'Kế hoạch'],
        ['2', 'Tuyên truyền\n- Cơ quan chủ trì: Sở Tư pháp', 'Sở Nội vụ', '2025', 'Kế hoạch'],
      ],
    }, { asOf });
    expect(r.tasks.map((t) => [t.task, t.owner.agencies.join(), t.deadline.due, t.cells.owner])).toEqual([
      ['Tập huấn cán bộ', 'Sở Tư pháp', '2025-06-30', 'B2'],
      ['Tuyên truyền', 'Sở Nội vụ', '2025-12-31', 'C3'],
    ]);
    expect(codes(r)).toEqual(['task.overdue@B2']);
  });
});

test('bullet tasks under one heading, each with its own "+" labels; the nearest bullet above the labels names the task', () => {
  const r = validate(pasted([
    '1. Hoàn thiện thể chế',
    '- Rà soát các văn bản quy phạm pháp luật về dữ liệu',
    '+ Cơ quan chủ trì: Sở Tư pháp',
    '+ Thời gian thực hiện: Năm 2025',
    '- Xây dựng cơ sở dữ liệu dùng chung của tỉnh',
    '- Vận hành cơ sở dữ liệu dùng chung',
    '+ Cơ quan chủ trì: Sở Khoa học và Công nghệ',
    '+ Thời gian thực hiện: Quý IV/2025',
  ]), { asOf });
  expect(r.tasks.map((t) => [t.row, t.section, t.task, t.owner.agencies.join(), t.deadline.due])).toEqual([
    [2, '1', 'Rà soát các văn bản quy phạm pháp luật về dữ liệu', 'Sở Tư pháp', '2025-12-31'],
    [6, '1', 'Vận hành cơ sở dữ liệu dùng chung', 'Sở Khoa học và Công nghệ', '2025-12-31'],
  ]);
});

test('a one-line task or progress cell with a colon is its own text, not a label', () => {
  const r = validate({
    sheetName: 'Phụ lục', top: 1, left: 1, merges: [],
    values: [
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả cần đạt', 'Tiến độ thực hiện'],
      ['1', 'Thời gian tiếp công dân: tăng lên 2 buổi/tuần', 'Văn phòng UBND tỉnh', '2025', 'Quyết định', 'Kết quả: đã hoàn thành'],
    ],
  }, { asOf });
  expect(r.tasks[0]).toMatchObject({ task: 'Thời gian tiếp công dân: tăng lên 2 buổi/tuần', target: { text: 'Quyết định' }, progress: { state: 'done' } });
  expect(r.tasks[0].deadline.due).toBe('2025-12-31');
});

test('under "Phân công trách nhiệm", sentences "Sở X chủ trì …" and "Sở Y phối hợp …" assign without labels', () => {
  const r = validate(pasted([
    '8. Chỉ số nội dung “Tác động của CCHC”:',
    '8.1. Nội dung và mục tiêu:',
    '- Tỷ lệ hài lòng đạt từ 90% trở lên.',
    '8.2. Phân công trách nhiệm:',
    '- Sở Nội vụ phối hợp với các đơn vị thuộc Bộ Nội vụ khảo sát sự hài lòng.',
    '- Sở Kế hoạch và Đầu tư chủ trì tham mưu các giải pháp phát triển KT-XH.',
    'III. TỔ CHỨC THỰC HIỆN',
    '- Sở Tài chính chủ trì bố trí kinh phí.',
  ]), { asOf });
  expect(r.tasks.map((t) => [t.id, t.owner.agencies, t.partners?.agencies, t.target.kind])).toEqual([
    ['8', ['Sở Kế hoạch và Đầu tư'], ['Sở Nội vụ'], 'measurable'],
  ]);
});

describe('inline edge cases from review', () => {
  const read = (lines: string[]) => validate(pasted(lines), { asOf });
  const brief = (r: ReturnType<typeof validate>) => r.tasks.map((t) => [t.task, t.owner.agencies.join(), t.partners?.agencies.join() ?? null, t.target.text]);

  test('a numbered heading without a colon ("2. Kết quả") is a heading, not a label that swallows the next lines', () => {
    const r = read(['1. Rà soát văn bản', '- Cơ quan chủ trì: Sở Tư pháp', '- Thời gian: Năm 2025', '2. Kết quả', '- Báo cáo tổng hợp']);
    expect(brief(r)).toEqual([['Rà soát văn bản', 'Sở Tư pháp', null, '']]);
  });

  test('the closing "TỔ CHỨC THỰC HIỆN" section does not add partners to the last task', () => {
    const r = read(['1. Rà soát văn bản', '- Cơ quan chủ trì: Sở Tư pháp', '- Thời gian: Năm 2025', 'IV. TỔ CHỨC THỰC HIỆN', '- Sở Tài chính phối hợp bố trí kinh phí.']);
    expect(brief(r)).toEqual([['Rà soát văn bản', 'Sở Tư pháp', null, '']]);
  });

  test('a sibling bullet task after an empty "+ Sản phẩm:" label starts the next task', () => {
    const r = read(['1. Chuyển đổi số', '- Rà soát văn bản', '+ Cơ quan chủ trì: Sở Tư pháp', '+ Sản phẩm:', '+ Báo cáo rà soát', '- Số hóa hồ sơ', '+ Cơ quan chủ trì: Sở Nội vụ']);
    expect(brief(r)).toEqual([
      ['Rà soát văn bản', 'Sở Tư pháp', null, 'Báo cáo rà soát'],
      ['Số hóa hồ sơ', 'Sở Nội vụ', null, ''],
    ]);
  });

  test('two "chủ trì" sentences under one "Phân công trách nhiệm" are two tasks; lower-case text is not an agency', () => {
    const r = read(['2. Cải cách thủ tục', '2.2. Phân công trách nhiệm:', '- Sở Tư pháp chủ trì rà soát.', '- Sở Nội vụ chủ trì khảo sát.', '- tổ chức tập huấn cho cán bộ, phối hợp với Sở Nội vụ.']);
    expect(r.tasks.map((t) => t.owner.agencies.join())).toEqual(['Sở Tư pháp', 'Sở Nội vụ']);
    expect(r.findings.map((f) => f.code)).not.toContain('partners.unknown');
  });

  test('a paragraph between the numbered heading and the labels names the task, under the heading', () => {
    const r = read(['II. NHIỆM VỤ', 'Rà soát văn bản quy phạm pháp luật', '- Cơ quan chủ trì: Sở Tư pháp', 'Số hóa hồ sơ hành chính', '- Cơ quan chủ trì: Sở Nội vụ']);
    expect(r.tasks.map((t) => [t.row, t.section, t.task])).toEqual([
      [2, 'II', 'Rà soát văn bản quy phạm pháp luật'],
      [4, 'II', 'Số hóa hồ sơ hành chính'],
    ]);
  });
});

test('a progress cell is not split by its labels: its completion date stays progress', () => {
  const r = validate({
    sheetName: 'Báo cáo', top: 1, left: 1, merges: [],
    values: [
      ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả cần đạt', 'Tiến độ thực hiện'],
      ['1', 'Rà soát', 'Sở Nội vụ', null, 'Báo cáo', 'Đã hoàn thành\nThời gian hoàn thành: 15/8/2025'],
    ],
  }, { asOf });
  expect(r.tasks[0]).toMatchObject({ deadline: { kind: 'missing' }, progress: { state: 'done' } });
});
