#!/usr/bin/env node
/**
 * test/fixtures/cao-bang-2023-par-targets.xlsx: seed 001 §2.1 (Cao Bằng, PAR INDEX areas 2022 and
 * targets 2023) typed as staff type it, including the header repeated after the page break and
 * the two sub-rows of area 8 on the next page; and -corrected.xlsx, the same with the seed's
 * inconsistencies put right (area 5 sub-rows 4,70 + 6,79; area 8 SIPAS sub-row 7,44).
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEAD1 = ['STT', 'Lĩnh vực', 'Năm 2022', null, 'Điểm theo Bộ tiêu chí', 'Dự kiến tăng điểm năm 2023 so với năm 2022', 'Mục tiêu Kế hoạch năm 2023 (điểm)'];
const HEAD2 = [null, null, 'Xếp hạng', 'Điểm', null, null, null];
// [STT, label, rank, score, max, increase (as typed), target (as typed)] — seed 001 §2.1 as printed.
const ROWS = [
  [1, 'Công tác chỉ đạo, điều hành CCHC', '53/63', 7.97, 9.5, '+ 1', '≥ 8,97'],
  [2, 'Cải cách thể chế', '40/63', 9.11, 10, '+ 0,39', '≥ 9,50'],
  [null, 'Điểm thực hiện', null, 6, 6, 0, null],
  [null, 'Điều tra XHH', null, 3.11, 4, '+ 0,39', null],
  [3, 'Cải cách TTHC', '54/63', 11.87, 13, '+1', '≥ 12,87'],
  [4, 'Cải cách tổ chức bộ máy hành chính', '21/63', 9.52, 10.5, '+0,40', '≥ 9,92'],
  [null, 'Điểm thực hiện', null, 6.5, 6.5, 0, null],
  [null, 'Điều tra XHH', null, 3.02, 4, '+0,40', null],
  [5, 'Cải cách chế độ công vụ', '59/63', 11.49, 15, 1.46, '≥ 12,95'],
  [null, 'Điểm thực hiện', null, 4.75, 6, '+0,25', null],
  [null, 'Điều tra XHH', null, 6.79, 9, '+1,21', null],
  [6, 'Cải cách tài chính công', '57/63', 8.76, 12, '+1,43', '≥ 10,19'],
  [null, 'Điểm thực hiện', null, 5.97, 8, '+0,93', null],
  [null, 'Điều tra XHH', null, 2.79, 4, 0.5, null],
  [7, 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', '63/63', 8.01, 13.5, '+3,17', '≥ 11,18'],
  [null, 'Điểm thực hiện', null, 7.26, 12.5, '+ 2,92', null],
  [null, 'Điều tra XHH', null, 0.75, 1, '+0,25', null],
  [8, 'Tác động của', '63/63', 10.82, 16.5, 2.23, '≥ 13,05'],
  'PAGE BREAK',
  [null, 'CCHC đến sự hài lòng của người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh', null, null, null, null, null],
  [null, 'Chỉ số SIPAS', null, 7.73, 10, '+0,47', null],
  [null, 'Tác động đến phát triển kinh tế - xã hội', null, 3.38, 6.5, '+1,76', null],
];

async function write(file, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('PAR INDEX 2022');
  ws.getCell('A1').value = '2.1. Về chỉ số PAR-INDEX, SIPAS';
  let r = 3;
  const header = () => {
    ws.getRow(r).values = HEAD1;
    ws.getRow(r + 1).values = HEAD2;
    ws.mergeCells(r, 3, r, 4);
    for (const c of [1, 2, 5, 6, 7]) ws.mergeCells(r, c, r + 1, c);
    r += 2;
  };
  header();
  for (const row of rows) {
    if (row === 'PAGE BREAK') {
      r++; // the blank line of the page break, then the header again
      header();
      continue;
    }
    ws.getRow(r).values = row;
    if (typeof row[3] === 'number') ws.getCell(r, 4).numFmt = '0.00';
    r++;
  }
  await wb.xlsx.writeFile(path.join(root, 'test', 'fixtures', file));
}

const corrected = ROWS.map((row) => {
  if (row === 'PAGE BREAK') return row;
  if (row[1] === 'Điểm thực hiện' && row[3] === 4.75) return [null, 'Điểm thực hiện', null, 4.7, 6, '+0,25', null];
  if (row[1] === 'Chỉ số SIPAS') return [null, 'Chỉ số SIPAS', null, 7.44, 10, '+0,47', null];
  return row;
});
await write('cao-bang-2023-par-targets.xlsx', ROWS);
await write('cao-bang-2023-par-targets-corrected.xlsx', corrected);
console.log('wrote test/fixtures/cao-bang-2023-par-targets.xlsx and -corrected.xlsx');
