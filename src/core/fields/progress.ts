/**
 * Progress cells of tracking sheets ("Tiến độ thực hiện", "Kết quả thực hiện", "Tình trạng"):
 * done, in progress, not started or unknown, with a percentage and a completion date if written.
 * Negations come first: "Chưa hoàn thành" is not done, "Chưa thực hiện" is not started.
 */
import { excelSerialToIso, isDateFormat } from '../dates';
import { frozen, StringMemo } from '../memo';
import { clean } from '../text/normalize';
import type { ProgressInfo } from '../types';
import { isErrorValue, type CellInput } from './cell-input';
import { deadlineKey, findDated } from './deadline-patterns';

const NOT_STARTED = /\b(?:chua\s+(?:thuc hien|th|trien khai|bat dau|lam|co|to chuc|ban hanh)|khong\s+(?:thuc hien|trien khai))\b/;
// "Chưa được phê duyệt": the negated forms of the done words below.
const NOT_DONE = /\b(?:chua|khong)\s+(?:hoan thanh|xong|dat|ht|(?:duoc\s+)?(?:phe duyet|nghiem thu))\b/;
/**
 * Done: completed, approved, accepted, put into service, the target met or passed ("Vượt 5% kế
 * hoạch"), "HT" (hoàn thành) as the whole cell. A share reached ("đạt 80% kế hoạch") is a measure,
 * read before this.
 */
const DONE = new RegExp(
  [
    '\\b(?:da\\s+)?(?:hoan thanh|xong)\\b',
    '\\bda\\s+(?:duoc\\s+)?(?:thuc hien|(?:ky\\s+)?ban hanh|trien khai xong|to chuc|dat|phe duyet|nghiem thu|(?:dua vao\\s+)?van hanh|dua vao su dung)\\b',
    '\\bdat (?:chi tieu|ke hoach|muc tieu)\\b',
    '\\bvuot(?:\\s+[\\d.,]+\\s*%)?\\s+(?:chi tieu|ke hoach|muc tieu)\\b',
    '^(?:da\\s+)?ht$',
  ].join('|'),
);
const STAGE = '(?:giai doan|dot|buoc|phan|hang muc)';
// A stage's number is small: "giai đoạn 2021-2025" is a period, not a stage.
const STAGE_NO = '(?:\\d{1,2}|i{1,3}|iv|v|mot|hai|dau)';
// "đợt 1 và đợt 2", "giai đoạn I, II", "bước 1-3": every stage is listed, so the work is done.
const STAGE_LIST = `\\s*(?:va|,|-|\\+)\\s*(?:${STAGE}\\s+)?${STAGE_NO}\\b`;
/**
 * Under way, although a done word may follow: a completion still to come ("Dự kiến hoàn thành
 * tháng 12", "Phấn đấu hoàn thành trước 31/12/2025", "Phấn đấu đạt chỉ tiêu"), part of the work
 * ("Cơ bản hoàn thành", "Đã hoàn thành giai đoạn 1", "Đã thực hiện đợt 1": one stage named alone).
 */
const IN_PROGRESS = new RegExp(
  [
    '\\b(?:dang\\s+(?:thuc hien|trien khai|xay dung|hoan thien|hoan thanh|lam|tien hanh|trinh|tham muu)|dang\\b|tiep tuc|cham tien do|da trien khai(?!\\s+xong))',
    '\\b(?:du kien|se|sap|phan dau|du dinh)\\s+(?:(?:se|duoc)\\s+)?(?:hoan thanh|xong|ket thuc|dat|vuot)\\b',
    '\\bco ban\\s+(?:da\\s+)?(?:hoan thanh|xong)\\b',
    `\\b(?:hoan thanh|thuc hien|xong|to chuc|trien khai)\\s+(?:xong\\s+)?${STAGE}\\s+${STAGE_NO}\\b(?!${STAGE_LIST})`,
  ].join('|'),
);
/**
 * A timing or a step without a state (a ward's sheet: 🟢 Còn hạn, 🟡 Sắp đến hạn; "Đúng tiến độ",
 * "Đã gia hạn", "Đã gửi dự thảo xin ý kiến", "Thường xuyên thực hiện"): the task is not done yet.
 * Read only when no done word is written: "Hoàn thành đúng tiến độ" is done.
 */
const UNDER_WAY = /\b(?:trong|con) (?:han|thoi han)\b|\bsap (?:den|het) han\b|\b(?:dung|dam bao|vuot) tien do\b|\bgia han\b|\bdu thao\b|\bxin y kien\b|\bthuong xuyen\b|\bda chi dao\b/;
const OVERDUE = /^\W*(?:da\s+)?(?:qua|tre) (?:han|thoi han)\b/;
// A percentage that measures the progress itself: "80%", "Đạt 80%", "Đã hoàn thành 80%", "Đang thực hiện (60%)".
const MEASURE = /^(?:(?:da|dang|duoc|dat|hoan thanh|xong|thuc hien|trien khai|tien do|khoi luong|uoc|khoang|tren|gan)\s*)*\(?\s*(\d{1,3}(?:[.,]\d+)?)\s*%/;
const ANY_PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;
/**
 * A count of the work planned: "Đã tổ chức 2/4 hội nghị", "đạt 3/5 chỉ tiêu", "2 trên 4 đợt".
 * The fraction must be followed by a word (a noun counted) and not follow a time word, so that
 * "2/4" as a date ("ngày 2/4", "từ 2/4", "2/4/2023"), a month or quarter ("Tháng 6/2025", "Quý
 * 1/2025": a year has four digits) or a document number ("12/KH-UBND") is not read as a count.
 */
const COUNT = /(?<![\d/.-])(?<!(?:ngay|thang|quy|nam|tu|den|vao|truoc|sau)\s)(\d{1,3})\s*(?:\/|tren|trong so|trong tong so)\s*(\d{1,3})(?![\d/.-])\s+(?=[a-z])/;

export function parseProgress(cell: CellInput, ctx: { planYear: number | null; date1904?: boolean }): ProgressInfo {
  // A copy: callers may keep or change what they get.
  return { ...readProgress(cell, ctx) };
}

/** The reading itself, frozen: a text cell's is the memo entry shared by every cell with that text. */
export function readProgress(cell: CellInput, ctx: { planYear: number | null; date1904?: boolean }): Readonly<ProgressInfo> {
  const { value } = cell;
  if (isErrorValue(value)) return { text: cell.text || value.error, state: 'unknown', percent: null };
  if (typeof value === 'number') return fromNumber(value, cell, ctx.date1904 ?? false);
  if (typeof value === 'boolean') return { text: cell.text || String(value), state: value ? 'done' : 'unknown', percent: value ? 100 : null };
  // Keyed by the raw text: clean() is part of what the memo saves.
  return textMemo.get(cell.text || (value === null ? '' : String(value)));
}

// Tracking sheets repeat a few statuses ("Hoàn thành", "Đang thực hiện"): read each text once.
const textMemo = new StringMemo((raw: string): Readonly<ProgressInfo> => {
  const text = clean(raw);
  return frozen(text ? fromText(text) : { text, state: 'unknown', percent: null });
});

function fromText(text: string): ProgressInfo {
  const key = deadlineKey(text);
  const measure = MEASURE.exec(key);
  const any = ANY_PERCENT.exec(key);
  const percentOf = (m: RegExpExecArray | null) => (m ? Math.min(100, Number(m[1].replace(',', '.'))) : null);

  if (NOT_STARTED.test(key) && !DONE.test(key.replace(NOT_DONE, ''))) return { text, state: 'not-started', percent: 0 };
  if (NOT_DONE.test(key)) {
    const p = percentOf(measure) ?? percentOf(any);
    return { text, state: p === 0 ? 'not-started' : 'in-progress', percent: p !== null && p < 100 ? p : null };
  }
  const measured = percentOf(measure);
  if (measured !== null) return byPercent(text, measured, completedOn(key));
  const counted = countedPercent(key);
  if (counted !== null) return byPercent(text, counted, counted >= 100 ? completedOn(key) : null);
  // "Hoàn thành chậm tiến độ" is done late, although "chậm tiến độ" alone means still under way.
  // Under way, late ("Đang triển khai, chậm tiến độ, dự kiến hoàn thành tháng 12") is not done.
  if (DONE.test(key) && !IN_PROGRESS.test(key.replace(LATE, ' '))) return withTiming({ text, state: 'done', percent: 100, doneOn: completedOn(key) }, key);
  const p = percentOf(any);
  if (p !== null && !IN_PROGRESS.test(key)) return byPercent(text, p, completedOn(key));
  if (IN_PROGRESS.test(key)) return { text, state: 'in-progress', percent: p !== null && p < 100 ? p : null };
  // "Quá hạn" as a state (a ward's tracking sheet: 🔴 Quá hạn) says the task is not done yet.
  if (OVERDUE.test(key) || UNDER_WAY.test(key)) return { text, state: 'in-progress', percent: null };
  return { text, state: 'unknown', percent: null };
}

/**
 * Official task reports class done tasks as "hoàn thành đúng hạn" / "hoàn thành quá hạn"
 * (Báo cáo 1270/BC-TCTTTg); a sheet may state that class instead of a completion date.
 */
const ON_TIME = /\b(?:dung|truoc|trong) (?:han|thoi han)\b|\b(?:dung|dam bao) tien do\b/;
// "Hoàn thành chậm 2 tháng", "Đã hoàn thành trễ 10 ngày": a stated delay; "không đúng hạn",
// "không đảm bảo tiến độ": the on-time words negated (read first).
const LATE = /\b(?:qua|tre|cham|sau) (?:han|thoi han)\b|\bcham (?:so voi |hon )?(?:tien do|ke hoach|yeu cau)\b|\b(?:tre|cham) \d+ (?:ngay|tuan|thang|nam)\b|\bkhong (?:dung|dam bao) (?:han|thoi han|tien do)\b/;

function withTiming(p: ProgressInfo, key: string): ProgressInfo {
  if (LATE.test(key)) p.timing = 'late';
  else if (ON_TIME.test(key)) p.timing = 'on-time';
  return p;
}

/** "2/4 hội nghị" → 50: the share of the counted work done, or null when the cell counts nothing. */
function countedPercent(key: string): number | null {
  const m = COUNT.exec(key);
  if (!m) return null;
  const done = Number(m[1]);
  const planned = Number(m[2]);
  if (planned === 0 || done > planned) return null;
  return Math.round((done / planned) * 1000) / 10;
}

function byPercent(text: string, percent: number, doneOn: string | null): ProgressInfo {
  if (percent >= 100) return { text, state: 'done', percent: 100, doneOn };
  return { text, state: percent === 0 ? 'not-started' : 'in-progress', percent };
}

/** A number: a date (completed on), a fraction (0.8 = 80 %) or a percentage (80). */
function fromNumber(n: number, cell: CellInput, date1904: boolean): ProgressInfo {
  const text = clean(cell.text || String(n));
  const serial = serialDay(cell, date1904);
  if (serial !== undefined) return serial ? { text, state: 'done', percent: 100, doneOn: serial } : { text, state: 'unknown', percent: null };
  const fraction = (cell.numberFormat ?? '').includes('%') || /%/.test(text) || (n > 0 && n < 1);
  const percent = Math.round((fraction ? n * 100 : n) * 10) / 10;
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) return { text, state: 'unknown', percent: null };
  return byPercent(text, percent, null);
}

/**
 * A reading completed by the row's cell in a column of actual completion dates ("Ngày hoàn thành
 * thực tế" in task-tracking exports), a date serial or a day-first text. A done task takes its
 * completion date from there (the column records it; a date in the state text may only be the
 * date of a document); a blank or unreadable state is done on that day. A state that says not
 * done ("Đang thực hiện", "🔴 Quá hạn") stays not done: a date written early is not a completion.
 */
export function withCompletionDate(p: Readonly<ProgressInfo>, cell: CellInput, ctx: { date1904?: boolean }): Readonly<ProgressInfo> {
  if (p.state !== 'done' && p.state !== 'unknown') return p;
  const doneOn = dateIn(cell, ctx.date1904 ?? false);
  if (doneOn === null || p.doneOn === doneOn) return p;
  // Frozen like every other reading the report holds.
  if (p.state === 'done') return frozen({ ...p, doneOn });
  return frozen({ text: p.text || clean(cell.text), state: 'done', percent: 100, doneOn });
}

/**
 * A done task whose note ("Ghi chú") says when it was done: a date alone ("05/8/2026", a date
 * serial) or after a done word ("Hoàn thành ngày 05/8/2026", "HT ngày 20/8/2026"). Other notes
 * that hold a date ("Theo Văn bản số 12/UBND ngày 3/5/2026") say something else. The note only
 * completes a done state that gives no date itself: it never makes a task done.
 */
export function withNoteDate(p: Readonly<ProgressInfo>, cell: CellInput, ctx: { date1904?: boolean }): Readonly<ProgressInfo> {
  if (p.state !== 'done' || p.doneOn) return p;
  const doneOn = dateIn(cell, ctx.date1904 ?? false, notedDates);
  return doneOn === null ? p : frozen({ ...p, doneOn });
}

/** A note that is only a completion date, perhaps after a done word: "HT ngày 20/8/2026". */
const NOTED_COMPLETION = /^(?:(?:da\s+)?(?:hoan thanh|xong|ht)\b[\s,:-]*(?:(?:vao\s+)?ngay\b\s*)?)?\(?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\)?$/;

/**
 * The day a date cell holds: a serial in a date format, else a full day-month-year in its text,
 * as `texts` reads it (any text, or only a note that is a completion date).
 */
function dateIn(cell: CellInput, date1904: boolean, texts = textDates): string | null {
  const serial = serialDay(cell, date1904);
  return serial !== undefined ? serial : texts.get(cell.text);
}

/** The day a number in a date format stands for (null out of range); undefined when the cell is not one. */
function serialDay(cell: CellInput, date1904: boolean): string | null | undefined {
  return typeof cell.value === 'number' && isDateFormat(cell.numberFormat) ? excelSerialToIso(cell.value, date1904) : undefined;
}

/** A text's completion date, where its key matches `only` if given; deadlineKey cleans the text itself. */
function textDate(raw: string, only?: RegExp): string | null {
  const key = deadlineKey(raw);
  return key && (!only || only.test(key)) ? completedOn(key) : null;
}

// Each row's completion date or note is read once per distinct text, like the states above.
const textDates = new StringMemo((raw: string) => textDate(raw));
const notedDates = new StringMemo((raw: string) => textDate(raw, NOTED_COMPLETION));

/**
 * The completion date a cell states: "Hoàn thành ngày 15/8/2023", "Đã ban hành Kế hoạch số
 * 12/KH-UBND ngày 3/5/2023" (the issue date of the document that completes the task).
 * Only a full day-month-year counts.
 */
function completedOn(key: string): string | null {
  // The fallback year is irrelevant: dates without a year are skipped.
  const day = findDated(key, 2000).find((d) => d.form === 'day' && !d.invalid && !d.flags.includes('no-year'));
  return day?.due ?? null;
}
