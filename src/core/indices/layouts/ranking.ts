/**
 * Ranking: every province for one year and level, best first, the user's province(s) marked,
 * regional peers marked, then the regional and national means.
 */
import { Footer, metaOf, type TableRequest } from '../build-context';
import { formatRank } from '../format';
import { cell, empty, FORMAT, layoutKey, type LayoutCell, type TableLayout } from '../layout';
import { pick } from '../model';
import { regionalPeers } from '../provinces';
import { groupAt, levelsOf, nationalMean, rankAt, scoreAt } from '../query';
import { mean } from '../stats';
import { T } from '../strings';

export function rankingLayout(req: TableRequest): TableLayout {
  const { ds, geo, lang } = req;
  const year = req.years[req.years.length - 1];
  const level = req.level ?? 'total';
  const footer = new Footer(lang);
  const def = levelsOf(ds, year).find((l) => l.code === level);
  const own = new Set(req.selection.members.map((m) => m.code));
  const peers = new Set(req.selection.members.flatMap((m) => regionalPeers(geo, m).region.map((p) => p.code)));
  const old = geo.provinces.filter((p) => p.era === 'to2025');
  const rows = old
    .map((p) => ({ p, s: scoreAt(ds, year, p.code, level), r: rankAt(ds, year, p.code, level), g: groupAt(ds, year, p.code, level) }))
    .filter((x) => x.s || x.r)
    .sort((a, b) => (b.s?.value ?? -Infinity) - (a.s?.value ?? -Infinity) || (a.r?.rank ?? 99) - (b.r?.rank ?? 99));
  const cols = [T.rank, T.province, T.region, T.score, ...(ds.quartileGroups ? [T.group] : [])];
  const header = [cols.map((c) => cell(pick(c, lang), { bold: true, align: 'center' }))];
  const regionName = (code: string | null) => geo.regions.find((r) => r.code === code);
  const body: LayoutCell[][] = rows.map(({ p, s, r, g }) => {
    const mark = own.has(p.code) ? 'self' : peers.has(p.code) ? 'peer' : undefined;
    if (s) footer.source(s.source);
    if (r && own.has(p.code)) footer.rank(r, pick(p, lang), level, year);
    const region = regionName(p.region);
    return [
      r ? cell(formatRank(r, lang), { mark, align: 'center', data: { kind: 'rank', rank: r.rank, of: r.of, basis: r.basis, level, year, computed: r.computed } }) : empty(),
      cell((mark === 'self' ? '► ' : '') + pick(p, lang), { mark, bold: mark === 'self', data: { kind: 'label', text: pick(p, lang), unit: p.code } }),
      cell(region ? pick(region, lang) : '', { mark }),
      s ? cell(s.value, { mark, numberFormat: FORMAT.score, data: { kind: 'score', value: s.value, level, year, unit: p.code } }) : empty(),
      ...(ds.quartileGroups ? [g ? cell(g, { mark, align: 'center', data: { kind: 'group', code: g, level, year } }) : empty()] : []),
    ];
  });
  const meanRow = (label: string, value: number, of?: number): LayoutCell[] => [
    empty(),
    cell(label, { mark: 'mean', italic: true, data: { kind: 'label', text: label } }),
    empty(),
    cell(value, { mark: 'mean', italic: true, numberFormat: FORMAT.score, data: { kind: 'mean', value, level, of } }),
    ...(ds.quartileGroups ? [empty()] : []),
  ];
  for (const m of req.selection.members) {
    const region = regionName(m.region);
    const members = old.filter((p) => p.region === m.region).map((p) => scoreAt(ds, year, p.code, level)?.value ?? null);
    const avg = mean(members);
    if (region && avg !== null && rows.length >= old.length / 2) body.push(meanRow(`${pick(T.regionMean, lang)}: ${pick(region, lang)}`, avg, members.filter((v) => v !== null).length));
  }
  const nat = nationalMean(ds, year, level);
  if (nat) {
    body.push(meanRow(pick(T.nationalMean, lang), nat.value, nat.of));
    if (nat.source) footer.source(nat.source);
    else footer.note(lang === 'vi' ? `Trung bình toàn quốc tính trên ${nat.of} tỉnh có điểm (trung bình cộng, không trọng số).` : `National mean computed over the ${nat.of} provinces with a score (unweighted).`);
  }
  footer.note(lang === 'vi' ? '► tỉnh đang chọn; các tỉnh cùng vùng kinh tế - xã hội được đánh dấu.' : '► the selected province; provinces of the same socio-economic region are marked.');
  if (rows.length < old.length / 2) footer.note(lang === 'vi' ? `Bộ dữ liệu chỉ có ${rows.length} tỉnh cho năm ${year}: không phải bảng xếp hạng đầy đủ.` : `The dataset has only ${rows.length} provinces for ${year}: not a full ranking.`);
  const meta = metaOf({ ...req, years: [year], level }, 'ranking');
  const what = def ? pick(def.label, lang) : level;
  return {
    meta: { ...meta, key: layoutKey(meta) },
    title: lang === 'vi' ? `Xếp hạng ${what} năm ${year}` : `${what}: ranking ${year}`,
    header,
    body,
    merges: [],
    columnWidths: [14, 26, 30, 9, ...(ds.quartileGroups ? [10] : [])],
    source: footer.sourceLine(),
    notes: footer.notes(),
  };
}
