/**
 * Seed 000 (Lào Cai plan 151/KH-UBND, appendix) prints PAPI 2018 and 2019 scores and groups for the
 * total and the eight dimensions. Groups computed from the quartiles of each year's scores must
 * reproduce all 18 printed groups; the scores must round to the printed figures.
 */
import { groupAt, rankAt, scoreAt } from '../../../src/core/indices/query';
import { roundTo } from '../../../src/core/indices/stats';
import { loadDataset } from '../../../src/data/indices/load';

const LAO_CAI = 'P06';
// As printed in the appendix table: [level, score, group] per year.
const SEED_000: Record<number, [string, number, string][]> = {
  2018: [['total', 44.37, 'TBC'], ['D1', 5.41, 'TBC'], ['D2', 5.45, 'TBC'], ['D3', 4.89, 'TBT'], ['D4', 6.38, 'TBT'], ['D5', 7.33, 'TBT'], ['D6', 7.17, 'TBC'], ['D7', 4.3, 'TBT'], ['D8', 3.44, 'CN']],
  2019: [['total', 45.06, 'CN'], ['D1', 5.31, 'CN'], ['D2', 5.46, 'TBC'], ['D3', 4.98, 'TBC'], ['D4', 6.76, 'TBT'], ['D5', 7.46, 'TBC'], ['D6', 7.28, 'TBC'], ['D7', 3.57, 'TBT'], ['D8', 4.22, 'CN']],
};

describe('PAPI quartile groups reproduce seed 000', () => {
  for (const [year, rows] of Object.entries(SEED_000)) {
    test.each(rows)(`${year} %s: score %s, group %s`, async (level, score, group) => {
      const papi = await loadDataset('papi');
      expect(roundTo(scoreAt(papi, Number(year), LAO_CAI, level)!.value, 2)).toBe(score);
      expect(groupAt(papi, Number(year), LAO_CAI, level)).toBe(group);
    });
  }

  test('total ranks: 2018 as printed (29/63, published) with the computed 28/61 kept alongside; 2019 13/63 official', async () => {
    const papi = await loadDataset('papi');
    expect(rankAt(papi, 2018, LAO_CAI, 'total')).toMatchObject({ rank: 29, of: 63, basis: 'published', computed: { rank: 28, of: 61 } });
    expect(rankAt(papi, 2019, LAO_CAI, 'total')).toMatchObject({ rank: 13, of: 63 });
  });

  test('a rank over fewer provinces without a published figure is labelled computed', async () => {
    const papi = await loadDataset('papi');
    // Lào Cai D2 2018: Quảng Ninh and Đồng Tháp have no D2, so 61 provinces are ranked.
    expect(rankAt(papi, 2018, LAO_CAI, 'D2')).toEqual({ rank: 18, of: 61, basis: 'computed' });
    expect(rankAt(papi, 2018, LAO_CAI, 'D1')).toEqual({ rank: 27, of: 63, basis: 'official' });
  });
});
