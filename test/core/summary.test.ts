import { summarise } from '../../src/core/summary';
import type { Finding, Task, TaskStatus } from '../../src/core/types';

function task(owner: string[], status: TaskStatus, due: string | null, doneTiming: Task['doneTiming'] = null, text = owner.join('; ')): Task {
  return {
    row: 1, rows: [1], id: null, section: null, task: 'x', cells: {},
    owner: { text, agencies: owner, unknown: [] },
    deadline: { text: '', kind: due ? 'date' : 'ongoing', due },
    target: { text: '', kind: 'missing' },
    progress: { text: '', state: status === 'done' ? 'done' : 'unknown', percent: null },
    status, doneTiming,
  };
}

const finding = (severity: Finding['severity']): Finding =>
  ({ cell: 'A1', row: 1, column: 'A', field: 'owner', code: 'x', severity, message: '', messageEn: '' });

describe('summarise', () => {
  const tasks = [
    task(['Sở Nội vụ'], 'done', '2023-06-30', 'on-time'),
    task(['Sở Nội vụ'], 'done', '2023-06-30', 'late'),
    task(['Sở Nội vụ'], 'overdue', '2023-09-30'),
    task(['Sở Nội vụ', 'Sở Tư pháp'], 'on-track', '2023-12-31'),
    task([], 'ongoing', null, null, ''),
  ];
  const s = summarise(tasks, [finding('error'), finding('warning'), finding('warning'), finding('info')], '2023-10-16');

  test('counts severities and statuses', () => {
    expect([s.errors, s.warnings, s.infos]).toEqual([1, 2, 1]);
    expect(s.tasks).toBe(5);
    expect(s.byStatus).toEqual({ done: 2, overdue: 1, 'due-soon': 0, 'on-track': 1, ongoing: 1, 'no-deadline': 0 });
  });

  test('breaks down by owner as official reports do, a shared task counting for each lead', () => {
    const nv = s.byOwner.find((o) => o.owner === 'Sở Nội vụ')!;
    expect(nv).toMatchObject({ tasks: 4, due: 3, done: 2, doneOnTime: 1, doneLate: 1, notDoneWithinDeadline: 1, overdue: 1, percentOverdue: 25 });
    const tp = s.byOwner.find((o) => o.owner === 'Sở Tư pháp')!;
    expect(tp).toMatchObject({ tasks: 1, due: 0, overdue: 0, percentOverdue: 0 });
    expect(s.byOwner.some((o) => /Chưa xác định/.test(o.owner))).toBe(true);
    expect(s.byOwner[0].owner).toBe('Sở Nội vụ'); // most overdue first
  });
});
