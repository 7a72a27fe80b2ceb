/** Imported results (validated like the bundled data) and the 2025 merger (predecessors side by side). */
import { parseImport, withImported } from '../../../src/core/indices/import';
import { resolveProvince } from '../../../src/core/indices/provinces';
import { rankAt, scoreAt } from '../../../src/core/indices/query';
import { buildTable } from '../../../src/core/indices/tables';
import { loadDataset, loadGeo } from '../../../src/data/indices/load';

test('PAPI 2025 for the 34 provinces imports, and the 2025 province then shows its own figure', async () => {
  const geo = await loadGeo();
  const rows = geo.provinces.filter((p) => p.era === 'from2025').map((p, i) => `2025\t${p.vi}\t${(40 + i / 10).toFixed(2).replace('.', ',')}\t${(5 + i / 100).toFixed(2)}`);
  const { tables, issues } = parseImport(['Năm\tTỉnh\tTổng\tD1', ...rows].join('\n'), 'papi', geo);
  expect(issues).toEqual([]);
  const papi = withImported(await loadDataset('papi'), tables);
  const laoCai = resolveProvince(geo, 'Lào Cai', true)!;
  expect(scoreAt(papi, 2025, laoCai.province.code, 'total')!.value).toBeCloseTo(40 + 12 / 10);
  expect(rankAt(papi, 2025, laoCai.province.code, 'total')).toMatchObject({ of: 34, basis: 'official' });
  expect(papi.tables.get(2024)!.units).toHaveLength(63); // bundled years untouched
});

test('import errors name the line: unknown province, out of range, duplicate, mixed eras', async () => {
  const geo = await loadGeo();
  const text = ['year,province,level,score', '2024,Lào Cai,total,44.1', '2024,Lao Cai,total,44.2', '2024,Atlantis,total,40', '2024,Yên Bái,D1,12', '2024,Huế,total,41'].join('\n');
  const { issues } = parseImport(text, 'papi', geo);
  const errors = issues.filter((i) => i.severity === 'error').map((i) => i.line);
  expect(errors).toEqual([3, 4, 5, 6]);
  expect(issues.find((i) => i.line === 3)!.message).toMatch(/Trùng/);
  expect(issues.find((i) => i.severity === 'warning')!.messageEn).toMatch(/of 63 provinces/);
});

test('a 2025 province picks its predecessors and shows each one, never a combined figure', async () => {
  const geo = await loadGeo();
  const sel = resolveProvince(geo, 'lao cai', true)!;
  expect(sel.members.map((m) => m.vi)).toEqual(['Lào Cai', 'Yên Bái']);
  expect(resolveProvince(geo, 'Lào Cai')!.members.map((m) => m.code)).toEqual(['P06']);
  expect(resolveProvince(geo, 'Hue')!.members.map((m) => m.vi)).toEqual(['Thừa Thiên Huế']);
  const t = buildTable('profile', { ds: await loadDataset('papi'), geo, selection: sel, years: [2019], lang: 'vi' });
  expect(t.body.map((r) => r[0].value)).toEqual(['Lào Cai', 'Yên Bái']);
  const totals = t.body.map((r) => r.find((c) => c.data?.kind === 'score' && c.data.level === 'total')!.value);
  expect(totals).toEqual([expect.closeTo(45.055, 3), expect.any(Number)]);
  expect(t.notes.join(' ')).toMatch(/không cộng gộp/);
});

test('ranking marks the province and its regional peers and ends with the means', async () => {
  const geo = await loadGeo();
  const t = buildTable('ranking', { ds: await loadDataset('papi'), geo, selection: resolveProvince(geo, 'Lào Cai')!, years: [2019], lang: 'vi' });
  const self = t.body.find((r) => r[1].mark === 'self')!;
  expect(self[0].data).toMatchObject({ rank: 13, of: 63 });
  expect(t.body.filter((r) => r[1].mark === 'peer')).toHaveLength(13);
  expect(t.body[t.body.length - 1][1].value).toBe('Trung bình toàn quốc');
});

test('a score written with a decimal point and three decimals ("4.366") is a score, not four thousand', async () => {
  const geo = await loadGeo();
  const { tables, issues } = parseImport(['year,province,level,score', '2024,Lào Cai,D8,4.366', '2024,Yên Bái,D8,"4,366"'].join('\n'), 'papi', geo);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  const papi = withImported(await loadDataset('papi'), tables);
  expect(scoreAt(papi, 2024, resolveProvince(geo, 'Lào Cai')!.province.code, 'D8')!.value).toBeCloseTo(4.366, 6);
  expect(scoreAt(papi, 2024, resolveProvince(geo, 'Yên Bái')!.province.code, 'D8')!.value).toBeCloseTo(4.366, 6);
  // A D1 score of 1234.5 (maximum 10) has no in-range reading and stays an error.
  const bad = parseImport(['year,province,level,score', '2024,Lào Cai,D1,1234.5'].join('\n'), 'papi', geo);
  expect(bad.issues.some((i) => i.severity === 'error' && /ngoài khoảng/.test(i.message))).toBe(true);
});
