/**
 * Targets ("chỉ tiêu / kết quả / sản phẩm"): measurable (a number with a unit, a percentage or a
 * threshold), a named deliverable (a document or system), vague, or missing. Rules follow the
 * research notes §4.1; decimal commas and thousands dots are numbers.
 */
import { extractViNumbers } from '../numbers';
import { frozen, StringMemo } from '../memo';
import { clean, stripDiacritics, toneKey } from '../text/normalize';
import type { TargetInfo } from '../types';

const COMPARATOR = /(≥|≤|>=|<=|>|<|\btoi thieu\b|\bit nhat\b|\bkhong duoi\b|\bkhong qua\b|\bkhong vuot\b|\btren\b|\bduoi\b|\bphan dau\b|\bvuot\b|\btro len\b|\btop\b)/;
/**
 * Comparator verbs whose letters without diacritics spell other words ("hạ tầng", "đất", "giám
 * sát"): read with their diacritics, as whole words. "Tăng cường" (strengthen) is no increase.
 */
const COMPARATOR_VERB = /(?<!\p{L})(tăng|giảm|đạt)(?!\p{L})(?! cường)/u;
// What a number counts: "05 đợt", "10/năm" (a count per year, quarter or month).
const COUNTED = 'diem|bac|xa|phuong|thi tran|co so|don vi|ho so|nguoi|luot|dot|lop|van ban|tin|bai|cong trinh|cuoc|lan|hoi nghi|buoi|thon|to dan pho|ho|truong|cong chuc|can bo|thu tuc|dich vu|ty|trieu|nghin|km|ha|doanh nghiep|san pham|tieu chi|chi tieu|chi so|nhiem vu|co quan|tinh|huyen';
const PER_PERIOD = '\\/\\s*(?:nam|quy|thang)\\b';
const UNIT = new RegExp(`\\d\\s*(?:%|phan tram|${COUNTED}|${PER_PERIOD}|[a-z]+\\s*\\/\\s*[a-z])`);
// A rank: "Top 10" (a comparator above), "Hạng 15/63", "Xếp hạng 20/63".
const RANK = /\bhang\s*\d/;
/**
 * Numbers that name rather than count: a document's number ("Đề án 06", "Nghị quyết 57-NQ/TW",
 * "Nghị định 61/2018/NĐ-CP", "số 12/KH-UBND", "số 06/2025" but not "chuyển đổi số 100%"), a standard ("ISO 9001:2015"), a
 * version or a network generation ("4.0", "5G"). Years are dropped apart.
 */
const NAMING_NUMBER = new RegExp(
  [
    // Not a share or a count: "đạt kế hoạch 100%", "Kế hoạch 02 đợt kiểm tra".
    `\\b(?:de an|nghi quyet|nghi dinh|quyet dinh|thong tu|chi thi|ke hoach|chuong trinh|cong van|luat|iso|tcvn)\\s*(?:so\\s*)?(?![\\d.,]+\\s*(?:%|phan tram|(?:${COUNTED})\\b|${PER_PERIOD}))\\d[\\w/.:-]*`,
    '\\bso\\s*\\d+(?:[/.-]\\w+)+',
    // "12/KH-UBND", "57-NQ/TW"; not "10/năm" (a count per year).
    `\\b\\d+(?:\\/\\d+)*(?!\\d|${PER_PERIOD})[/-][a-z][\\w/-]*`,
    '\\b\\d\\.0\\b',
    '\\b\\d+g\\b',
  ].join('|'),
  'g',
);
const YEAR = /\b(?:19|20)\d\d\b/g;
// "Không có hồ sơ trễ hạn", "Không để xảy ra khiếu nại vượt cấp": zero as the target. "Không có
// chỉ tiêu" says there is no target.
const ZERO_CASES = /\bkhong (?:co|con|(?:de )?(?:xay ra|phat sinh|ton dong)) (?!(?:chi tieu|san pham|ket qua|muc tieu)\b)[a-z]/;
const DELIVERABLE = /^(?:(?:ban hanh|xay dung|co|hoan thanh|trinh|phe duyet|to chuc)\s+)?(?:(?:01|1|mot|cac)\s+)?(?:quyet dinh|ke hoach|chuong trinh|de an|bao cao|nghi quyet|nghi dinh|thong tu|quy che|quy dinh|quy chuan|tieu chuan|huong dan|van ban|bo tieu chi|bo chi so|co so du lieu|he thong|nen tang|phan mem|cong thong tin|cong dich vu|trang thong tin|luat|chi thi|cong van|tai lieu|an pham|de tai|mo hinh|so tay|ho so|danh muc|quy trinh|phong su|chuyen muc|hoi nghi|lop tap huan|tap huan|lop boi duong|lop dao tao|to trinh|du thao|bo cau hoi|phieu|bien ban|thong bao|ket luan|tin(?:,| va)? bai|bai viet)/;
// A named standard met or a certificate granted ("Đạt chuẩn ISO 9001:2015", "Được cấp chứng nhận
// VietGAP"): a deliverable, like a document. "Đạt chuẩn theo Nghị định …" names no standard.
const CERTIFIED = /^(?:(?:duoc\s+)?(?:cong nhan\s+)?dat chuan\s+(?!theo\b)[a-z]|(?:duoc\s+)?(?:cap|cong nhan|nhan)\s+(?:giay\s+)?chung nhan\b)/;
/**
 * A value alone, its unit in a "Đơn vị" column (NQ 03 PL I): "90", "≥ 55", "100%", and the
 * ranges "40 - 50", "16 - 18", "8 - 10" of the same table.
 */
const BARE_VALUE = /^\s*[≥≤<>]?=?\s*[\d.,]+\s*%?(?:\s*[-–]\s*[\d.,]+\s*%?)?\s*$/;
// "Theo Kế hoạch …" defers to another document; "Theo dõi …" (monitoring) is an activity.
const REFERENCE = /^(?:theo(?! doi| sat)|can cu|tuy theo|dam bao theo)\b/;
// A status typed in the target cell, alone or after the product: "Kế hoạch (đã thực hiện)".
const STATUS = /(?:^|\(\s*)(?:da|dang|chua)\s+(?:thuc hien|hoan thanh|trien khai)/;

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
  const counted = key.replace(NAMING_NUMBER, ' ').replace(YEAR, ' ');
  const numbers = extractViNumbers(counted);
  const verb = COMPARATOR_VERB.exec(toneKey(t))?.[1];
  const comparator = COMPARATOR.exec(key)?.[1] ?? (verb ? stripDiacritics(verb) : null);
  if (numbers.length > 0 && (UNIT.test(counted) || RANK.test(counted) || comparator !== null || BARE_VALUE.test(counted))) {
    return { text: t, kind: 'measurable', numbers, comparator };
  }
  if (ZERO_CASES.test(key)) return { text: t, kind: 'measurable', numbers: [0], comparator: null };
  if (DELIVERABLE.test(key) || CERTIFIED.test(key)) return { text: t, kind: 'deliverable' };
  return { text: t, kind: 'vague' };
}
