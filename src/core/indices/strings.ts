/** The index tables' own words, Vietnamese first, English second. */
import type { Label } from './model';
import type { GroupCode } from './model';

export const GROUP_LABELS: Record<GroupCode, Label> = {
  CN: { vi: 'Cao nhất', en: 'High' },
  TBC: { vi: 'Trung bình cao', en: 'High average' },
  TBT: { vi: 'Trung bình thấp', en: 'Low average' },
  TN: { vi: 'Thấp nhất', en: 'Low' },
};

export const T = {
  year: { vi: 'Năm', en: 'Year' },
  overallRank: { vi: 'Xếp hạng chung', en: 'Overall rank' },
  rank: { vi: 'Xếp hạng', en: 'Rank' },
  score: { vi: 'Điểm số', en: 'Score' },
  scoreShort: { vi: 'Điểm', en: 'Score' },
  group: { vi: 'Xếp nhóm', en: 'Group' },
  dimensions: { vi: 'Chỉ số nội dung', en: 'Dimensions' },
  areas: { vi: 'Lĩnh vực', en: 'Area' },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  provinceBefore2025: { vi: 'Tỉnh (trước 01/7/2025)', en: 'Province (before 1 July 2025)' },
  region: { vi: 'Vùng', en: 'Region' },
  no: { vi: 'STT', en: 'No.' },
  max: { vi: 'Điểm tối đa', en: 'Maximum' },
  change: { vi: 'Tăng/giảm so với năm trước', en: 'Change on previous year' },
  nationalMean: { vi: 'Trung bình toàn quốc', en: 'National mean' },
  regionMean: { vi: 'Trung bình vùng', en: 'Regional mean' },
  source: { vi: 'Nguồn', en: 'Source' },
} satisfies Record<string, Label>;

export const targetHeaders = (year: number, next: number): Record<'increase' | 'target' | 'yearGroup', Label> => ({
  yearGroup: { vi: `Năm ${year}`, en: `${year}` },
  increase: { vi: `Dự kiến tăng điểm năm ${next}`, en: `Planned increase ${next}` },
  target: { vi: `Mục tiêu Kế hoạch năm ${next} (điểm)`, en: `Target ${next} (points)` },
});
