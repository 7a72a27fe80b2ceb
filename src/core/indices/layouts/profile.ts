/**
 * Province profile, as in seed 000's appendix: one row per year, the overall rank, then score and
 * group of the total and of each dimension, under a two-row header. PAR INDEX, SIPAS and PCI have
 * no groups; their rank sits next to each score instead. A 2025 province gets one block of rows
 * per predecessor, side by side, with the predecessor named in the first column.
 */
import { Footer, memberName, metaOf, type TableRequest } from '../build-context';
import { formatRank } from '../format';
import { cell, empty, FORMAT, layoutKey, type LayoutCell, type LayoutMerge, type TableLayout } from '../layout';
import { pick, type LevelDef, INDEX_SHORT } from '../model';
import { groupAt, levelsOf, missingReason, rankAt, scoreAt } from '../query';
import { T } from '../strings';
import { unitsForYear } from '../provinces';

/** The total and the dimensions present in any requested year, in display order. */
function topLevels(req: TableRequest): LevelDef[] {
  const seen = new Map<string, LevelDef>();
  for (const y of req.years) for (const m of unitsForYear(req.geo, req.selection, req.ds.tables.get(y)?.units)) for (const l of levelsOf(req.ds, y, m.code)) if (!l.parent && !seen.has(l.code) && !/^C\./.test(l.code)) seen.set(l.code, l);
  return [...seen.values()];
}

export function profileLayout(req: TableRequest): TableLayout {
  const { ds, lang } = req;
  const footer = new Footer(lang);
  const levels = topLevels(req);
  const withGroups = ds.quartileGroups;
  const multi = req.selection.members.length > 1;
  const perLevel = 2; // PAPI: score + group; the others: score + rank
  const [total, ...dims] = levels[0]?.code === 'total' ? levels : [null, ...levels];

  const h1: LayoutCell[] = [];
  const h2: LayoutCell[] = [];
  const merges: LayoutMerge[] = [];
  const head = (text: string, span: number, twoRows: boolean) => {
    const col = h1.length;
    h1.push(cell(text, { bold: true, align: 'center' }));
    for (let i = 1; i < span; i++) h1.push(cell(null));
    if (twoRows) for (let i = 0; i < span; i++) h2.push(cell(null));
    if (twoRows || span > 1) merges.push({ top: 1, left: col, bottom: twoRows ? 2 : 1, right: col + span - 1 });
  };
  if (multi) head(pick(T.provinceBefore2025, lang), 1, true);
  head(pick(T.year, lang), 1, true);
  if (withGroups) head(pick(T.overallRank, lang), 1, true);
  if (total) {
    head(pick(total.label, lang), perLevel, false);
    h2.push(cell(pick(T.score, lang), { bold: true, align: 'center' }), cell(pick(withGroups ? T.group : T.rank, lang), { bold: true, align: 'center' }));
  }
  if (dims.length) {
    head(pick(ds.id === 'papi' || ds.id === 'pci' ? T.dimensions : T.areas, lang), perLevel * dims.length, false);
    for (const d of dims) {
      const col = h2.length;
      h2.push(cell(pick(d!.label, lang), { bold: true, align: 'center' }), cell(null));
      merges.push({ top: 2, left: col, bottom: 2, right: col + 1 });
    }
  }

  const body: LayoutCell[][] = [];
  // Side by side: for each year, one row per predecessor of a 2025 province.
  for (const year of req.years) {
    for (const m of unitsForYear(req.geo, req.selection, ds.tables.get(year)?.units)) {
      const who = memberName(req, m.code);
      const row: LayoutCell[] = [];
      if (multi) row.push(cell(who, { data: { kind: 'label', text: who, unit: m.code } }));
      row.push(cell(year, { align: 'center', data: { kind: 'year', year } }));
      const rankCell = (level: string) => {
        const r = rankAt(ds, year, m.code, level);
        if (!r) return empty();
        footer.rank(r, who, level === 'total' ? ds.id.toUpperCase() : level, year);
        return cell(formatRank(r, lang), { align: 'center', data: { kind: 'rank', rank: r.rank, of: r.of, basis: r.basis, level, year, computed: r.computed } });
      };
      if (withGroups) row.push(rankCell('total'));
      let any = false;
      for (const l of [total, ...dims]) {
        if (!l) continue;
        const s = scoreAt(ds, year, m.code, l.code);
        if (s) {
          any = true;
          footer.source(s.source);
          row.push(cell(s.value, { numberFormat: FORMAT.score, align: 'right', data: { kind: 'score', value: s.value, level: l.code, year, unit: m.code } }));
        } else row.push(empty());
        if (withGroups) {
          const g = groupAt(ds, year, m.code, l.code);
          row.push(g ? cell(g, { align: 'center', data: { kind: 'group', code: g, level: l.code, year } }) : empty());
        } else row.push(rankCell(l.code));
      }
      const why = missingReason(ds, year, m.code);
      if (why) footer.note(`${who} ${year}: ${pick(why, lang)}`);
      if (!any && !why) footer.note(lang === 'vi' ? `${who} ${year}: không có số liệu ${ds.id.toUpperCase()} trong bộ dữ liệu.` : `${who} ${year}: no ${ds.id.toUpperCase()} data in the dataset.`);
      body.push(row);
    }
  }
  if (withGroups) {
    footer.note(lang === 'vi'
      ? 'Xếp nhóm theo tứ phân vị điểm của năm: CN (cao nhất) từ phân vị 75 trở lên, TBC (trung bình cao) 50–75, TBT (trung bình thấp) 25–50, TN (thấp nhất) dưới 25.'
      : 'Groups follow the quartiles of the year’s scores: CN (high) from the 75th percentile, TBC (high average) 50–75, TBT (low average) 25–50, TN (low) below 25.');
  }
  if (multi) footer.note(lang === 'vi'
    ? `${pick(req.selection.province, lang)} (từ 01/7/2025) gồm ${req.selection.members.map((m) => m.vi).join(', ')}: kết quả của từng tỉnh cũ được trình bày riêng, không cộng gộp.`
    : `${pick(req.selection.province, lang)} (from 1 July 2025) was formed from ${req.selection.members.map((m) => m.en).join(', ')}: each former province's results are shown separately, never combined.`);

  // Row 2 was filled in column order: columns merged over both rows hold a placeholder there.
  const header = [h1, h2];
  const yearsText = req.years.length > 1 ? `${req.years[0]}–${req.years[req.years.length - 1]}` : String(req.years[0]);
  const meta = metaOf(req, 'profile');
  return {
    meta: { ...meta, key: layoutKey(meta) },
    title: lang === 'vi' ? `Kết quả ${INDEX_SHORT[ds.id]} của ${meta.provinceName}, ${yearsText}` : `${INDEX_SHORT[ds.id]} results of ${meta.provinceName}, ${yearsText}`,
    header,
    body,
    merges,
    columnWidths: [...(multi ? [18] : []), 8, ...(withGroups ? [10] : []), ...levels.flatMap(() => [9, 9])],
    source: footer.sourceLine(),
    notes: footer.notes(),
  };
}
