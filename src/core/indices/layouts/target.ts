/**
 * Target table, as in seed 001 §2.2: rank, score and maximum of the base year, the planned
 * increase (typed by the user) and the target = score + increase as a live formula shown as
 * "≥ 5,30". PAR INDEX areas carry their "Điểm thực hiện / Điều tra XHH" sub-rows, which get
 * no target of their own. A 2025 province gets one block per predecessor.
 */
import { Footer, memberName, metaOf, type TableRequest } from '../build-context';
import { formatRank } from '../format';
import { cell, empty, FORMAT, layoutKey, type LayoutCell, type LayoutMerge, type TableLayout } from '../layout';
import { pick, INDEX_SHORT } from '../model';
import { levelsOf, rankAt, scoreAt } from '../query';
import { T, targetHeaders } from '../strings';

/** Column positions, 0-based: the target formula refers to score and increase by offset. */
const COL = { no: 0, label: 1, rank: 2, score: 3, max: 4, increase: 5, target: 6 } as const;
export const TARGET_FORMULA_R1C1 = `=RC[${COL.score - COL.target}]+RC[${COL.increase - COL.target}]`;

export function targetLayout(req: TableRequest): TableLayout {
  const { ds, lang } = req;
  const year = req.years[req.years.length - 1];
  const footer = new Footer(lang);
  const h = targetHeaders(year, year + 1);
  const bold = { bold: true, align: 'center' as const };
  const header: LayoutCell[][] = [
    [cell(pick(T.no, lang), bold), cell(pick(ds.id === 'papi' ? T.dimensions : T.areas, lang), bold), cell(pick(h.yearGroup, lang), bold), cell(null), cell(pick(T.max, lang), bold), cell(pick(h.increase, lang), bold), cell(pick(h.target, lang), bold)],
    [cell(null), cell(null), cell(pick(T.rank, lang), bold), cell(pick(T.scoreShort, lang), bold), cell(null), cell(null), cell(null)],
  ];
  const merges: LayoutMerge[] = [
    { top: 1, left: COL.no, bottom: 2, right: COL.no },
    { top: 1, left: COL.label, bottom: 2, right: COL.label },
    { top: 1, left: COL.rank, bottom: 1, right: COL.score },
    { top: 1, left: COL.max, bottom: 2, right: COL.max },
    { top: 1, left: COL.increase, bottom: 2, right: COL.increase },
    { top: 1, left: COL.target, bottom: 2, right: COL.target },
  ];
  const body: LayoutCell[][] = [];
  const multi = req.selection.members.length > 1;
  for (const m of req.selection.members) {
    const who = memberName(req, m.code);
    if (multi) body.push([empty(), cell(who, { bold: true, data: { kind: 'label', text: who, unit: m.code } }), empty(), empty(), empty(), empty(), empty()]);
    let n = 0;
    for (const l of levelsOf(ds, year, m.code)) {
      const sub = l.parent !== null;
      if (l.code === 'total' || /^C\./.test(l.code)) continue;
      if (sub && ds.id === 'papi') continue; // PAPI targets are set per dimension
      const s = scoreAt(ds, year, m.code, l.code);
      if (!s) continue;
      footer.source(s.source);
      const r = sub ? null : rankAt(ds, year, m.code, l.code);
      if (r) footer.rank(r, who, l.code, year);
      const max = l.max ?? s.max;
      const style = { italic: sub };
      body.push([
        cell(sub ? null : ++n, { align: 'center' }),
        cell(pick(l.label, lang), { ...style, data: { kind: 'label', text: pick(l.label, lang), level: l.code, unit: m.code } }),
        r ? cell(formatRank(r, lang), { align: 'center', data: { kind: 'rank', rank: r.rank, of: r.of, basis: r.basis, level: l.code, year, computed: r.computed } }) : empty(),
        cell(s.value, { numberFormat: FORMAT.score, ...style, data: { kind: 'score', value: s.value, level: l.code, year, unit: m.code } }),
        max !== null ? cell(max, { ...style, data: { kind: 'max', value: max, level: l.code } }) : empty(),
        cell(null, { numberFormat: FORMAT.increase, ...style, data: { kind: 'increase', value: null, level: l.code } }),
        sub ? empty() : cell(s.value, { formulaR1C1: TARGET_FORMULA_R1C1, numberFormat: FORMAT.target, bold: true, data: { kind: 'target', level: l.code } }),
      ]);
    }
  }
  footer.note(lang === 'vi' ? 'Nhập mức dự kiến tăng điểm; cột mục tiêu tự tính = điểm + mức tăng.' : 'Type the planned increase; the target column computes score + increase.');
  const meta = metaOf({ ...req, years: [year] }, 'target');
  const name = INDEX_SHORT[ds.id];
  return {
    meta: { ...meta, key: layoutKey(meta) },
    title: lang === 'vi' ? `Mục tiêu ${name} năm ${year + 1} của ${meta.provinceName}` : `${name} targets for ${year + 1}: ${meta.provinceName}`,
    header,
    body,
    merges,
    columnWidths: [6, 48, 10, 9, 10, 14, 16],
    source: footer.sourceLine(),
    notes: footer.notes(),
  };
}
