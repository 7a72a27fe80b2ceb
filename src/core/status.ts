/**
 * A task's status as of a date, in the categories official task reports use: done (on time or
 * late when the completion date is known), overdue, due soon, on track, ongoing, no deadline.
 */
import { addDays, diffDays, yearOf } from './dates';
import { clean, stripDiacritics } from './text/normalize';
import type { DeadlineInfo, IsoDate, ProgressInfo, TaskStatus } from './types';

export interface StatusResult {
  status: TaskStatus;
  doneTiming: 'on-time' | 'late' | null;
  daysOverdue: number | null;
}

const DONE_TEXT = /^(?:da|hoan thanh|xong)/;

function saysDone(deadline: DeadlineInfo): boolean {
  if (deadline.kind !== 'status') return false;
  const key = stripDiacritics(clean(deadline.text)).toLowerCase();
  return DONE_TEXT.test(key) && !/^dang|^chua/.test(key);
}

export function taskStatus(deadline: DeadlineInfo, progress: ProgressInfo, asOf: IsoDate, dueSoonDays: number): StatusResult {
  const due = deadline.due;
  if (progress.state === 'done' || (progress.state === 'unknown' && saysDone(deadline))) {
    const doneOn = progress.doneOn ?? null;
    const doneTiming = due && doneOn ? (doneOn <= due ? 'on-time' : 'late') : null;
    return { status: 'done', doneTiming, daysOverdue: null };
  }
  if (due && (deadline.kind === 'date' || deadline.kind === 'period' || deadline.kind === 'recurring')) {
    if (due < asOf) return { status: 'overdue', doneTiming: null, daysOverdue: diffDays(asOf, due) };
    // A multi-year period is "in its period" until its last year starts, never "due soon".
    const inLastYear = deadline.form !== 'year-range' || yearOf(asOf) >= yearOf(due);
    if (inLastYear && due <= addDays(asOf, dueSoonDays)) return { status: 'due-soon', doneTiming: null, daysOverdue: null };
    return { status: 'on-track', doneTiming: null, daysOverdue: null };
  }
  if (deadline.kind === 'ongoing') return { status: 'ongoing', doneTiming: null, daysOverdue: null };
  return { status: 'no-deadline', doneTiming: null, daysOverdue: null };
}
