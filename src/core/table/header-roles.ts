/**
 * Column roles from header wording. Headers vary ("Cơ quan chủ trì[1]", "CHỦ TRÌ", "Đơn vị chủ trì
 * theo dõi", "Thời gian hoàn thành", "Sản phẩm đầu ra"); they are compared on the loose key (no
 * diacritics, no case, no footnotes). Ambiguous words get several candidates; detect.ts decides.
 */
import { hasLetter, looseKey } from '../text/normalize';
import type { Role } from '../types';

export interface RoleCandidate {
  role: Role;
  score: number;
}

/**
 * "Kết quả" alone or qualified otherwise than as an outcome: the target of a plan or a report's
 * progress. "Kết quả đạt được" is one too: a plan's result to reach (as "Chỉ tiêu đạt được",
 * "Kết quả cần đạt được" are) as often as a report's result reached; detect.ts decides.
 */
const PLAIN_KET_QUA = /^ket qua$|^ket qua (?!xu ly|thuc hien|trien khai)/;

/** A plain "Kết quả" as a target: below the target words, and dropped in a report (detect.ts). */
export const PLAIN_TARGET = 5;

const PERCENT = /^tien do %$|^% hoan thanh$|ty le hoan thanh|phan tram hoan thanh/;

/** A column of progress percentages ("Tiến độ (%)", "Tỷ lệ hoàn thành"). */
export function isPercentColumn(headerText: string): boolean {
  return PERCENT.test(looseKey(headerText));
}

/** [pattern on the loose key, role, score]: a higher score wins when a header matches several. */
const RULES: [RegExp, Role, number][] = [
  [/^(?:stt|tt|so tt|so thu tu|thu tu|ma so|ma)$/, 'id', 10],
  [/^ghi chu/, 'note', 10],
  // A report with both a state ("Tình trạng") and a narrative ("Kết quả thực hiện: Đã ban hành
  // Kế hoạch số …") tracks the state: the narrative reads as done whatever the state says.
  [/tien do thuc hien|tinh trang|trang thai|muc do hoan thanh/, 'progress', 9.5],
  // A percentage ("Tiến độ (%)", "Tỷ lệ hoàn thành") states progress more precisely than a
  // narrative result, less surely than a state ("Trạng thái: 🔴 Quá hạn" beside "Tiến độ (%)").
  [PERCENT, 'progress', 9.4],
  [/ket qua thuc hien|ket qua xu ly|tinh hinh thuc hien|ket qua trien khai/, 'progress', 9],
  [/thoi gian|thoi han|tien do hoan thanh|moc thoi gian|han hoan thanh|thoi diem|^tien do$/, 'deadline', 8],
  // Other names for the due date; below "Thời hạn", which wins where a tracking sheet has both
  // (its "Ngày hoàn thành" is then the day the work was done: detect.ts, completionColumn).
  [/^ngay hoan thanh$|^han xu ly$|^ngay het han$|^han chot$|^moc hoan thanh$|^lo trinh(?: thuc hien)?$|^nam thuc hien$|\bket thuc$|\bden ngay$/, 'deadline', 7],
  // In a plan (not a report) "Tiến độ thực hiện" is often the schedule: detect.ts decides by its cells.
  [/^tien do thuc hien$/, 'deadline', 3],
  [/chu tri|phan cong nhiem vu|phan cong thuc hien|^chu tri$/, 'owner', 9],
  [/phoi hop/, 'partners', 9],
  // Commune and office plans: the unit that answers for the task, or drafts it for the leader.
  [/^(?:don vi|co quan|bo phan)(?: \w+)? (?:chiu trach nhiem|tham muu|dau moi)(?: thuc hien)?$|^dau moi(?: thuc hien)?$|^trach nhiem thuc hien$/, 'owner', 8],
  [/(?:don vi|co quan|bo phan)(?: \w+)? thuc hien|^thuc hien$/, 'owner', 5],
  [/(?:don vi|co quan|bo phan)(?: \w+)? thuc hien|^thuc hien$/, 'partners', 4],
  [/chi so noi dung|chi so thanh phan|noi dung chi so|tieu chi|linh vuc|^chi so$|chi so/, 'criterion', 7],
  [/ket qua can dat|ket qua du kien|san pham|muc tieu|chi tieu dat duoc|yeu cau can dat|ket qua dau ra/, 'target', 8],
  [/^chi tieu/, 'target', 6],
  // "Yêu cầu" (what the result must meet), "Hình thức văn bản" (the document to be issued).
  [/^yeu cau$|^hinh thuc van ban$/, 'target', 6],
  // An indicator table's value for the year: "Kế hoạch 2026", "Kế hoạch năm 2026".
  [/^ke hoach (?:nam )?(?:19|20)\d\d$/, 'target', 6],
  [/^chi tieu/, 'task', 3],
  // "Kết quả xử lý", "Kết quả thực hiện" (a tracking sheet's outcome) are only ever progress.
  [PLAIN_KET_QUA, 'target', PLAIN_TARGET],
  [PLAIN_KET_QUA, 'progress', 4],
  [/nhiem vu|giai phap|ten de an|ten du an|hoat dong|cong viec|^noi dung|noi dung chinh/, 'task', 7],
];

/**
 * Headers that name columns the engine does not read. "LĐVP chủ trì" (the office leader in
 * charge, beside "Đơn vị chủ trì thực hiện" in task-tracking exports) names a person, not the owner.
 */
const IGNORED = /nguon kinh phi|kinh phi|nguon luc|don vi tinh|^dvt$|^don vi$|thuoc nhom|du toan|^(?:ldvp|lanh dao)\b/;

/**
 * An extension's record ("Gia hạn - Số lần", "Gia hạn - Mốc cũ", "Thời hạn cũ"): the count and
 * the deadline it replaced, not the deadline in force. "Gia hạn đến ngày" (the new one) is not one.
 */
const EXTENSION = /^(?:so )?lan gia han$|^gia han (?:so lan|lan|moc cu|han cu|thoi han cu)\b|^(?:moc|han|thoi han|ngay het han) cu$/;

/**
 * The day the work was actually done ("Ngày hoàn thành thực tế", "Thời gian hoàn thành thực
 * tế"): progress, never the deadline its "hoàn thành" or "thời gian" would otherwise suggest.
 * detect.ts makes it the table's completion-date column, and the progress only where no state
 * or narrative column is beside it.
 */
const COMPLETED_ON = /^(?:ngay|thoi gian|thoi diem) (?:hoan thanh thuc te|thuc te hoan thanh)$/;
export const COMPLETED_ON_ROLES: RoleCandidate[] = [{ role: 'progress', score: 9 }];
/** "Ngày hoàn thành" alone: the deadline, unless another column names the deadline ("Thời hạn"). */
const DONE_ON_BESIDE_DEADLINE = /^ngay hoan thanh$/;

/**
 * A column of actual completion dates (COMPLETED_ON), or a plain "Ngày hoàn thành" where
 * another column is the deadline (`besideDeadline`): a tracking sheet's day the work was done.
 */
export function isCompletionDateColumn(headerText: string, besideDeadline = false): boolean {
  const key = looseKey(headerText);
  return COMPLETED_ON.test(key) || (besideDeadline && DONE_ON_BESIDE_DEADLINE.test(key));
}

/**
 * A schedule split into a start and an end column ("Thời gian bắt đầu | Thời gian hoàn thành",
 * "Từ ngày | Đến ngày", or "Bắt đầu | Kết thúc" under a merged "Thời gian"): the end is the
 * deadline, and the start is not read, so that it cannot be taken for the deadline.
 */
const START_ONLY = /\bbat dau\b|\btu ngay\b|\bkhoi cong\b/;
const END_TOO = /\bket thuc\b|\bhoan thanh\b|\bden ngay\b/;

function namesStartOnly(key: string): boolean {
  return START_ONLY.test(key) && !END_TOO.test(key);
}

/** A start column, also under a group header ("Thời gian thực hiện" over "Bắt đầu"). */
export function isStartColumn(headerText: string): boolean {
  return namesStartOnly(looseKey(headerText));
}

const memo = new Map<string, RoleCandidate[]>();

/** Role candidates of a header text, best first; memoised because sheets repeat short labels. */
export function roleOfHeader(headerText: string): RoleCandidate[] {
  let hit = memo.get(headerText);
  if (!hit) {
    // Letterless texts (ids of 100,000 task rows) would only flush the memo: answer them directly.
    if (!hasLetter(headerText)) return [];
    if (memo.size > 20_000) memo.clear();
    memo.set(headerText, (hit = computeRoles(headerText)));
  }
  return hit;
}

function computeRoles(headerText: string): RoleCandidate[] {
  const key = looseKey(headerText);
  if (!key || key.length > 90 || IGNORED.test(key) || EXTENSION.test(key) || namesStartOnly(key)) return [];
  if (COMPLETED_ON.test(key)) return COMPLETED_ON_ROLES;
  const seen = new Set<Role>();
  const out: RoleCandidate[] = [];
  for (const [re, role, score] of RULES) {
    if (!seen.has(role) && re.test(key)) {
      seen.add(role);
      out.push({ role, score });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/** True when the text looks like a header cell of any task table. */
export function isHeaderWord(text: string): boolean {
  return roleOfHeader(text).length > 0;
}

/** At most 60 characters and 10 words (9 spaces): counted in place, as every cell of every row asks. */
export function isShortLabel(t: string): boolean {
  if (t.length > 60) return false;
  let spaces = 0;
  for (let i = t.indexOf(' '); i !== -1; i = t.indexOf(' ', i + 1)) if (++spaces > 9) return false;
  return true;
}
