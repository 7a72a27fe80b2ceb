/**
 * What every layout builder needs: the dataset, the province picked, the language, and a place
 * to collect the sources and notes that go under the table.
 */
import type { Lang } from '../labels';
import type { ProvinceSelection } from './provinces';
import { pick, type Geo, type IndexDataset, type Label, type SourceRef } from './model';
import { formatRank } from './format';
import type { RankInfo } from './query';

export interface TableRequest {
  ds: IndexDataset;
  geo: Geo;
  selection: ProvinceSelection;
  years: number[];
  lang: Lang;
  /** Ranking layout: the level to rank (default: total). */
  level?: string;
}

export class Footer {
  private readonly sources = new Map<string, string>();
  private readonly noteSet = new Set<string>();
  constructor(private readonly lang: Lang) {}

  source(s: SourceRef): void {
    const text = pick(s, this.lang);
    this.sources.set(text, text);
  }

  note(text: Label | string): void {
    this.noteSet.add(typeof text === 'string' ? text : pick(text, this.lang));
  }

  /** Explain a rank that is not the plain official position. */
  rank(r: RankInfo, who: string, what: string, year: number): void {
    if (r.source) this.source(r.source);
    const vi = this.lang === 'vi';
    if (r.basis === 'computed') {
      this.note(vi
        ? `${who}, ${what} ${year}: hạng tính toán ${r.rank}/${r.of} trên ${r.of} tỉnh có điểm, không phải hạng công bố.`
        : `${who}, ${what} ${year}: rank ${r.rank}/${r.of} computed over the ${r.of} provinces with a score, not a published rank.`);
    } else if (r.basis === 'published' && r.computed) {
      this.note(vi
        ? `${who}, ${what} ${year}: hạng ${r.rank}/${r.of} theo nguồn công bố; ${formatRank({ ...r.computed, basis: 'computed' }, 'vi')} từ điểm số.`
        : `${who}, ${what} ${year}: rank ${r.rank}/${r.of} as published; ${formatRank({ ...r.computed, basis: 'computed' }, 'en')} from the scores.`);
    }
  }

  sourceLine(): string {
    return `${this.lang === 'vi' ? 'Nguồn' : 'Source'}: ${[...this.sources.keys()].join('; ')}`;
  }

  notes(): string[] {
    return [...this.noteSet];
  }
}

export function memberName(req: TableRequest, code: string): string {
  const p = req.geo.provinces.find((x) => x.code === code);
  return p ? pick(p, req.lang) : code;
}

export function metaOf(req: TableRequest, layout: 'profile' | 'detail' | 'ranking' | 'target') {
  return {
    index: req.ds.id,
    layout,
    province: req.selection.province.code,
    provinceName: pick(req.selection.province, req.lang),
    members: req.selection.members.map((m) => ({ code: m.code, name: pick(m, req.lang) })),
    years: req.years,
    level: req.level,
    lang: req.lang,
  };
}
