/**
 * Targets ("chỉ tiêu / kết quả / sản phẩm"): measurable (a number with a unit, a percentage or a
 * threshold), a named deliverable (a document or system), vague, or missing. Rules follow the
 * research notes §4.1; decimal commas and thousands dots are numbers.
 */
import { extractViNumbers } from '../numbers';
import { frozen, StringMemo } from '../memo';
import { clean, stripDiacritics } from '../text/normalize';
import type { TargetInfo } from '../types';

const COMPARATOR = /(≥|≤|>=|<=|>|<|\btoi thieu\b|\bit nhat\b|\bkhong duoi\b|\bkhong qua\b|\bkhong vuot\b|\btren\b|\bduoi\b|\bdat\b|\btang\b|\bgiam\b|\bphan dau\b|\bvuot\b|\btro len\b)/;
const UNIT = /\d\s*(?:%|phan tram|diem|bac|xa|phuong|thi tran|co so|don vi|ho so|nguoi|luot|dot|lop|van ban|tin|bai|cong trinh|cuoc|lan|hoi nghi|buoi|thon|to dan pho|ho|truong|cong chuc|can bo|thu tuc|dich vu|ty|trieu|nghin|km|ha|doanh nghiep|san pham|\/\s*(?:nam|quy|thang))/;
const ZERO_CASES = /\bkhong (?:co|de xay ra|phat sinh) (?:truong hop|vu viec|don thu|tinh trang)/;
const DELIVERABLE = /^(?:(?:ban hanh|xay dung|co|hoan thanh|trinh|phe duyet|to chuc)\s+)?(?:(?:01|1|mot|cac)\s+)?(?:quyet dinh|ke hoach|chuong trinh|de an|bao cao|nghi quyet|nghi dinh|thong tu|quy che|quy dinh|quy chuan|tieu chuan|huong dan|van ban|bo tieu chi|bo chi so|co so du lieu|he thong|nen tang|phan mem|cong thong tin|cong dich vu|trang thong tin|luat|chi thi|cong van|tai lieu|an pham|de tai|mo hinh|so tay|ho so|danh muc|quy trinh|phong su|chuyen muc|hoi nghi|lop tap huan|tap huan)/;
/**
 * A value alone, its unit in a "Đơn vị" column (NQ 03 PL I): "90", "≥ 55", "100%", and the
 * ranges "40 - 50", "16 - 18", "8 - 10" of the same table.
 */
const BARE_VALUE = /^\s*[≥≤<>]?=?\s*[\d.,]+\s*%?(?:\s*[-–]\s*[\d.,]+\s*%?)?\s*$/;
// "Theo Kế hoạch …" defers to another document; "Theo dõi …" (monitoring) is an activity.
const REFERENCE = /^(?:theo(?! doi| sat)|can cu|tuy theo|dam bao theo)\b/;
const STATUS = /^(?:da|dang|chua)\s+(?:thuc hien|hoan thanh|trien khai)/;

export interface TargetParse extends TargetInfo {
  numbers?: number[];
  comparator?: string | null;
}

// Targets repeat across rows ("100% xã, phường", "Kế hoạch"): classify each text once.
const memo = new StringMemo((text: string) => frozen(computeTarget(text)));

export function classifyTarget(text: string): TargetParse {
  const hit = readTarget(text);
  // A copy: callers may keep or change what they get.
  return hit.numbers ? { ...hit, numbers: [...hit.numbers] } : { ...hit };
}

/** The memo entry itself, frozen and shared by every cell with this text: for callers that only read it. */
export function readTarget(text: string): Readonly<TargetParse> {
  return memo.get(text);
}

function computeTarget(text: string): TargetParse {
  const t = clean(text);
  if (!t || /^[-–—.…x/]*$/i.test(t)) return { text: t, kind: 'missing' };
  const key = stripDiacritics(t).toLowerCase();
  if (REFERENCE.test(key) || STATUS.test(key)) return { text: t, kind: 'vague' };
  const numbers = extractViNumbers(key.replace(/\b(?:19|20)\d\d\b/g, ' ').replace(/\bso\s*[\d/.-]+[a-z-]*/g, ' '));
  const comparator = COMPARATOR.exec(key)?.[1] ?? null;
  if (numbers.length > 0 && (UNIT.test(key) || comparator !== null || BARE_VALUE.test(key))) {
    return { text: t, kind: 'measurable', numbers, comparator };
  }
  if (ZERO_CASES.test(key)) return { text: t, kind: 'measurable', numbers: [0], comparator: null };
  if (DELIVERABLE.test(key)) return { text: t, kind: 'deliverable' };
  return { text: t, kind: 'vague' };
}
