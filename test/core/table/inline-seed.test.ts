/**
 * Lào Cai's Kế hoạch 165/KH-UBND (2020, PAR INDEX; the project's seed 003) pasted into a sheet one
 * paragraph per row: its eight index contents assign owners inline, seven with "- Cơ quan chủ trì:"
 * labels and the last with sentences under "Phân công trách nhiệm".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '../../../src/core/validate';

const lines = readFileSync(path.join(__dirname, '../../fixtures/lao-cai-165-kh-ubnd-2020-par-plan.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const report = validate({ sheetName: 'Kế hoạch', top: 1, left: 1, values: lines.map((l) => [l]), merges: [] }, { asOf: '2020-10-01' });

test('the eight index contents are the tasks, with their owners', () => {
  expect(report.table?.layout).toBe('inline');
  expect(report.planYear).toBe(2020);
  expect(report.tasks.map((t) => [t.id, t.section, t.owner.agencies])).toEqual([
    ['1', 'II', ['Sở Nội vụ']],
    ['2', 'II', ['Sở Tư pháp']],
    ['3', 'II', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ['4', 'II', ['Sở Nội vụ']],
    ['5', 'II', ['Sở Nội vụ']],
    ['6', 'II', ['Sở Tài chính']],
    ['7', 'II', ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ']],
    ['8', 'II', ['Sở Kế hoạch và Đầu tư']],
  ]);
  expect(report.tasks.every((t) => t.task?.startsWith('Chỉ số nội dung'))).toBe(true);
});

test('the plan names no deadline anywhere, which is said once; each target is read from "Nội dung và mục tiêu"', () => {
  const codes = report.findings.map((f) => f.code);
  expect(codes.filter((c) => c === 'table.label-missing')).toHaveLength(1);
  expect(codes).not.toContain('deadline.missing');
  expect(report.tasks.map((t) => t.target.kind)).toEqual(Array(8).fill('measurable'));
  // Two Sở chủ trì for "Hiện đại hóa hành chính" (item 7.2): one should lead.
  expect(report.findings.filter((f) => f.code === 'owner.multiple')).toHaveLength(1);
});
