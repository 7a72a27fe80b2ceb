/** One entry point for the four layouts. */
import type { TableRequest } from './build-context';
import type { LayoutKind, LayoutMeta, TableLayout } from './layout';
import type { Geo, IndexDataset, Province } from './model';
import { provinceByCode } from './provinces';
import { detailLayout } from './layouts/detail';
import { profileLayout } from './layouts/profile';
import { rankingLayout } from './layouts/ranking';
import { targetLayout } from './layouts/target';

export type { TableRequest } from './build-context';

export function buildTable(kind: LayoutKind, req: TableRequest): TableLayout {
  switch (kind) {
    case 'profile':
      return profileLayout(req);
    case 'detail':
      return detailLayout(req);
    case 'ranking':
      return rankingLayout(req);
    case 'target':
      return targetLayout(req);
  }
}

/** True when the table has at least one figure (a layout of nothing is not worth inserting). */
export function hasFigures(t: TableLayout): boolean {
  return t.body.some((row) => row.some((c) => c.data?.kind === 'score' || c.data?.kind === 'rank'));
}

/**
 * The request that builds a recorded table again ("Cập nhật bảng"): the same province, years,
 * level and language, over `ds` (the bundled data plus what the user imported since). Null when
 * the dataset no longer knows the province.
 */
export function requestFromMeta(meta: LayoutMeta, ds: IndexDataset, geo: Geo): TableRequest | null {
  const province = provinceByCode(geo, meta.province);
  const members = meta.members.map((m) => provinceByCode(geo, m.code)).filter((p): p is Province => p !== undefined);
  if (!province || members.length !== meta.members.length) return null;
  return { ds, geo, selection: { province, members }, years: meta.years, lang: meta.lang, level: meta.level };
}
