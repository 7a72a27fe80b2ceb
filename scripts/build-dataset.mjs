#!/usr/bin/env node
/**
 * `npm run data:build`: data/indices/** (copies of the shared, provenance-documented CSVs) →
 * src/data/indices/*.generated.json, the compact columnar files the dataset loader imports
 * lazily. One file per index so that the task pane downloads only the index it shows.
 * Prints each file's raw and gzipped size.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(root, 'data', 'indices');
const OUT = path.join(root, 'src', 'data', 'indices');
/** Six decimals for totals and dimensions (the precision of the PAPI workbooks as repackaged), four for sub-dimensions: far below any printed figure. */
const DECIMALS = 6;

/** RFC 4180 CSV (quoted fields, doubled quotes, commas and newlines inside quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, (r[i] ?? '').normalize('NFC')])));
}

const read = (rel) => parseCsv(readFileSync(path.join(DATA, rel), 'utf8'));
const num = (s) => (s === undefined || s.trim() === '' ? null : Number(s));
const round = (x, d = DECIMALS) => (x === null ? null : Number(x.toFixed(d)));

// ---------------------------------------------------------------- provinces, regions, merger
function buildGeo() {
  const provinces = read('papi/provinces.csv');
  const regions = read('regions.csv');
  const old = regions.filter((r) => r.scope === '63_provinces_to_2025');
  const byCode = new Map(old.map((r) => [r.province_code, r]));
  const nameToCode = new Map(provinces.map((p) => [p.name_vi, p.province_code]));
  const regionList = [...new Map(old.map((r) => [r.region_code, { code: r.region_code, vi: r.region_vi, en: r.region_en }])).values()];
  const merger = read('provinces-2025-merger.csv');
  return {
    regions: regionList,
    provinces: provinces.map((p) => {
      const r = byCode.get(p.province_code);
      return {
        code: p.province_code, gso: p.gso_code, vi: p.name_vi, en: p.name_en,
        region: r.region_code, subregion: r.subregion_vi || null, successor: r.province_2025,
      };
    }),
    provinces2025: merger.map((m, i) => {
      const r = regions.find((x) => x.scope === '34_provinces_from_2025' && x.name_vi === m.province_2025);
      const predecessors = m.predecessors_before_2025.split('|').map((n) => {
        const code = nameToCode.get(n);
        if (!code) throw new Error(`merger: unknown predecessor ${n}`);
        return code;
      });
      return { code: `N${String(i + 1).padStart(2, '0')}`, vi: m.province_2025, predecessors, region: r?.region_code || null };
    }),
  };
}

// ---------------------------------------------------------------- PAPI
function buildPapi(geo) {
  const wide = read('papi/papi_scores_wide.csv');
  const dims = read('papi/papi_dimensions.csv');
  const subLabels = read('papi/papi_subdimension_labels.csv');
  const units = geo.provinces.map((p) => p.code);
  const years = {};
  for (const row of wide) {
    const y = row.year;
    const nDims = Number(row.n_dims_expected);
    const table = (years[y] ??= { dims: nDims, values: {} });
    const idx = units.indexOf(row.province_code);
    for (const [col, v] of Object.entries(row)) {
      if (!/^(total|D\d|SC\d\d)$/.test(col)) continue;
      if (v === '') continue; // a level that did not exist that year gets no column at all
      (table.values[col] ??= new Array(units.length).fill(null))[idx] = round(num(v), col.startsWith("SC") ? 4 : DECIMALS);
    }
  }
  // Sub-dimension labels change meaning between eras: store each distinct label set once, with its years.
  const labelSets = [];
  for (const y of Object.keys(years)) {
    const labels = Object.fromEntries(subLabels.filter((l) => l.year === y).map((l) => [l.code, [l.name_vi, l.name_en]]));
    const key = JSON.stringify(labels);
    const hit = labelSets.find((s) => JSON.stringify(s.labels) === key);
    if (hit) hit.years.push(Number(y));
    else labelSets.push({ years: [Number(y)], labels });
  }
  return {
    id: 'papi',
    units,
    dimensions: dims.filter((d) => d.code !== 'TOTAL').map((d) => ({ code: d.code, vi: d.name_vi, en: d.name_en, firstYear: Number(d.first_year) })),
    labelSets,
    years,
    missing: MISSING,
  };
}

/** Why a province has no PAPI score, from ../papi/PROVENANCE.md ("Known gaps", "Provinces without scores"). */
const MISSING = [
  { year: 2014, units: ['P15', 'P56'], vi: 'không có số liệu trong bộ dữ liệu PAPI công bố; không tìm thấy lý do', en: 'no data in the published PAPI files; no reason found' },
  { year: 2018, units: ['P14', 'P56'], vi: 'thiếu lĩnh vực 2 và 4 trong số liệu công bố nên không có tổng điểm', en: 'D2 and D4 missing in the published data, so no total' },
  { year: 2021, units: ['P14', 'P15'], vi: 'PAPI không xếp hạng năm 2021 (lỗi dữ liệu khảo sát)', en: 'not ranked in PAPI 2021 (survey data errors)' },
  { year: 2021, units: ['P18'], vi: 'không có số liệu năm 2021; không tìm thấy thông báo', en: 'no 2021 data; no statement found' },
  { year: 2022, units: ['P15', 'P18'], vi: 'bị loại khỏi đánh giá PAPI 2022 (dữ liệu khảo sát không chính xác); chỉ công bố một số lĩnh vực', en: 'left out of PAPI 2022 (inaccurate survey data); only some dimensions published' },
  { year: 2023, units: ['P14', 'P47'], vi: 'không có chỉ số PAPI 2023 (kết quả khảo sát vượt sai số cho phép)', en: 'no PAPI 2023 index (survey result outside the allowed error)' },
  { year: 2024, units: ['P17', 'P52'], vi: 'không có số liệu năm 2024; không tìm thấy lý do', en: 'no 2024 data; no reason found' },
];

// ---------------------------------------------------------------- PCI
const PCI_COLUMNS = [
  ['pci_score', 'Điểm số PCI', 'PCI score'],
  ['entry_costs', 'Gia nhập thị trường', 'Entry costs'],
  ['land_access', 'Tiếp cận đất đai', 'Land access'],
  ['transparency', 'Tính minh bạch', 'Transparency'],
  ['time_costs', 'Chi phí thời gian', 'Time costs'],
  ['informal_charges', 'Chi phí không chính thức', 'Informal charges'],
  ['equal_competition', 'Cạnh tranh bình đẳng', 'Equal competition'],
  ['proactivity', 'Tính năng động', 'Proactivity'],
  ['business_support', 'Chính sách hỗ trợ doanh nghiệp', 'Business support'],
  ['labor_training', 'Đào tạo lao động', 'Labour training'],
  ['legal_institutions', 'Thiết chế pháp lý', 'Legal institutions'],
  ['policy_bias_soe_2005_2008', 'Ưu đãi doanh nghiệp nhà nước (2005–2008)', 'Policy bias toward SOEs (2005–2008)'],
  ['implementation_consistency_2005', 'Tính nhất quán trong thực thi (2005)', 'Implementation consistency (2005)'],
];

function buildPci(geo) {
  const rows = read('pci/pci_scores_2005_2019.csv');
  const units = geo.provinces.map((p) => p.code);
  const years = {};
  for (const row of rows) {
    const idx = units.indexOf(row.province_code);
    if (idx < 0) continue; // Hà Tây (2006–2008) has no successor in the 63-province list; see PROVENANCE
    const table = (years[row.year] ??= { values: {} });
    for (const [col] of PCI_COLUMNS) {
      const v = num(row[col]);
      if (v === null) continue;
      (table.values[col === 'pci_score' ? 'total' : col] ??= new Array(units.length).fill(null))[idx] = Number(v.toFixed(4));
    }
  }
  return { id: 'pci', units, levels: PCI_COLUMNS.map(([c, vi, en]) => ({ code: c === 'pci_score' ? 'total' : c, vi, en })), years };
}

// ---------------------------------------------------------------- published single figures
/** PAR INDEX area labels of the 2022 method (eight areas, 100 points) and of the 2019 method. */
const PAR_LEVELS = {
  total: ['Chỉ số CCHC (PAR INDEX)', 'PAR INDEX'],
  A1: ['Công tác chỉ đạo, điều hành CCHC', 'Direction and management of PAR'],
  A2: ['Cải cách thể chế', 'Institutional reform'],
  A3: ['Cải cách thủ tục hành chính', 'Administrative procedure reform'],
  A4: ['Cải cách tổ chức bộ máy hành chính', 'Reform of the administrative apparatus'],
  A5: ['Cải cách chế độ công vụ', 'Civil service reform'],
  A6: ['Cải cách tài chính công', 'Public finance reform'],
  A7: ['Xây dựng, phát triển chính quyền điện tử, chính quyền số', 'E-government and digital government'],
  A8: ['Tác động của CCHC đến sự hài lòng của người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh', 'Impact of PAR on citizen satisfaction and socio-economic development'],
  'A8.SIPAS': ['Chỉ số SIPAS', 'SIPAS'],
  'A8.KTXH': ['Tác động đến phát triển kinh tế - xã hội', 'Impact on socio-economic development'],
  'A19.1': ['Công tác chỉ đạo, điều hành CCHC', 'Direction and management of PAR'],
  'A19.2': ['Xây dựng và tổ chức thực hiện văn bản QPPL', 'Legal documents: drafting and implementation'],
  'A19.4': ['Cải cách tổ chức bộ máy hành chính nhà nước', 'Reform of the state administrative apparatus'],
  'C.APPRAISAL': ['Điểm thẩm định kết quả thực hiện nhiệm vụ CCHC', 'Appraisal of PAR task results'],
  'C.IMPACT': ['Điểm đánh giá tác động của CCHC', 'Impact assessment of PAR'],
  'C.SIPAS': ['Chỉ số SIPAS (trong PAR INDEX)', 'SIPAS (within PAR INDEX)'],
  'C.LEADERS': ['Khảo sát lãnh đạo, quản lý', 'Survey of leaders and managers'],
  'C.KTXH': ['Tác động đến phát triển kinh tế - xã hội', 'Impact on socio-economic development'],
};
const SUB_LABELS = { T: ['Điểm thực hiện', 'Implementation score'], S: ['Điều tra XHH', 'Sociological survey'] };
const SIPAS_LEVELS = { total: ['Chỉ số SIPAS', 'SIPAS'] };

function levelLabel(index, level) {
  const table = index === 'sipas' ? SIPAS_LEVELS : PAR_LEVELS;
  if (table[level]) return table[level];
  const sub = /^(A\d)\.([TS])$/.exec(level);
  if (sub) return SUB_LABELS[sub[2]];
  return null;
}

function buildPoints(geo) {
  const nameToCode = new Map(geo.provinces.map((p) => [p.vi, p.code]));
  const regionByName = new Map(geo.regions.map((r) => [r.vi, r.code]));
  const sources = new Map(read('seeds/sources.csv').map((s) => [s.source_id, s]));
  const figures = [];
  const unitOf = (name) => {
    if (nameToCode.has(name)) return nameToCode.get(name);
    if (/^national/.test(name)) return 'VN';
    const region = /^region: (.*)$/.exec(name);
    if (region && regionByName.has(region[1])) return region[1] && regionByName.get(region[1]);
    throw new Error(`points: unknown unit ${name}`);
  };
  for (const [file, index] of [['par_index/par_index_published_points.csv', 'par'], ['sipas/sipas_published_points.csv', 'sipas']]) {
    for (const r of read(file)) {
      const m = /^(?:area|component): (.*)$/.exec(r.level);
      const level = m ? `${r.level.startsWith('area') ? 'area' : 'component'}:${m[1]}` : r.level === 'mean' ? 'total' : r.level;
      figures.push({
        index, year: Number(r.year), unit: unitOf(r.unit), level, label: m ? [m[1], m[1]] : levelLabel(index, 'total'),
        value: num(r.value), unitOfValue: r.unit_of_value || null, max: index === 'par' && r.level === 'total' ? 100 : null,
        rank: num(r.rank), of: num(r.of), mean: r.level === 'mean',
        source: { title: r.source_title, url: r.source_url }, note: r.note || null,
      });
    }
  }
  for (const r of read('seeds/seed_figures.csv')) {
    const index = r.index === 'PAR INDEX' ? 'par' : r.index.toLowerCase();
    const s = sources.get(r.source_id);
    if (!s) throw new Error(`seed figure: unknown source ${r.source_id}`);
    figures.push({
      index, year: Number(r.year), unit: unitOf(r.province), level: r.level,
      label: index === 'papi' ? null : levelLabel(index, r.level) ?? [r.level, r.level],
      value: num(r.value), unitOfValue: 'points', max: num(r.max), rank: num(r.rank), of: num(r.of), group: r.group || null, mean: false,
      source: { title: s.title_vi, titleEn: s.title_en, publisher: s.publisher }, note: r.note || null, seed: true, disputed: r.disputed === '1' || undefined,
    });
  }
  return { figures, parLevels: PAR_LEVELS };
}

// ---------------------------------------------------------------- write
function write(name, data) {
  mkdirSync(OUT, { recursive: true });
  const text = JSON.stringify(data);
  writeFileSync(path.join(OUT, name), text + '\n');
  const raw = Buffer.byteLength(text), gz = gzipSync(text, { level: 9 }).length;
  console.log(`${name.padEnd(28)} ${(raw / 1024).toFixed(1).padStart(7)} KB raw  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
  return { raw, gz };
}

function main() {
  const geo = buildGeo();
  const sizes = [
    write('geo.generated.json', geo),
    write('papi.generated.json', buildPapi(geo)),
    write('pci.generated.json', buildPci(geo)),
    write('points.generated.json', buildPoints(geo)),
  ];
  const raw = sizes.reduce((s, x) => s + x.raw, 0), gz = sizes.reduce((s, x) => s + x.gz, 0);
  console.log(`${'total'.padEnd(28)} ${(raw / 1024).toFixed(1).padStart(7)} KB raw  ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`);
}

main();
