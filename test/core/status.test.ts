import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDeadline, type CellInput } from '../../src/core/fields/deadline';
import { parseProgress } from '../../src/core/fields/progress';
import { taskStatus } from '../../src/core/status';
import type { DeadlineInfo, ProgressInfo } from '../../src/core/types';

const progress = (text: string) => parseProgress({ value: text, text }, { planYear: 2023 });
const none = progress('');
const dueOn = (d: string, form = 'day'): DeadlineInfo => ({ text: d, kind: form === 'day' ? 'date' : 'period', due: d, form });

describe('status as of a date (due date inclusive, window of N days)', () => {
  test('overdue, due soon, on track', () => {
    expect(taskStatus(dueOn('2023-10-15'), none, '2023-10-16', 14)).toEqual({ status: 'overdue', doneTiming: null, daysOverdue: 1 });
    expect(taskStatus(dueOn('2023-01-16'), none, '2023-10-16', 14).daysOverdue).toBe(273);
    expect(taskStatus(dueOn('2023-10-16'), none, '2023-10-16', 14)).toEqual({ status: 'due-soon', doneTiming: null, daysOverdue: null });
    expect(taskStatus(dueOn('2023-10-30'), none, '2023-10-16', 14).status).toBe('due-soon');
    expect(taskStatus(dueOn('2023-10-31'), none, '2023-10-16', 14).status).toBe('on-track');
    expect(taskStatus(dueOn('2023-10-17'), none, '2023-10-16', 0).status).toBe('on-track');
    expect(taskStatus(dueOn('2023-10-16'), none, '2023-10-16', 0).status).toBe('due-soon');
  });

  test('in progress and not started count the same as unknown progress', () => {
    for (const p of [progress('Đang thực hiện'), progress('Chưa thực hiện'), progress('Chưa hoàn thành'), progress('80%')]) {
      expect(taskStatus(dueOn('2023-09-30'), p, '2023-10-16', 14).status).toBe('overdue');
    }
  });

  test('a multi-year period is on track, not due soon, before its last year', () => {
    const range: DeadlineInfo = { text: '2023-2025', kind: 'period', due: '2025-12-31', start: '2023-01-01', form: 'year-range' };
    expect(taskStatus(range, none, '2023-10-16', 14).status).toBe('on-track');
    expect(taskStatus(range, none, '2025-12-20', 14).status).toBe('due-soon');
    expect(taskStatus(range, none, '2026-01-01', 14)).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(taskStatus({ ...range, due: '2024-01-05' }, none, '2023-12-28', 14).status).toBe('on-track');
    expect(taskStatus({ ...range, form: 'year', due: '2024-01-05' }, none, '2023-12-28', 14).status).toBe('due-soon');
  });

  test('done on time or late when the completion date is known, else timing unknown', () => {
    expect(taskStatus(dueOn('2023-08-15'), progress('Hoàn thành ngày 15/8/2023'), '2023-10-16', 14)).toEqual({ status: 'done', doneTiming: 'on-time', daysOverdue: null });
    expect(taskStatus(dueOn('2023-08-15'), progress('Hoàn thành ngày 20/8/2023'), '2023-10-16', 14)).toMatchObject({ status: 'done', doneTiming: 'late' });
    expect(taskStatus(dueOn('2023-08-15'), progress('Đã hoàn thành'), '2023-10-16', 14)).toMatchObject({ status: 'done', doneTiming: null });
    expect(taskStatus({ text: 'Thường xuyên', kind: 'ongoing', due: null }, progress('Hoàn thành ngày 1/2/2023'), '2023-10-16', 14).doneTiming).toBeNull();
  });

  test('recurring uses its occurrence; ongoing, reference, status, missing and invalid have no due', () => {
    const recurring: DeadlineInfo = { text: 'Hằng quý', kind: 'recurring', due: '2023-12-31', form: 'recurring-quarterly' };
    expect(taskStatus(recurring, none, '2023-12-20', 14).status).toBe('due-soon');
    expect(taskStatus({ text: 'Thường xuyên', kind: 'ongoing', due: null }, none, '2023-10-16', 14).status).toBe('ongoing');
    for (const kind of ['reference', 'missing', 'invalid'] as const) {
      expect(taskStatus({ text: 'x', kind, due: null }, none, '2023-10-16', 14).status).toBe('no-deadline');
    }
    expect(taskStatus({ text: 'Đang thực hiện', kind: 'status', due: null }, none, '2023-10-16', 14).status).toBe('no-deadline');
    expect(taskStatus({ text: 'Chưa hoàn thành', kind: 'status', due: null }, none, '2023-10-16', 14).status).toBe('no-deadline');
  });

  test('a status typed in the deadline column counts only when the progress column says nothing', () => {
    const typed: DeadlineInfo = { text: 'Đã thực hiện', kind: 'status', due: null };
    expect(taskStatus(typed, none, '2023-10-16', 14).status).toBe('done');
    expect(taskStatus(typed, progress('Đang thực hiện'), '2023-10-16', 14).status).toBe('no-deadline');
  });
});

/**
 * Calibration on the real tracking sheet (Hà Giang 2023): the deadline (G) and progress (H)
 * cells as exceljs reads them — date cells as Excel serials with their dd/mm/yyyy format —
 * must give every status and due date of the hand-checked expected file.
 */
describe('Hà Giang 2023 tracking sheet, cell by cell', () => {
  const text = (t: string): CellInput => ({ value: t, text: t, numberFormat: 'General' });
  const date = (serial: number, shown: string): CellInput => ({ value: serial, text: shown, numberFormat: 'dd/mm/yyyy' });
  const empty: CellInput = { value: null, text: '' };
  const CELLS: Record<number, [deadline: CellInput, progress: CellInput]> = {
    4: [text('Thường xuyên'), text('Đang thực hiện')],
    5: [text('Trong năm 2023'), text('Đang thực hiện')],
    6: [date(45107, '30/06/2023'), text('Hoàn thành')],
    7: [text('Quý III/2023'), text('Đang thực hiện')],
    8: [text('30/9/2023'), empty],
    9: [text('6 tháng đầu năm 2023'), text('Đã hoàn thành')],
    10: [text('6 tháng đầu năm 2023'), text('Chưa thực hiện')],
    11: [date(45224, '25/10/2023'), text('Đang thực hiện')],
    12: [text('Tháng 11/2023'), text('Đang thực hiện')],
    13: [text('trước ngày 20/10/2023'), text('50%')],
    14: [text('6 tháng cuối năm 2023'), text('Đang thực hiện')],
    15: [text('Thường xuyên'), empty],
    16: [empty, empty],
    17: [date(45153, '15/08/2023'), text('100%')],
    18: [text('15/8/2023'), text('80%')],
    19: [text('Quý IV/2023'), empty],
    20: [text('Tháng 12 hàng năm'), text('Đang thực hiện')],
    21: [text('Trước 15/10'), text('Đang thực hiện')],
    22: [text('Đã thực hiện'), empty],
    23: [text('Theo Kế hoạch của UBND tỉnh'), empty],
    24: [text('2023-2025'), text('Đang thực hiện')],
    25: [text('31/02/2023'), empty],
    26: [text('10/16/2023'), empty],
    27: [date(45215, '16/10/2023'), text('Chưa thực hiện')],
  };
  const expected = JSON.parse(readFileSync(path.join(__dirname, '../fixtures/ha-giang-2023-tracking.expected.json'), 'utf8')) as {
    asOf: string; dueSoonDays: number; planYear: number; tasks: { row: number; status: string; due: string | null }[];
  };

  test('every row of the expected file has its input cells here', () => {
    expect(Object.keys(CELLS).map(Number).sort((a, b) => a - b)).toEqual(expected.tasks.map((t) => t.row));
  });

  test.each(expected.tasks.map((t) => [t.row, t.status, t.due] as const))('row %i → %s, due %s', (row, status, due) => {
    const [d, p] = CELLS[row];
    const deadline = parseDeadline(d, { planYear: expected.planYear, asOf: expected.asOf });
    const prog: ProgressInfo = parseProgress(p, { planYear: expected.planYear });
    expect(deadline.due).toBe(due);
    expect(taskStatus(deadline, prog, expected.asOf, expected.dueSoonDays).status).toBe(status);
  });

  test('the findings the officer needs: no-year, impossible and month-first dates', () => {
    const ctx = { planYear: expected.planYear, asOf: expected.asOf };
    expect(parseDeadline(CELLS[21][0], ctx).flags).toContain('no-year');
    expect(parseDeadline(CELLS[25][0], ctx)).toMatchObject({ kind: 'invalid', flags: ['impossible-date'] });
    expect(parseDeadline(CELLS[26][0], ctx)).toMatchObject({ kind: 'invalid', flags: ['month-first'] });
    expect(parseDeadline(CELLS[24][0], ctx)).toMatchObject({ kind: 'period', form: 'year-range', start: '2023-01-01' });
  });
});

describe('Hà Giang 2023 PAPI appendix deadline forms', () => {
  const ctx = { planYear: 2023, asOf: '2023-10-16' };
  const at = (t: string) => parseDeadline({ value: t, text: t }, ctx);
  test.each([
    ['6 tháng cuối năm 2023', 'period', '2023-12-31', 'on-track'],
    ['Trong năm 2023', 'period', '2023-12-31', 'on-track'],
    ['Tháng 12 hàng năm', 'recurring', '2023-12-31', 'on-track'],
    ['Đã thực hiện', 'status', null, 'done'],
    ['Theo Kế hoạch xây dựng Nông thôn mới', 'reference', null, 'no-deadline'],
    ['Thường xuyên', 'ongoing', null, 'ongoing'],
  ])('%s → %s %s, %s', (t, kind, due, status) => {
    const d = at(t);
    expect([d.kind, d.due]).toEqual([kind, due]);
    expect(taskStatus(d, none, ctx.asOf, 14).status).toBe(status);
  });
});
