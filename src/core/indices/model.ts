/**
 * The index dataset as the engine sees it: plain data, independent of how it is packed on disk
 * (src/data/indices turns the generated JSON into this) or imported by a user.
 */
import type { Lang } from '../labels';

export type IndexId = 'papi' | 'par' | 'sipas' | 'pci';
export const INDEX_IDS: readonly IndexId[] = ['papi', 'par', 'sipas', 'pci'];

/** PAPI's four quartile groups: cao nhất, trung bình cao, trung bình thấp, thấp nhất. */
export type GroupCode = 'CN' | 'TBC' | 'TBT' | 'TN';

export interface Label {
  vi: string;
  en: string;
}

export const pick = (l: Label, lang: Lang): string => (lang === 'en' ? l.en : l.vi);

export interface SourceRef {
  vi: string;
  en: string;
  url?: string;
}

export interface Region {
  code: string;
  vi: string;
  en: string;
}

/** A province before the 2025 merger (P01–P63) or after it (N01–N34). */
export interface Province {
  code: string;
  vi: string;
  en: string;
  era: 'to2025' | 'from2025';
  region: string | null;
  subregion: string | null;
  /** For a pre-2025 province: the 2025 province it became part of. */
  successor?: string;
  /** For a 2025 province: the pre-2025 provinces it was formed from. */
  predecessors?: string[];
}

export interface Geo {
  regions: Region[];
  provinces: Province[];
}

export interface LevelDef {
  code: string;
  /** The dimension (area) a sub-dimension (sub-row) belongs to; null for the total and dimensions. */
  parent: string | null;
  label: Label;
  /** Highest possible score, when the index defines one. */
  max: number | null;
}

/** Every province's score at every level for one year: columnar, units in a fixed order. */
export interface YearTable {
  year: number;
  /** Province codes; values[level][i] belongs to units[i]. */
  units: string[];
  /** Display order: total first, then each dimension followed by its sub-dimensions. */
  levels: LevelDef[];
  values: Record<string, (number | null)[]>;
  source: SourceRef;
  /** Data a user imported rather than the bundled dataset. */
  imported?: boolean;
}

/** One figure printed in a publication (rank only, score only, or both), with its source. */
export interface Figure {
  year: number;
  /** Province code, 'VN' for the national figure, or a region code. */
  unit: string;
  level: string;
  label: Label | null;
  value: number | null;
  max: number | null;
  rank: number | null;
  of: number | null;
  group: GroupCode | null;
  /** A mean over provinces (national or regional), not a province's own score. */
  mean: boolean;
  source: SourceRef;
  note: string | null;
  /** Typed from one of the seed plans (the project's reference documents). */
  seed?: boolean;
  /** The publication contradicts itself on this figure (e.g. sub-rows that do not add up). */
  disputed?: boolean;
}

export interface MissingNote {
  year: number;
  units: string[];
  reason: Label;
}

export interface IndexDataset {
  id: IndexId;
  name: Label;
  publisher: Label;
  tables: Map<number, YearTable>;
  figures: Figure[];
  missing: MissingNote[];
  /** Groups follow the quartiles of each year's scores (PAPI). */
  quartileGroups: boolean;
}

/** The short name plans use: PAPI, PAR INDEX, SIPAS, PCI. */
export const INDEX_SHORT: Record<IndexId, string> = { papi: 'PAPI', par: 'PAR INDEX', sipas: 'SIPAS', pci: 'PCI' };

export const INDEX_NAMES: Record<IndexId, { name: Label; publisher: Label }> = {
  papi: {
    name: { vi: 'Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', en: 'Provincial Governance and Public Administration Performance Index (PAPI)' },
    publisher: { vi: 'CECODES, VFF-CRT và UNDP', en: 'CECODES, VFF-CRT and UNDP' },
  },
  par: {
    name: { vi: 'Chỉ số cải cách hành chính (PAR INDEX)', en: 'Public Administration Reform Index (PAR INDEX)' },
    publisher: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  },
  sipas: {
    name: { vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', en: 'Satisfaction Index of Public Administrative Services (SIPAS)' },
    publisher: { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' },
  },
  pci: {
    name: { vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', en: 'Provincial Competitiveness Index (PCI)' },
    publisher: { vi: 'VCCI', en: 'VCCI' },
  },
};
