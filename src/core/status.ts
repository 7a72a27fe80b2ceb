/**
 * A task's status as of a date, in the categories official task reports use: done (on time or
 * late when the completion date is known), overdue, due soon, on track, ongoing, no deadline.
 * The due date is inclusive: a task due today is due soon, not overdue.
 */
import { addDays, diffDays, yearOf } from './dates';
import { readProgress } from './fields/progress';
import type { DeadlineInfo, IsoDate, ProgressInfo, Shared, TaskStatus } from './types';

/** Days ahead in which a deadline counts as due soon, unless the user chooses otherwise. */
export const DEFAULT_DUE_SOON_DAYS = 14;

export interface StatusResult {
  status: TaskStatus;
  doneTiming: 'on-time' | 'late' | null;
  daysOverdue: number | null;
}

/** "Đã thực hiện" typed in the deadline column says the task is done (read with the progress vocabulary). */
function deadlineSaysDone(deadline: Shared<DeadlineInfo>): boolean {
  return deadline.kind === 'status' && readProgress({ value: deadline.text, text: deadline.text }, { planYear: null }).state === 'done';
}

const result = (status: TaskStatus, daysOverdue: number | null = null): StatusResult => ({ status, doneTiming: null, daysOverdue });

/** The last day of the due-soon window; one validation asks it of every task with the same inputs. */
let lastWindow = { asOf: '', days: NaN, limit: '' };
function soonLimit(asOf: IsoDate, days: number): IsoDate {
  if (lastWindow.asOf !== asOf || lastWindow.days !== days) lastWindow = { asOf, days, limit: addDays(asOf, Math.max(0, days)) };
  return lastWindow.limit;
}

export function taskStatus(deadline: Shared<DeadlineInfo>, progress: Shared<ProgressInfo>, asOf: IsoDate, dueSoonDays: number): StatusResult {
  const due = deadline.due;
  if (progress.state === 'done' || (progress.state === 'unknown' && deadlineSaysDone(deadline))) {
    const doneOn = progress.doneOn ?? null;
    const doneTiming = due && doneOn ? (doneOn <= due ? 'on-time' : 'late') : (progress.timing ?? null);
    return { status: 'done', doneTiming, daysOverdue: null };
  }
  if (due && (deadline.kind === 'date' || deadline.kind === 'period' || deadline.kind === 'recurring')) {
    if (due < asOf) return result('overdue', diffDays(asOf, due));
    // A multi-year period is "in its period" until its last year starts, never "due soon" before.
    const inLastYear = deadline.form !== 'year-range' || yearOf(asOf) >= yearOf(due);
    if (inLastYear && due <= soonLimit(asOf, dueSoonDays)) return result('due-soon');
    return result('on-track');
  }
  if (deadline.kind === 'ongoing') return result('ongoing');
  return result('no-deadline');
}
