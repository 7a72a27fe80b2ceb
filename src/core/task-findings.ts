/**
 * The rules that turn one parsed task into findings: what is missing, vague, invalid or late.
 * Each rule names a catalogue code; the wording lives in findings.ts.
 */
import { formatViDate, diffDays } from './dates';
import type { OwnerParse } from './fields/owner';
import { daysLeft, makeFinding, type FindingCode } from './findings';
import type { FieldCell } from './table/rows';
import type { Finding, IsoDate, Profile, Task } from './types';

export interface TaskFindingContext {
  asOf: IsoDate;
  profile: Profile;
  /** The cells the task was read from, by role. */
  fields: Partial<Record<string, FieldCell>>;
  owner: Readonly<OwnerParse> | null;
  partners: Readonly<OwnerParse> | null;
  /** The owner's 2025 renames that matter to this plan (none for plans before 2025). */
  renamed: readonly { name: string; successor: string }[];
  /** Roles whose cell holds a formula error: reported once as cell.error, nothing else. */
  errorRoles?: ReadonlySet<string>;
  /** The cell the completion date was read from, where not the progress cell (a completion-date column, the note). */
  doneOnCell?: FieldCell;
}

const DEADLINE_REASON: Record<string, { vi: string; en: string }> = {
  'not-a-time': { vi: ' — không phải mốc thời gian, có thể do ô gộp bị lệch cột', en: ' — not a time; possibly a merged cell read in the wrong column' },
  'month-first': { vi: ' — ngày ghi theo kiểu tháng/ngày; văn bản hành chính ghi ngày/tháng/năm', en: ' — written month-first; Vietnamese documents write day/month/year' },
  reference: { vi: ' — phụ thuộc văn bản hoặc sự kiện khác', en: ' — depends on another document or event' },
  status: { vi: ' — ô ghi tình trạng thay cho thời hạn', en: ' — the cell states a status instead of a deadline' },
  'no-year': { vi: ' (không ghi năm, lấy năm kế hoạch)', en: ' (no year written; the plan year is assumed)' },
  before: { vi: ' (“trước năm N” hiểu là hết năm N−1)', en: ' (“before year N” read as the end of N−1)' },
  'part-of-year': { vi: ' (“đầu năm” hiểu là hết quý I, “giữa năm” là hết tháng 6)', en: ' (“early in the year” read as the end of Q1, “mid-year” as the end of June)' },
  'school-term': { vi: ' (hết học kỳ theo khung kế hoạch năm học; ngày cụ thể thay đổi theo từng năm)', en: ' (the end of the term in the school-year framework; the exact day changes each year)' },
  recurring: { vi: ' (“định kỳ” không nói chu kỳ, hiểu là hằng năm)', en: ' (“periodically” names no period; read as yearly)' },
  serial: { vi: ' (số trong ô được đọc như ngày của Excel bị mất định dạng)', en: ' (the number was read as an Excel date that lost its format)' },
  invalid: { vi: '', en: '' },
};

function reason(key: string): { reason: string; reasonEn: string } {
  const r = DEADLINE_REASON[key] ?? DEADLINE_REASON.invalid;
  return { reason: r.vi, reasonEn: r.en };
}

/**
 * A cell of the time column holding another column's shifted text (rows.ts, shiftedSpill): read
 * with that column, but the sheet still shows it as the time, so it is reported as not a time.
 */
export function strayFinding(cell: FieldCell, profile: Profile): Finding {
  return makeFinding('deadline.vague', cell.row, cell.col, profile, { text: cell.text, ...reason('not-a-time') });
}

/** Appends the task's findings to out (one list for the whole sheet, not one per task). */
export function taskFindings(task: Task, ctx: TaskFindingContext, out: Finding[]): void {
  const at = (role: string, code: FindingCode, params: Record<string, string | number> = {}): void => {
    const cell = ctx.fields[role];
    if (ctx.errorRoles?.has(role)) return;
    if (cell) out.push(makeFinding(code, cell.row, cell.col, ctx.profile, params));
  };
  const has = (role: string): boolean => ctx.fields[role] !== undefined;

  if (has('task') && !task.task) at('task', 'task.missing');

  if (has('owner') && ctx.owner) {
    const o = ctx.owner;
    const named = o.agencies.length + (o.collective?.length ?? 0);
    // A cell naming no lead at all ("-", "Các sở, ngành phối hợp": partners only) has no owner.
    if (!o.text.trim() || (named === 0 && o.unknown.length === 0)) at('owner', 'owner.missing');
    for (const name of o.unknown) at('owner', 'owner.unknown', { name });
    if (o.agencies.length === 0 && (o.collective?.length ?? 0) > 0) at('owner', 'owner.collective', { name: o.text });
    if (named > 1) at('owner', 'owner.multiple', { count: named });
    for (const r of ctx.renamed) at('owner', 'owner.renamed', { name: r.name, successor: r.successor });
  }
  for (const name of ctx.partners?.unknown ?? []) at('partners', 'partners.unknown', { name });

  if (has('deadline')) deadlineFindings(task, at);

  if (has('target')) {
    if (task.target.kind === 'missing') at('target', 'target.missing');
    else if (task.target.kind === 'vague') at('target', 'target.vague', { text: task.target.text });
  }

  const due = task.deadline.due;
  if (due && task.status === 'overdue') at('deadline', 'task.overdue', { days: diffDays(ctx.asOf, due), due: formatViDate(due) });
  if (due && task.status === 'due-soon') at('deadline', 'task.due-soon', { ...daysLeft(diffDays(due, ctx.asOf)), due: formatViDate(due) });
  if (due && task.doneTiming === 'late' && task.progress.doneOn) {
    // Reported at the cell that holds the late date, where the officer corrects it.
    const params = { due: formatViDate(due), doneOn: formatViDate(task.progress.doneOn) };
    const cell = ctx.doneOnCell;
    if (cell) out.push(makeFinding('task.done-late', cell.row, cell.col, ctx.profile, params));
    else at(has('progress') ? 'progress' : 'deadline', 'task.done-late', params);
  }
}

/** Why a deadline's reading is a guess, by the form it was read in. */
function ambiguity(form: string): string {
  if (form.startsWith('before-')) return 'before';
  if (form === 'early-year' || form === 'mid-year') return 'part-of-year';
  if (form === 'school-term') return 'school-term';
  if (form === 'day') return 'serial';
  if (form.startsWith('recurring')) return 'recurring';
  return 'invalid';
}

function deadlineFindings(task: Task, at: (role: string, code: FindingCode, p?: Record<string, string | number>) => void): void {
  const d = task.deadline;
  const flags = d.flags ?? [];
  const text = d.text;
  switch (d.kind) {
    case 'missing':
      at('deadline', 'deadline.missing');
      return;
    case 'invalid':
      if (flags.includes('not-a-time')) at('deadline', 'deadline.vague', { text, ...reason('not-a-time') });
      else at('deadline', 'deadline.invalid', { text, ...reason(flags.includes('month-first') ? 'month-first' : 'invalid') });
      return;
    case 'reference':
      at('deadline', 'deadline.vague', { text, ...reason('reference') });
      return;
    case 'status':
      at('deadline', 'deadline.vague', { text, ...reason('status') });
      return;
    case 'ongoing':
      at('deadline', 'deadline.ongoing', { text });
      return;
    default:
      break;
  }
  const due = d.due ? formatViDate(d.due) : '';
  if (flags.includes('ambiguous')) at('deadline', 'deadline.ambiguous', { text, due, ...reason(ambiguity(d.form ?? '')) });
  else if (flags.includes('no-year')) at('deadline', 'deadline.ambiguous', { text, due, ...reason('no-year') });
  if (flags.includes('follow-up')) at('deadline', 'deadline.follow-up', { due });
}
