/**
 * The shapes of the generated JSON files (scripts/build-dataset.mjs) and their conversion to the
 * engine's model. Pure: no I/O, so the same code runs in Node and in the task pane bundle.
 */
import { INDEX_NAMES, type Figure, type Geo, type GroupCode, type IndexDataset, type IndexId, type LevelDef, type Province, type YearTable } from '../../core/indices/model';

type Pair = [string, string];
type Column = (number | null)[];

export interface CompactGeo {
  regions: { code: string; vi: string; en: string }[];
  provinces: { code: string; gso: string; vi: string; en: string; region: string; subregion: string | null; successor: string }[];
  provinces2025: { code: string; vi: string; predecessors: string[]; region: string | null }[];
}

export interface CompactPapi {
  units: string[];
  dimensions: { code: string; vi: string; en: string; firstYear: number }[];
  labelSets: { years: number[]; labels: Record<string, Pair> }[];
  years: Record<string, { dims: number; values: Record<string, Column> }>;
  missing: { year: number; units: string[]; vi: string; en: string }[];
}

export interface CompactPci {
  units: string[];
  levels: { code: string; vi: string; en: string }[];
  years: Record<string, { values: Record<string, Column> }>;
}

export interface CompactFigure {
  index: IndexId;
  year: number;
  unit: string;
  level: string;
  label: Pair | null;
  value: number | null;
  max: number | null;
  rank: number | null;
  of: number | null;
  group?: string | null;
  mean: boolean;
  source: { title: string; titleEn?: string; url?: string; publisher?: string };
  note: string | null;
  seed?: boolean;
  disputed?: boolean;
}

export interface CompactPoints {
  figures: CompactFigure[];
}

export function geoFromCompact(c: CompactGeo): Geo {
  const old: Province[] = c.provinces.map((p) => ({ code: p.code, vi: p.vi, en: p.en, era: 'to2025', region: p.region, subregion: p.subregion, successor: p.successor }));
  const fresh: Province[] = c.provinces2025.map((p) => {
    const first = c.provinces.find((x) => x.code === p.predecessors[0]);
    return { code: p.code, vi: p.vi, en: first && first.vi === p.vi ? first.en : p.vi, era: 'from2025', region: p.region, subregion: null, predecessors: p.predecessors };
  });
  return { regions: c.regions, provinces: [...old, ...fresh] };
}

const GROUPS: readonly string[] = ['CN', 'TBC', 'TBT', 'TN'];

function figureFromCompact(f: CompactFigure): Figure {
  return {
    year: f.year,
    unit: f.unit,
    level: f.level,
    label: f.label ? { vi: f.label[0], en: f.label[1] } : null,
    value: f.value,
    max: f.max,
    rank: f.rank,
    of: f.of,
    group: f.group && GROUPS.includes(f.group) ? (f.group as GroupCode) : null,
    mean: f.mean,
    source: { vi: f.source.title, en: f.source.titleEn ?? f.source.title, url: f.source.url },
    note: f.note,
    seed: f.seed,
    disputed: f.disputed,
  };
}

function papiLevels(c: CompactPapi, year: number, values: Record<string, Column>, dims: number): LevelDef[] {
  const labels = c.labelSets.find((s) => s.years.includes(year))?.labels ?? {};
  const out: LevelDef[] = [{ code: 'total', parent: null, label: { vi: 'Chỉ số PAPI tổng hợp', en: 'PAPI total' }, max: dims * 10 }];
  for (const d of c.dimensions) {
    if (!values[d.code]) continue;
    out.push({ code: d.code, parent: null, label: { vi: d.vi, en: d.en }, max: 10 });
    for (const code of Object.keys(values).filter((k) => k.startsWith(`SC${d.code.slice(1)}`)).sort()) {
      const l = labels[code];
      out.push({ code, parent: d.code, label: l ? { vi: l[0], en: l[1] } : { vi: code, en: code }, max: null });
    }
  }
  return out;
}

export function papiFromCompact(c: CompactPapi, points: CompactPoints): IndexDataset {
  const tables = new Map<number, YearTable>();
  for (const [y, t] of Object.entries(c.years)) {
    const year = Number(y);
    tables.set(year, {
      year,
      units: c.units,
      levels: papiLevels(c, year, t.values, t.dims),
      values: t.values,
      source: { vi: `PAPI ${year}, CECODES, VFF-CRT và UNDP (papi.org.vn), điểm không trọng số`, en: `PAPI ${year}, CECODES, VFF-CRT and UNDP (papi.org.vn), unweighted scores`, url: 'https://papi.org.vn' },
    });
  }
  return {
    id: 'papi',
    ...INDEX_NAMES.papi,
    tables,
    figures: points.figures.filter((f) => f.index === 'papi').map(figureFromCompact),
    missing: c.missing.map((m) => ({ year: m.year, units: m.units, reason: { vi: m.vi, en: m.en } })),
    quartileGroups: true,
  };
}

export function pciFromCompact(c: CompactPci): IndexDataset {
  const tables = new Map<number, YearTable>();
  for (const [y, t] of Object.entries(c.years)) {
    const year = Number(y);
    const levels: LevelDef[] = c.levels
      .filter((l) => t.values[l.code])
      .map((l) => ({ code: l.code, parent: null, label: { vi: l.vi, en: l.en }, max: l.code === 'total' ? 100 : 10 }));
    tables.set(year, { year, units: c.units, levels, values: t.values, source: { vi: `PCI ${year}, VCCI (pcivietnam.vn)`, en: `PCI ${year}, VCCI (pcivietnam.vn)`, url: 'https://pcivietnam.vn' } });
  }
  return { id: 'pci', ...INDEX_NAMES.pci, tables, figures: [], missing: [], quartileGroups: false };
}

/** PAR INDEX and SIPAS: no complete provincial table exists, only published single figures. */
export function pointsIndexFromCompact(id: 'par' | 'sipas', points: CompactPoints): IndexDataset {
  return { id, ...INDEX_NAMES[id], tables: new Map(), figures: points.figures.filter((f) => f.index === id).map(figureFromCompact), missing: [], quartileGroups: false };
}
