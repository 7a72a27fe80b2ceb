/**
 * Counts for the report: by severity, by status, and by owner in the breakdown official task
 * reports use (tasks · due · done on time / late · not done within deadline / overdue · % overdue).
 */
import type { Finding, IsoDate, OwnerSummary, Summary, Task, TaskStatus } from './types';

const NO_OWNER = '(Chưa xác định chủ trì)';

function emptyByStatus(): Record<TaskStatus, number> {
  return { done: 0, overdue: 0, 'due-soon': 0, 'on-track': 0, ongoing: 0, 'no-deadline': 0 };
}

/** The names a task is counted under: each lead agency, else the raw owner text. */
function ownerKeys(task: Task): string[] {
  // Distinct, in order; lists hold one or two names, so includes() beats building a Set.
  const named: string[] = [];
  for (const name of task.owner.agencies) if (!named.includes(name)) named.push(name);
  for (const name of task.owner.collective ?? []) if (!named.includes(name)) named.push(name);
  if (named.length > 0) return named;
  const raw = task.owner.text.trim();
  return [raw || NO_OWNER];
}

function addTask(row: OwnerSummary, task: Task, asOf: IsoDate): void {
  row.tasks += 1;
  const due = task.deadline.due;
  if (due !== null && due <= asOf) row.due += 1;
  if (task.status === 'done') {
    row.done += 1;
    if (task.doneTiming === 'late') row.doneLate += 1;
    else if (task.doneTiming === 'on-time') row.doneOnTime += 1;
    else row.doneTimingUnknown = (row.doneTimingUnknown ?? 0) + 1;
  } else if (task.status === 'overdue') {
    row.overdue += 1;
  } else {
    row.notDoneWithinDeadline += 1;
  }
}

/** Findings by severity, in one pass (a 100,000-task sheet has over 100,000 findings). */
function bySeverity(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function summarise(tasks: readonly Task[], findings: readonly Finding[], asOf: IsoDate): Summary {
  const byStatus = emptyByStatus();
  const owners = new Map<string, OwnerSummary>();
  // Tasks with the same owner text share one owner object (validate.ts): name its keys once.
  const keysOf = new Map<Task['owner'], string[]>();
  for (const task of tasks) {
    byStatus[task.status] += 1;
    let keys = keysOf.get(task.owner);
    if (!keys) keysOf.set(task.owner, (keys = ownerKeys(task)));
    for (const owner of keys) {
      let row = owners.get(owner);
      if (!row) {
        row = { owner, tasks: 0, due: 0, done: 0, doneOnTime: 0, doneLate: 0, notDoneWithinDeadline: 0, overdue: 0, percentOverdue: 0 };
        owners.set(owner, row);
      }
      addTask(row, task, asOf);
    }
  }
  const byOwner = [...owners.values()];
  for (const row of byOwner) row.percentOverdue = row.tasks ? Math.round((row.overdue / row.tasks) * 1000) / 10 : 0;
  byOwner.sort((a, b) => b.overdue - a.overdue || b.tasks - a.tasks || a.owner.localeCompare(b.owner, 'vi'));
  const severities = bySeverity(findings);
  return {
    tasks: tasks.length,
    errors: severities.error,
    warnings: severities.warning,
    infos: severities.info,
    byStatus,
    byOwner,
  };
}
