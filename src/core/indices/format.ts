/** Numbers and ranks as a plan prints them: decimal comma in Vietnamese, two decimals. */
import type { Lang } from '../labels';
import type { RankInfo } from './query';
import { roundTo } from './stats';

export function decimalSeparator(lang: Lang): ',' | '.' {
  return lang === 'en' ? '.' : ',';
}

export function formatNumber(value: number, decimals: number, sep: ',' | '.' = ','): string {
  const s = roundTo(value, decimals).toFixed(decimals);
  return sep === ',' ? s.replace('.', ',') : s;
}

export function formatSigned(value: number, decimals: number, sep: ',' | '.' = ','): string {
  return (value > 0 ? '+' : value < 0 ? '−' : '') + formatNumber(Math.abs(value), decimals, sep);
}

/** "13/63"; a computed rank over fewer provinces reads "hạng tính toán 48/62". */
export function formatRank(r: Pick<RankInfo, 'rank' | 'of' | 'basis'>, lang: Lang): string {
  const plain = `${r.rank}/${r.of}`;
  if (r.basis !== 'computed') return plain;
  return lang === 'en' ? `computed rank ${plain}` : `hạng tính toán ${plain}`;
}
