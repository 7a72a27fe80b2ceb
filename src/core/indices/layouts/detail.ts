/**
 * Dimension detail for one year: each dimension and its sub-dimensions with score, maximum,
 * group and change from the previous year. Sub-dimension codes change meaning between eras, so
 * a change is shown only when the previous year's level of that code has the same label.
 */
import { Footer, memberName, metaOf, type TableRequest } from '../build-context';
import { formatRank } from '../format';
import { cell, empty, FORMAT, layoutKey, type LayoutCell, type TableLayout } from '../layout';
import { pick, INDEX_SHORT } from '../model';
import { groupAt, levelsOf, rankAt, scoreAt } from '../query';
import { T } from '../strings';
import { looseKey } from '../../text/normalize';

export function detailLayout(req: TableRequest): TableLayout {
  const { ds, lang } = req;
  const year = req.years[req.years.length - 1];
  const footer = new Footer(lang);
  const multi = req.selection.members.length > 1;
  const cols = [
    ...(multi ? [T.provinceBefore2025] : []),
    T.no, ds.id === 'papi' ? T.dimensions : T.areas, T.score, T.max, ...(ds.quartileGroups ? [T.group] : []), T.rank, T.change,
  ];
  const header = [cols.map((c) => cell(pick(c, lang), { bold: true, align: 'center' }))];
  const body: LayoutCell[][] = [];
  for (const m of req.selection.members) {
    const who = memberName(req, m.code);
    const prevLevels = new Map(levelsOf(ds, year - 1, m.code).map((l) => [l.code, l]));
    let n = 0;
    for (const l of levelsOf(ds, year, m.code)) {
      const sub = l.parent !== null;
      const s = scoreAt(ds, year, m.code, l.code);
      if (s) footer.source(s.source);
      const prev = prevLevels.get(l.code);
      const sameMeaning = prev && looseKey(prev.label.vi) === looseKey(l.label.vi);
      const p = sameMeaning ? scoreAt(ds, year - 1, m.code, l.code) : null;
      const g = groupAt(ds, year, m.code, l.code);
      const r = rankAt(ds, year, m.code, l.code);
      if (r) footer.rank(r, who, l.code, year);
      const style = { italic: sub };
      const max = l.max ?? s?.max ?? null;
      const row: LayoutCell[] = [
        ...(multi ? [cell(who, { data: { kind: 'label', text: who, unit: m.code } })] : []),
        cell(sub ? '-' : l.code === 'total' ? '' : String(++n), { align: 'center', ...style }),
        cell(pick(l.label, lang), { ...style, bold: !sub, data: { kind: 'label', text: pick(l.label, lang), level: l.code } }),
        s ? cell(s.value, { numberFormat: FORMAT.score, ...style, data: { kind: 'score', value: s.value, level: l.code, year, unit: m.code } }) : empty(),
        max !== null ? cell(max, { numberFormat: 'General', ...style, data: { kind: 'max', value: max, level: l.code } }) : empty(),
        ...(ds.quartileGroups ? [g ? cell(g, { align: 'center', data: { kind: 'group', code: g, level: l.code, year } }) : empty()] : []),
        r ? cell(formatRank(r, lang), { align: 'center', data: { kind: 'rank', rank: r.rank, of: r.of, basis: r.basis, level: l.code, year, computed: r.computed } }) : empty(),
        s && p ? cell(s.value - p.value, { numberFormat: FORMAT.change, ...style, data: { kind: 'change', value: s.value - p.value, level: l.code } }) : empty(),
      ];
      body.push(row);
    }
  }
  if (ds.id === 'papi') footer.note(lang === 'vi'
    ? 'Tăng/giảm chỉ so sánh chỉ số thành phần cùng nội dung: mã chỉ số thành phần PAPI đổi nghĩa giữa các giai đoạn (2011–2015, 2016–2017, từ 2018).'
    : 'Changes compare only sub-dimensions of the same meaning: PAPI sub-dimension codes change meaning between eras (2011–2015, 2016–2017, from 2018).');
  const meta = metaOf({ ...req, years: [year] }, 'detail');
  return {
    meta: { ...meta, key: layoutKey(meta) },
    title: lang === 'vi' ? `Chi tiết ${INDEX_SHORT[ds.id]} năm ${year} của ${meta.provinceName}` : `${INDEX_SHORT[ds.id]} ${year} in detail: ${meta.provinceName}`,
    header,
    body,
    merges: [],
    columnWidths: [...(multi ? [18] : []), 5, 48, 9, 9, ...(ds.quartileGroups ? [10] : []), 12, 12],
    source: footer.sourceLine(),
    notes: footer.notes(),
  };
}
