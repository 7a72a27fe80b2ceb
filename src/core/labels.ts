/**
 * Vietnamese and English names of the engine's categories, shared by the CLI, the report sheet
 * and the task pane so that a status is called the same everywhere.
 */
import type { DeadlineKind, Field, Role, Severity, TargetKind, TaskStatus } from './types';

export type Lang = 'vi' | 'en';

type Labels<K extends string> = Record<K, { vi: string; en: string }>;

const STATUS: Labels<TaskStatus> = {
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  'on-track': { vi: 'Trong hạn', en: 'On track' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing' },
  'no-deadline': { vi: 'Không xác định thời hạn', en: 'No deadline' },
};

const SEVERITY: Labels<Severity> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Lưu ý', en: 'Note' },
};

const FIELD: Labels<Field> = {
  id: { vi: 'Số thứ tự', en: 'Number' },
  criterion: { vi: 'Chỉ số / tiêu chí', en: 'Criterion' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  target: { vi: 'Chỉ tiêu / kết quả', en: 'Target' },
  owner: { vi: 'Đơn vị chủ trì', en: 'Owner' },
  partners: { vi: 'Đơn vị phối hợp', en: 'Partners' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  progress: { vi: 'Tiến độ', en: 'Progress' },
  note: { vi: 'Ghi chú', en: 'Note' },
  table: { vi: 'Bảng', en: 'Table' },
  text: { vi: 'Văn bản', en: 'Text' },
};

const DEADLINE_KIND: Labels<DeadlineKind> = {
  date: { vi: 'Ngày cụ thể', en: 'Date' },
  period: { vi: 'Thời kỳ', en: 'Period' },
  recurring: { vi: 'Định kỳ', en: 'Recurring' },
  ongoing: { vi: 'Thường xuyên', en: 'Ongoing' },
  reference: { vi: 'Theo văn bản khác', en: 'Reference' },
  status: { vi: 'Ghi tình trạng', en: 'Status text' },
  missing: { vi: 'Thiếu', en: 'Missing' },
  invalid: { vi: 'Không hợp lệ', en: 'Invalid' },
};

const TARGET_KIND: Labels<TargetKind> = {
  measurable: { vi: 'Đo đếm được', en: 'Measurable' },
  deliverable: { vi: 'Sản phẩm cụ thể', en: 'Deliverable' },
  vague: { vi: 'Chưa cụ thể', en: 'Vague' },
  missing: { vi: 'Thiếu', en: 'Missing' },
};

export const STATUS_ORDER: readonly TaskStatus[] = ['overdue', 'due-soon', 'on-track', 'ongoing', 'no-deadline', 'done'];
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const statusLabel = (s: TaskStatus, lang: Lang): string => STATUS[s][lang];
export const severityLabel = (s: Severity, lang: Lang): string => SEVERITY[s][lang];
export const fieldLabel = (f: Field | Role, lang: Lang): string => FIELD[f][lang];
export const deadlineKindLabel = (k: DeadlineKind, lang: Lang): string => DEADLINE_KIND[k][lang];
export const targetKindLabel = (k: TargetKind, lang: Lang): string => TARGET_KIND[k][lang];

/**
 * The by-owner summary's figures, in the order official task reports give them: tasks, due, done
 * (of which on time and late; a done task without a completion date is in neither), not done
 * within the deadline, not done and overdue, the share overdue. One list for every display.
 */
export const OWNER_SUMMARY_FIGURES = ['tasks', 'due', 'done', 'doneOnTime', 'doneLate', 'notDoneWithinDeadline', 'overdue', 'percentOverdue'] as const;

/** Column titles of the by-owner summary. */
export const OWNER_SUMMARY_COLUMNS: Labels<'owner' | (typeof OWNER_SUMMARY_FIGURES)[number]> = {
  owner: { vi: 'Đơn vị chủ trì', en: 'Owner' },
  tasks: { vi: 'Số nhiệm vụ', en: 'Tasks' },
  due: { vi: 'Đến hạn', en: 'Due' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  doneOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  doneLate: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  notDoneWithinDeadline: { vi: 'Chưa hoàn thành, trong hạn', en: 'Not done, within deadline' },
  overdue: { vi: 'Chưa hoàn thành, quá hạn', en: 'Not done, overdue' },
  percentOverdue: { vi: 'Tỷ lệ quá hạn', en: '% overdue' },
};
