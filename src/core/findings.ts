/**
 * The catalogue of findings: one entry per code with its default severity and its message in
 * Vietnamese and English. Every finding the engine emits is made here, so the wording of a
 * rule lives in one place.
 */
import { a1, columnLetter } from './address';
import type { Field, Finding, Profile, Severity } from './types';

type Params = Record<string, string | number>;

interface FindingSpec {
  field: Field;
  severity: Severity;
  /** Severity under the strict profile (before signing), when it differs. */
  strict?: Severity;
  vi: string;
  en: string;
}

const CATALOGUE = {
  'table.not-found': {
    field: 'table', severity: 'error',
    vi: 'Không tìm thấy bảng nhiệm vụ (cần dòng tiêu đề có cột nhiệm vụ và cột chủ trì hoặc thời hạn).',
    en: 'No task table found (a header row with a task column and an owner or deadline column is needed).',
  },
  'table.column-missing': {
    field: 'table', severity: 'warning', strict: 'error',
    vi: 'Bảng không có cột {column}: mỗi nhiệm vụ cần có {column}.',
    en: 'The table has no {columnEn} column: every task needs one.',
  },
  'table.inline': {
    field: 'table', severity: 'info',
    vi: 'Không có bảng: nhiệm vụ được phân công ngay trong văn bản (“- Cơ quan chủ trì: …”); đã đọc {count} nhiệm vụ theo các dòng ghi nhãn.',
    en: 'No table: tasks are assigned inline (“- Cơ quan chủ trì: …”); {count} tasks were read from the labelled lines.',
  },
  'table.label-missing': {
    field: 'table', severity: 'warning', strict: 'error',
    vi: 'Không nhiệm vụ nào có dòng “{label}: …”: mỗi nhiệm vụ cần có {column}.',
    en: 'No task has a “{label}: …” line: every task needs a {columnEn}.',
  },
  'table.legacy-encoding': {
    field: 'text', severity: 'warning',
    vi: 'Văn bản dùng bảng mã cũ {encoding}; đã đọc bằng cách chuyển sang Unicode. Nên chuyển mã trước khi trình ký.',
    en: 'Text uses the legacy {encoding} encoding; it was converted to Unicode for reading. Convert it before signing.',
  },
  'text.not-nfc': {
    field: 'text', severity: 'info',
    vi: 'Ô chứa chữ tiếng Việt dạng tổ hợp (NFD): trông giống nhưng không khớp khi lọc, tìm kiếm.',
    en: 'Cell holds decomposed (NFD) Vietnamese text: it looks the same but does not match in filters and lookups.',
  },
  'cell.error': {
    field: 'text', severity: 'error',
    vi: 'Ô chứa lỗi công thức {value}: sửa công thức hoặc nhập lại nội dung.',
    en: 'The cell holds the formula error {value}: fix the formula or retype the content.',
  },
  'task.missing': {
    field: 'task', severity: 'warning',
    vi: 'Dòng có thông tin nhưng thiếu nội dung nhiệm vụ.',
    en: 'Row has details but no task text.',
  },
  'owner.missing': {
    field: 'owner', severity: 'error',
    vi: 'Thiếu đơn vị chủ trì.',
    en: 'Owner (lead unit) is missing.',
  },
  'owner.unknown': {
    field: 'owner', severity: 'warning',
    vi: 'Không nhận diện được đơn vị “{name}” (kiểm tra chính tả hoặc bổ sung vào danh mục đơn vị).',
    en: 'Unknown agency “{name}” (check the spelling or add it to the agency directory).',
  },
  'owner.collective': {
    field: 'owner', severity: 'warning',
    vi: 'Chủ trì không cụ thể (“{name}”): nên giao cho một đơn vị chịu trách nhiệm chính.',
    en: 'Collective owner (“{name}”): name one accountable lead unit.',
  },
  'owner.multiple': {
    field: 'owner', severity: 'warning',
    vi: 'Có {count} đơn vị chủ trì: nên giao một đơn vị chủ trì, các đơn vị khác phối hợp.',
    en: '{count} lead units named: give one lead and list the others as partners.',
  },
  'owner.renamed': {
    field: 'owner', severity: 'info',
    vi: '“{name}” đã được sắp xếp lại năm 2025 → {successor}.',
    en: '“{name}” was merged or renamed in 2025 → {successor}.',
  },
  'partners.unknown': {
    field: 'partners', severity: 'info',
    vi: 'Không nhận diện được đơn vị phối hợp “{name}”.',
    en: 'Unknown partner agency “{name}”.',
  },
  'deadline.missing': {
    field: 'deadline', severity: 'error',
    vi: 'Thiếu thời hạn hoàn thành.',
    en: 'Deadline is missing.',
  },
  'deadline.invalid': {
    field: 'deadline', severity: 'error',
    vi: 'Thời hạn không hợp lệ: “{text}”{reason}.',
    en: 'Invalid deadline: “{text}”{reasonEn}.',
  },
  'deadline.vague': {
    field: 'deadline', severity: 'warning', strict: 'error',
    vi: 'Thời hạn không xác định được ngày: “{text}”{reason}.',
    en: 'Deadline gives no date: “{text}”{reasonEn}.',
  },
  'deadline.ambiguous': {
    field: 'deadline', severity: 'info',
    vi: 'Thời hạn “{text}” được hiểu là {due}{reason}; đề nghị ghi rõ.',
    en: 'Deadline “{text}” read as {due}{reasonEn}; consider stating it exactly.',
  },
  'deadline.ongoing': {
    field: 'deadline', severity: 'info',
    vi: 'Nhiệm vụ thường xuyên, không có hạn cuối (“{text}”).',
    en: 'Ongoing task with no final due date (“{text}”).',
  },
  'deadline.follow-up': {
    field: 'deadline', severity: 'info',
    vi: 'Ô thời hạn có nhiều mốc: lấy mốc đầu {due}; phần sau là việc tiếp theo.',
    en: 'Deadline cell has several milestones: the first, {due}, is used; the rest is follow-up work.',
  },
  'target.missing': {
    field: 'target', severity: 'error',
    vi: 'Thiếu chỉ tiêu / kết quả cần đạt.',
    en: 'Target (expected result) is missing.',
  },
  'target.vague': {
    field: 'target', severity: 'warning', strict: 'error',
    vi: 'Chỉ tiêu chưa cụ thể, không đo đếm được: “{text}”.',
    en: 'Target is vague, not measurable: “{text}”.',
  },
  'task.overdue': {
    field: 'deadline', severity: 'warning',
    vi: 'Quá hạn {days} ngày (hạn {due}), chưa hoàn thành.',
    en: 'Overdue by {days} days (due {due}), not done.',
  },
  'task.due-soon': {
    field: 'deadline', severity: 'info',
    vi: 'Sắp đến hạn: {left} (hạn {due}).',
    en: 'Due soon: {leftEn} (due {due}).',
  },
  'task.done-late': {
    field: 'progress', severity: 'info',
    vi: 'Hoàn thành quá hạn (hạn {due}, hoàn thành {doneOn}).',
    en: 'Done late (due {due}, done {doneOn}).',
  },
} satisfies Record<string, FindingSpec>;

export type FindingCode = keyof typeof CATALOGUE;

export const FINDING_CODES = Object.keys(CATALOGUE) as FindingCode[];

/**
 * A template split once into literal text and parameter names: [text, name, text, name, …, text].
 * Filling it is then a join, not a regex replace per finding (100,000-task sheets make 130,000).
 */
const PARTS = new Map<string, string[]>();

function parts(template: string): string[] {
  let p = PARTS.get(template);
  if (!p) PARTS.set(template, (p = template.split(/\{(\w+)\}/)));
  return p;
}

/**
 * Filled messages, looked up by template and then by each parameter's value in turn. A sheet
 * repeats the same finding ("Thời hạn không xác định được ngày: “Theo Kế hoạch…”") on thousands of
 * rows; looking its message up by values (texts from the parse memos, whose hashes V8 keeps, and
 * small numbers) costs less than building and hashing the message again, and the report holds one
 * copy of each message, which is smaller to keep and cheaper for the garbage collector to move.
 */
type Filled = Map<string | number | undefined, Filled | string>;
const FILLED = new Map<string, Filled>();
let filledCount = 0;

function fill(template: string, params: Params): string {
  const p = parts(template);
  if (p.length === 1) return p[0];
  let node = FILLED.get(template);
  if (!node) FILLED.set(template, (node = new Map()));
  // p is [text, name, text, …, name, text]: every name but the last leads to another level.
  for (let i = 1; i < p.length - 2; i += 2) {
    const value = params[p[i]];
    let next = node.get(value) as Filled | undefined;
    if (!next) node.set(value, (next = new Map()));
    node = next;
  }
  const last = params[p[p.length - 2]];
  let message = node.get(last) as string | undefined;
  if (message === undefined) {
    if (++filledCount > 20_000) {
      FILLED.clear();
      filledCount = 0;
    }
    message = p[0];
    for (let i = 1; i < p.length; i += 2) message += (p[i] in params ? String(params[p[i]]) : '') + p[i + 1];
    node.set(last, message);
  }
  return message;
}

/** The {left} of task.due-soon: "còn 3 ngày", and on the due date itself "đến hạn hôm nay", not "còn 0 ngày". */
export function daysLeft(days: number): { left: string; leftEn: string } {
  if (days === 0) return { left: 'đến hạn hôm nay', leftEn: 'due today' };
  return { left: `còn ${days} ngày`, leftEn: days === 1 ? '1 day left' : `${days} days left` };
}

export function severityOf(code: FindingCode, profile: Profile): Severity {
  const spec: FindingSpec = CATALOGUE[code];
  return profile === 'strict' && spec.strict ? spec.strict : spec.severity;
}

/** A finding about the cell at (row, col), with its messages filled in. */
export function makeFinding(code: FindingCode, row: number, col: number, profile: Profile, params: Params = {}, field?: Field): Finding {
  const spec: FindingSpec = CATALOGUE[code];
  return {
    cell: a1(row, col),
    row,
    column: columnLetter(col),
    field: field ?? spec.field,
    code,
    severity: severityOf(code, profile),
    message: fill(spec.vi, params),
    messageEn: fill(spec.en, params),
  };
}
