/** One entry point for the four layouts. */
import type { TableRequest } from './build-context';
import type { LayoutKind, TableLayout } from './layout';
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
