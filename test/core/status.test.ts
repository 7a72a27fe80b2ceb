import { parseProgress } from '../../src/core/fields/progress';
import { taskStatus } from '../../src/core/status';
import type { DeadlineInfo } from '../../src/core/types';

const progress = (text: string) => parseProgress({ value: text, text }, { planYear: 2023 });
const due = (d: string, form = 'day'): DeadlineInfo => ({ text: d, kind: form === 'day' ? 'date' : 'period', due: d, form });

describe('progress', () => {
  test.each([
    ['Hoàn thành', 'done'], ['Đã hoàn thành', 'done'], ['Đã thực hiện', 'done'], ['100%', 'done'],
    ['Đang thực hiện', 'in-progress'], ['80%', 'in-progress'], ['Đang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'], ['Chưa hoàn thành', 'in-progress'], ['0%', 'not-started'], ['', 'unknown'], ['Xem ghi chú', 'unknown'],
  ])('%s → %s', (text, state) => expect(progress(text).state).toBe(state));

  test('percent and completion date', () => {
    expect(progress('80%').percent).toBe(80);
    expect(progress('Hoàn thành ngày 15/8/2023').doneOn).toBe('2023-08-15');
    expect(parseProgress({ value: 0.5, text: '50%', numberFormat: '0%' }, { planYear: 2023 })).toMatchObject({ state: 'in-progress', percent: 50 });
  });
});

describe('status as of a date (due date inclusive, window of N days)', () => {
  const none = progress('');
  test('overdue, due soon, on track', () => {
    expect(taskStatus(due('2023-10-15'), none, '2023-10-16', 14)).toEqual({ status: 'overdue', doneTiming: null, daysOverdue: 1 });
    expect(taskStatus(due('2023-10-16'), none, '2023-10-16', 14).status).toBe('due-soon');
    expect(taskStatus(due('2023-10-30'), none, '2023-10-16', 14).status).toBe('due-soon');
    expect(taskStatus(due('2023-10-31'), none, '2023-10-16', 14).status).toBe('on-track');
  });
  test('a multi-year period is on track, not due soon, before its last year', () => {
    const range: DeadlineInfo = { text: '2023-2025', kind: 'period', due: '2025-12-31', form: 'year-range' };
    expect(taskStatus(range, none, '2025-12-20', 14).status).toBe('due-soon');
    expect(taskStatus({ ...range, due: '2024-01-05' }, none, '2023-12-28', 14).status).toBe('on-track');
  });
  test('done on time or late when the completion date is known', () => {
    expect(taskStatus(due('2023-08-15'), progress('Hoàn thành ngày 10/8/2023'), '2023-10-16', 14)).toMatchObject({ status: 'done', doneTiming: 'on-time' });
    expect(taskStatus(due('2023-08-15'), progress('Hoàn thành ngày 20/8/2023'), '2023-10-16', 14)).toMatchObject({ status: 'done', doneTiming: 'late' });
  });
  test('ongoing and no-deadline', () => {
    expect(taskStatus({ text: 'Thường xuyên', kind: 'ongoing', due: null }, none, '2023-10-16', 14).status).toBe('ongoing');
    expect(taskStatus({ text: 'Theo KH', kind: 'reference', due: null }, none, '2023-10-16', 14).status).toBe('no-deadline');
    expect(taskStatus({ text: 'Đã thực hiện', kind: 'status', due: null }, none, '2023-10-16', 14).status).toBe('done');
  });
});
