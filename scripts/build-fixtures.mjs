#!/usr/bin/env node
// Builds the layout fixtures in test/fixtures/ with exceljs: appendix shapes seen in real plans
// (docs: appendices-in-practice §1.1) that the four shared fixtures do not cover. The outputs are
// committed; each has a hand-written <name>.expected.json next to it that the tests compare the
// engine's report to. Run: node scripts/build-fixtures.mjs   (a large workbook is NOT built here:
// `npm run bench` generates its own).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
const FIXED = new Date(Date.UTC(2025, 0, 1));
const day = (y, m, d, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const FONT = { name: 'Times New Roman', size: 12 };
const BOLD = { ...FONT, bold: true };

function workbook() {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, { creator: 'phuluc fixtures', lastModifiedBy: 'phuluc fixtures', created: FIXED, modified: FIXED });
  return wb;
}

/** Writes rows from (top, left); null leaves a cell empty. Header rows get bold. */
function put(ws, top, left, rows, { bold = false } = {}) {
  rows.forEach((row, i) => row.forEach((v, j) => {
    if (v === null || v === undefined) return;
    const cell = ws.getCell(top + i, left + j);
    cell.value = v;
    cell.font = bold ? BOLD : FONT;
    cell.alignment = { wrapText: true, vertical: 'top' };
  }));
}

async function save(wb, name) {
  await wb.xlsx.writeFile(path.join(OUT, name));
  console.log('wrote', name);
}

/** QĐ 2530/QĐ-TTg: owner in column B, task text in E, owner/partners/group merged down over sub-tasks. */
async function columnOrder() {
  const wb = workbook();
  const ws = wb.addWorksheet('Phụ lục I');
  put(ws, 1, 1, [['PHỤ LỤC I'], ['NHIỆM VỤ, HÀNH ĐỘNG KHẮC PHỤC Ô NHIỄM KHÔNG KHÍ NĂM 2025'], ['(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19/11/2025 của Thủ tướng Chính phủ)']], { bold: true });
  for (const r of [1, 2, 3]) ws.mergeCells(r, 1, r, 7);
  put(ws, 4, 1, [['STT', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thuộc nhóm nhiệm vụ, hành động[1]', 'Nội dung nhiệm vụ', 'Chỉ tiêu đạt được', 'Thời hạn hoàn thành']], { bold: true });
  put(ws, 5, 1, [
    ['1', 'Bộ Nông nghiệp và Môi trường', '- Bộ Khoa học và Công nghệ;\n- UBND các tỉnh, thành phố.', 'Hoàn thiện thể chế', 'Hoàn thiện quy chuẩn kỹ thuật quốc gia về khí thải công nghiệp', 'Quy chuẩn được ban hành', 'Quý II/2025'],
    [null, null, null, null, 'Sửa đổi quy định về quan trắc chất lượng môi trường không khí', 'Thông tư được ban hành', '12/2025'],
    [null, null, null, null, 'Xây dựng cơ sở dữ liệu quốc gia về chất lượng không khí', 'Cơ sở dữ liệu được vận hành', '2026'],
    ['2', 'Bộ Xây dựng', 'Bộ Công an', 'Giao thông', 'Rà soát tiêu chuẩn khí thải đối với phương tiện giao thông', null, 'Năm 2025'],
    ['3', 'Bộ Công an', null, 'Kiểm tra, xử lý', 'Kiểm tra, xử lý phương tiện không đạt tiêu chuẩn khí thải', '100% phương tiện vi phạm bị xử lý', 'Hằng năm'],
    ['4', null, 'Bộ Y tế', 'Truyền thông', 'Truyền thông về tác hại của ô nhiễm không khí đối với sức khỏe', 'Ít nhất 02 chiến dịch/năm', null],
  ]);
  for (const c of [2, 3, 4]) ws.mergeCells(5, c, 7, c);
  put(ws, 12, 1, [['[1] Nhóm nhiệm vụ theo Mục III của Kế hoạch.']]);
  ws.columns.forEach((col, i) => { col.width = [6, 26, 26, 20, 48, 28, 16][i]; });
  await save(wb, 'qd2530-column-order.xlsx');
}

/** Đồng Tháp 552: ALL CAPS headers with footnote markers, group rows I/II, numeric STT, footnotes under the table. */
async function capsFootnotes() {
  const wb = workbook();
  const ws = wb.addWorksheet('Phu luc');
  put(ws, 1, 1, [['ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP'], ['PHỤ LỤC'], ['DANH MỤC NHIỆM VỤ THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ NĂM 2025']], { bold: true });
  put(ws, 5, 1, [['STT', 'NHIỆM VỤ VÀ GIẢI PHÁP', 'CHỦ TRÌ[1]', 'PHỐI HỢP', 'THỜI GIAN[2]', 'KẾT QUẢ DỰ KIẾN']], { bold: true });
  put(ws, 6, 1, [
    ['I', 'NÂNG CAO NHẬN THỨC VỀ ĐỔI MỚI CÔNG NGHỆ'],
    [1, 'Tổ chức hội nghị quán triệt lộ trình đổi mới công nghệ', 'Sở Khoa học và Công nghệ', 'Các sở, ban, ngành tỉnh', 'Quý I/2025', 'Hội nghị được tổ chức'],
    [2, 'Tuyên truyền về đổi mới công nghệ trên Báo và Đài Phát thanh - Truyền hình tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Báo Đồng Tháp', 'Thường xuyên', 'Tin, bài được đăng tải'],
    ['II', 'HỖ TRỢ DOANH NGHIỆP ĐỔI MỚI CÔNG NGHỆ'],
    [3, 'Hỗ trợ doanh nghiệp đánh giá trình độ công nghệ sản xuất', 'Sở Khoa học và Công nghệ', 'Sở Công Thương', '2025-2027', '50 doanh nghiệp được hỗ trợ'],
    [4, 'Xây dựng cơ chế hỗ trợ doanh nghiệp đổi mới công nghệ', 'Sở Tài chính', null, 'Tháng 9/2025', 'Nghị quyết của HĐND tỉnh'],
  ]);
  ws.mergeCells(6, 2, 6, 6);
  ws.mergeCells(9, 2, 9, 6);
  put(ws, 13, 1, [['[1] Cơ quan chủ trì chịu trách nhiệm báo cáo kết quả.'], ['[2] Thời gian hoàn thành.']]);
  await save(wb, 'dongthap-caps-footnotes.xlsx');
}

/** QĐ 2530: Phụ lục I (tasks) immediately followed by Phụ lục II (projects) with other columns. */
async function gluedAppendices() {
  const wb = workbook();
  const ws = wb.addWorksheet('Phụ lục');
  put(ws, 1, 1, [['PHỤ LỤC I'], ['DANH MỤC NHIỆM VỤ NĂM 2025']], { bold: true });
  put(ws, 3, 1, [['TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Kết quả', 'Thời gian hoàn thành']], { bold: true });
  put(ws, 4, 1, [
    ['1', 'Xây dựng kế hoạch quản lý chất lượng không khí cấp tỉnh', 'Sở Tài nguyên và Môi trường', 'Sở Tài chính', 'Kế hoạch được ban hành', '30/6/2025'],
    ['2', 'Báo cáo kết quả quan trắc môi trường không khí', 'Sở Nội vụ', null, 'Báo cáo', 'Quý IV/2025'],
  ]);
  put(ws, 7, 1, [['PHỤ LỤC II'], ['DANH MỤC DỰ ÁN, NHIỆM VỤ ƯU TIÊN']], { bold: true });
  put(ws, 9, 1, [['STT', 'Tên dự án, nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng', 'Thời gian thực hiện']], { bold: true });
  put(ws, 10, 1, [
    ['1', 'Dự án đầu tư trạm quan trắc không khí tự động', 'Sở Tài nguyên và Môi trường', 'Thực hiện mới', '2026 - 2030'],
    ['2', 'Dự án số hóa dữ liệu môi trường', 'Sở Khoa học và Công nghệ', 'Chuyển tiếp', '2025'],
  ]);
  await save(wb, 'qd2530-glued-appendices.xlsx');
}

/** PAR INDEX plan: table from column B under title lines; two-row header with a merged
 * "Phân công thực hiện" over "Chủ trì | Phối hợp"; a number row; real Excel dates as deadlines. */
async function twoRowHeader() {
  const wb = workbook();
  const ws = wb.addWorksheet('PL');
  put(ws, 1, 2, [['ỦY BAN NHÂN DÂN TỈNH LÀO CAI'], ['PHỤ LỤC'], ['NHIỆM VỤ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2024'], ['(Kèm theo Kế hoạch số 165/KH-UBND ngày 11/6/2024 của UBND tỉnh)']], { bold: true });
  for (const r of [2, 3, 4]) ws.mergeCells(r, 2, r, 8);
  put(ws, 6, 2, [['TT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Phân công thực hiện', null, 'Thời gian thực hiện', 'Tiến độ thực hiện'], [null, null, null, 'Chủ trì', 'Phối hợp']], { bold: true });
  for (const c of [2, 3, 4, 7, 8]) ws.mergeCells(6, c, 7, c);
  ws.mergeCells(6, 5, 6, 6);
  put(ws, 8, 2, [['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)']]);
  put(ws, 9, 2, [
    ['I', 'CẢI CÁCH THỂ CHẾ'],
    [1, 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh', 'Báo cáo kết quả rà soát', 'Sở Tư pháp', 'Các sở, ban, ngành', day(2024, 3, 31), 'Đã hoàn thành'],
    [2, 'Kiểm tra công tác thi hành pháp luật', '100% cơ quan trong kế hoạch được kiểm tra', 'Sở Tư pháp', 'UBND các huyện, thị xã, thành phố', day(2024, 9, 30), 'Đang thực hiện'],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    [3, 'Công bố danh mục thủ tục hành chính', 'Quyết định công bố của Chủ tịch UBND tỉnh', 'Văn phòng UBND tỉnh', 'Các sở, ban, ngành', day(2024, 10, 15), null],
    [4, 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '100% hồ sơ được số hóa', 'Sở Thông tin và Truyền thông', null, day(2024, 12, 31), null],
    [5, 'Khảo sát mức độ hài lòng của người dân (SIPAS)', 'Báo cáo kết quả khảo sát', 'Sở Nội vụ', null, 'Thường xuyên', null],
  ]);
  for (const r of [9, 12]) ws.mergeCells(r, 3, r, 8);
  for (let r = 10; r <= 14; r++) ws.getCell(r, 7).numFmt = 'dd/mm/yyyy';
  await save(wb, 'parindex-col-b-two-row-header.xlsx');
}

/** Cell kinds a reader must keep apart: rich text, hyperlinks, formulas, errors, dates with times, legacy fonts. */
async function valuesAndErrors() {
  const wb = workbook();
  const vals = wb.addWorksheet('Giá trị');
  const rows = [
    ['Chuỗi', 'văn bản'],
    ['Số', 1234.5, '#,##0.00'],
    ['Phần trăm', 0.875, '0.0%'],
    ['Ngày nhuận', day(2024, 2, 29), 'dd/mm/yyyy'],
    ['Tháng', day(2025, 1, 1), 'mm/yyyy'],
    ['Logic', true],
    ['Lỗi', { error: '#DIV/0!' }],
    ['Công thức', { formula: 'D4*2', result: 2469 }],
    ['Chữ định dạng', { richText: [{ text: 'Ủy ban ', font: { bold: true } }, { text: 'nhân dân' }] }],
    ['Liên kết', { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' }],
    ['Gộp', 'Ô gộp'],
    [null, null],
    ['Ngày giờ', day(2025, 3, 15, 12, 0), 'dd/mm/yyyy hh:mm'],
    ['TCVN3', 'Uû ban nh©n d©n'],
    ['Ngày công thức', { formula: 'DATE(2025,6,30)', result: day(2025, 6, 30) }, 'dd/mm/yyyy'],
  ];
  rows.forEach(([label, value, fmt], i) => {
    if (label !== null) vals.getCell(3 + i, 3).value = label;
    if (value === null) return;
    const cell = vals.getCell(3 + i, 4);
    cell.value = value;
    if (fmt) cell.numFmt = fmt;
  });
  vals.mergeCells('D13:F14');
  vals.getCell('D16').font = { name: '.VnTime', size: 13 };

  const ws = wb.addWorksheet('Theo dõi');
  put(ws, 1, 1, [['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả thực hiện', 'Chỉ tiêu']], { bold: true });
  put(ws, 2, 1, [
    [1, { richText: [{ text: 'Tổ chức ', font: { bold: true } }, { text: 'đối thoại với doanh nghiệp' }] }, 'Sở Nội vụ', { formula: 'DATE(2025,6,30)', result: day(2025, 6, 30) }, 'Hoàn thành ngày 20/6/2025', '01 hội nghị'],
    [2, 'Rà soát quy trình nội bộ giải quyết thủ tục hành chính', { formula: 'Sheet3!A1', result: { error: '#REF!' } }, 'Quý III/2025', null, 'Báo cáo rà soát'],
    [3, 'Xây dựng kế hoạch kiểm tra công vụ', 'Sở Tài chính', { error: '#N/A' }, null, 'Kế hoạch kiểm tra'],
    [4, { text: 'Cập nhật thông tin trên Cổng thông tin điện tử tỉnh', hyperlink: 'https://example.gov.vn' }, 'Sở Tư pháp', day(2025, 12, 31), '50%', 'Cổng thông tin được cập nhật'],
  ]);
  ws.getCell('D2').numFmt = 'dd/mm/yyyy';
  ws.getCell('D5').numFmt = 'dd/mm/yyyy';
  await save(wb, 'values-and-errors.xlsx');
}

/** A Mac workbook in the 1904 date system: the same calendar dates, serials 1462 lower. */
async function date1904() {
  const wb = workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Phụ lục');
  put(ws, 1, 1, [['PHỤ LỤC NHIỆM VỤ NĂM 2025'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Chỉ tiêu']], { bold: true });
  put(ws, 3, 1, [
    ['1', 'Công khai kết quả giải quyết hồ sơ', 'Văn phòng UBND tỉnh', day(2025, 6, 30), '100% hồ sơ được công khai'],
    ['2', 'Tổng kết công tác cải cách hành chính', 'Sở Nội vụ', day(2025, 12, 31), 'Báo cáo tổng kết'],
  ]);
  ws.getCell('D3').numFmt = 'dd/mm/yyyy';
  ws.getCell('D4').numFmt = 'dd/mm/yyyy';
  await save(wb, 'date1904.xlsx');
}

/** A cover sheet first, then the appendix on a password-protected sheet (editing locked). */
async function protectedSheet() {
  const wb = workbook();
  const cover = wb.addWorksheet('Hướng dẫn');
  put(cover, 1, 1, [['Hướng dẫn điền phụ lục'], ['Các đơn vị cập nhật tiến độ trước ngày 25 hằng tháng.']]);
  const ws = wb.addWorksheet('Phụ lục');
  put(ws, 1, 1, [['PHỤ LỤC KẾ HOẠCH CẢI THIỆN CHỈ SỐ PAPI NĂM 2025'], ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm']], { bold: true });
  put(ws, 3, 1, [
    ['1', 'Niêm yết công khai thủ tục hành chính tại bộ phận một cửa', 'UBND cấp xã', 'Văn phòng UBND tỉnh', 'Quý I/2025', '100% xã niêm yết đầy đủ'],
    ['2', 'Tổ chức đối thoại giữa lãnh đạo tỉnh với người dân', 'Sở Nội vụ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', '15/5/2025', '01 hội nghị đối thoại'],
    ['3', 'Khảo sát sự hài lòng của người dân', 'Sở Nội vụ', null, 'Năm 2025', 'Báo cáo kết quả khảo sát'],
  ]);
  await ws.protect('phuluc', { selectLockedCells: true, selectUnlockedCells: true });
  await save(wb, 'protected-sheet.xlsx');
}

async function emptyWorkbook() {
  const wb = workbook();
  wb.addWorksheet('Sheet1');
  await save(wb, 'empty-workbook.xlsx');
}

/**
 * Bắc Ninh 141/KH-UBND, Hà Nội 308/KH-UBND: no appendix table, the plan body pasted one paragraph
 * per row, each task heading followed by "- Cơ quan chủ trì: …" / "- Thời gian thực hiện: …" lines;
 * one task typed as lines of a single cell.
 */
async function inlineAssignments() {
  const wb = workbook();
  const ws = wb.addWorksheet('Kế hoạch');
  ws.getColumn(1).width = 100;
  put(ws, 1, 1, [
    ['ỦY BAN NHÂN DÂN TỈNH BẮC NINH'],
    ['KẾ HOẠCH Nâng cao Chỉ số PAPI năm 2025'],
    ['II. NHIỆM VỤ, GIẢI PHÁP'],
    ['1. Công khai, minh bạch'],
    ['a) Công khai danh sách hộ nghèo, kế hoạch sử dụng đất tại trụ sở UBND cấp xã'],
    ['- Cơ quan chủ trì: UBND các xã, phường.'],
    ['- Cơ quan phối hợp: Sở Nông nghiệp và Môi trường.'],
    ['- Thời gian thực hiện: Quý III/2025.'],
    ['- Sản phẩm/Kết quả: 100% xã, phường niêm yết công khai.'],
    ['b) Tổ chức đối thoại với Nhân dân về đất đai'],
    ['- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.'],
    ['- Thời gian thực hiện: Tháng 12/2025.'],
    ['2. Thủ tục hành chính công'],
    ['a) Rà soát, cắt giảm thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng UBND tỉnh\n- Thời gian thực hiện: Thường xuyên.'],
    ['b) Khảo sát sự hài lòng của người dân'],
    ['- Cơ quan chủ trì:'],
    ['- Thời gian thực hiện: Sau khi có hướng dẫn của Bộ Nội vụ.'],
    ['- Kết quả: Triển khai đồng bộ.'],
    ['III. TỔ CHỨC THỰC HIỆN'],
    ['Nơi nhận:'],
  ]);
  await save(wb, 'inline-assignments.xlsx');
}

for (const build of [columnOrder, capsFootnotes, gluedAppendices, twoRowHeader, valuesAndErrors, date1904, protectedSheet, emptyWorkbook, inlineAssignments]) await build();
