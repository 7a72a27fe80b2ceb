/**
 * A fake of the Excel JavaScript API subset the adapter uses, over FakeWorkbookState. It keeps the
 * real semantics that matter: properties are unreadable until load + sync, writes are queued and
 * applied on sync, *OrNullObject, 2-D shape checks, 8,192-character addresses, 5 MB request and
 * response limits, protected sheets — and it counts syncs and payload sizes for the tests.
 */
import { columnLetter, parseA1 } from '../../core/address';
import { FakeWorkbookState, numberFormatAt, setNumberFormat, STANDARD_WIDTH, STANDARD_WIDTH_POINTS, styleAt, textAt, valueAt, writeCell, type FakeCellStyle, type FakeName, type FakeSheet, type Rect } from './state';

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;

export interface FakeStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

type Op = { size: number; run: () => void };
type Load = { size: () => number; resolve: () => void };

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private ops: Op[] = [];
  private loads: Load[] = [];
  constructor(readonly state: FakeWorkbookState, readonly stats: FakeStats, readonly editMode: () => boolean) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(size: number, run: () => void): void {
    this.ops.push({ size, run });
  }
  load(l: Load): void {
    this.loads.push(l);
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    const request = ops.reduce((n, o) => n + o.size, 0) + loads.length * 40;
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, request);
    if (request > PAYLOAD_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    if (this.editMode() && ops.length) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    for (const op of ops) op.run();
    let response = 0;
    for (const l of loads) {
      l.resolve();
      response += l.size();
    }
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, response);
    if (response > PAYLOAD_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    if (ops.length) this.state.changed();
  }
}

/** Base of every proxy: values are readable only after load + sync. */
class Proxy {
  protected data: Record<string, unknown> | null = null;
  constructor(protected ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.data || !(prop in this.data)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${prop}' is not available. Call load() and context.sync() first.`);
    }
    return this.data[prop] as T;
  }
  /** Data a collection's load brings for each of its items. */
  prime(data: Record<string, unknown>): void {
    this.data = { ...(this.data ?? {}), ...data };
  }
  protected request(props: string, compute: () => Record<string, unknown>): void {
    let result: Record<string, unknown> = {};
    this.ctx.load({ resolve: () => { result = compute(); this.data = { ...(this.data ?? {}), ...result }; }, size: () => JSON.stringify(result).length });
    void props;
  }
}

function parseAddress(address: string): Rect | null {
  const local = address.replace(/^.*!/, '').replace(/\$/g, '');
  const [a, b] = local.split(':');
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function rectAddress(sheet: string, r: Rect): string {
  const a = `${columnLetter(r.left)}${r.top}`;
  const b = `${columnLetter(r.right)}${r.bottom}`;
  const name = /^[\p{L}\d_]+$/u.test(sheet) ? sheet : `'${sheet}'`;
  return `${name}!${a === b ? a : `${a}:${b}`}`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function absoluteAddress(sheet: string, r: Rect): string {
  const [where, cells] = rectAddress(sheet, r).split(/!(?=[^!]*$)/);
  return `${where}!${cells.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`;
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
  /** The active cell: the top-left cell of the selection on the active sheet (A1 when nothing was selected). */
  getActiveCell(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const { state } = this.ctx;
      const sheet = state.sheet(state.activeSheet);
      if (!sheet) return null;
      const sel = state.selection?.sheet === sheet.name ? parseAddress(state.selection.address) : null;
      const top = sel?.top ?? 1;
      const left = sel?.left ?? 1;
      return { sheet, rect: { top, left, bottom: top, right: left } };
    });
  }
}

/** Excel's rules for a defined name, simplified: letters, digits, "_" and "."; not a cell reference. */
function validName(name: string): boolean {
  return /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
}

/** Workbook-level names (workbook.names). A name refers to a range and follows it when rows are inserted. */
export class FakeNamedItemCollection extends Proxy {
  add(name: string, reference: FakeRange, comment = ''): FakeNamedItem {
    this.ctx.queue(name.length + comment.length + 60, () => {
      if (!validName(name)) throw new FakeOfficeError('InvalidArgument', `'${name}' is not a valid name.`);
      if (this.ctx.state.names.has(name.toUpperCase())) throw new FakeOfficeError('ItemAlreadyExists', `The name '${name}' already exists.`);
      const { sheet, rect } = reference.resolve();
      this.ctx.state.names.set(name.toUpperCase(), { name, sheet: sheet.name, rect: { ...rect }, comment });
    });
    return this.getItemOrNullObject(name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.state.names.get(name.toUpperCase());
      if (!n) throw new FakeOfficeError('ItemNotFound', `The name '${name}' does not exist.`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => this.ctx.state.names.get(name.toUpperCase()) ?? null);
  }
  private itemsCache: FakeNamedItem[] = [];
  load(props: string): this {
    this.request(props, () => {
      const names = [...this.ctx.state.names.values()];
      this.itemsCache = names.map((n) => {
        const item = new FakeNamedItem(this.ctx, () => this.ctx.state.names.get(n.name.toUpperCase()) ?? null);
        item.prime(FakeNamedItem.describe(n));
        return item;
      });
      return { items: names.map(FakeNamedItem.describe) };
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    this.read('items');
    return this.itemsCache;
  }
}

export class FakeNamedItem extends Proxy {
  constructor(ctx: FakeContext, private locate: () => FakeName | null) {
    super(ctx);
  }
  /** What loading a name brings: for a range, value is its absolute address; "#REF!" once its cells are gone. */
  static describe(n: FakeName): Record<string, unknown> {
    const value = n.rect ? absoluteAddress(n.sheet, n.rect) : '#REF!';
    return { isNullObject: false, name: n.name, comment: n.comment, type: n.rect ? 'Range' : 'Error', value, formula: `=${value}`, visible: true };
  }
  load(props: string): this {
    this.request(props, () => {
      const n = this.locate();
      return n ? FakeNamedItem.describe(n) : { isNullObject: true };
    });
    return this;
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get name(): string { return this.read('name'); }
  get comment(): string { return this.read('comment'); }
  get type(): string { return this.read('type'); }
  get value(): unknown { return this.read('value'); }
  get formula(): string { return this.read('formula'); }
  private target(): Located {
    const n = this.locate();
    const sheet = n?.rect ? this.ctx.state.sheet(n.sheet) : undefined;
    return n?.rect && sheet ? { sheet, rect: n.rect } : null;
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      if (!t) throw new FakeOfficeError('InvalidArgument', 'The name does not refer to a range.');
      return t;
    });
  }
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.ctx, () => this.target());
  }
  delete(): void {
    this.ctx.queue(30, () => {
      const n = this.locate();
      if (!n) throw new FakeOfficeError('ItemNotFound', 'The name does not exist.');
      this.ctx.state.names.delete(n.name.toUpperCase());
    });
  }
}

export class FakeWorksheetCollection extends Proxy {
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(this.ctx.state.activeSheet) ?? null);
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.state.sheet(name);
      if (!s) throw new FakeOfficeError('ItemNotFound', `The worksheet '${name}' does not exist.`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue(name.length + 20, () => {
      if (this.ctx.state.sheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
      this.ctx.state.addSheet(name);
    });
    return this.getItemOrNullObject(name);
  }
  load(props: string): this {
    this.request(props, () => ({ items: this.ctx.state.sheets.map((s) => ({ name: s.name })) }));
    return this;
  }
  get items(): { name: string }[] {
    return this.read('items');
  }
}

export class FakeWorksheet extends Proxy {
  readonly protection: { load: (p: string) => void; readonly protected: boolean };
  readonly onChanged: { add: (h: FakeSheet['handlers'][number]) => { remove: () => void } };
  constructor(ctx: FakeContext, readonly locate: () => FakeSheet | null) {
    super(ctx);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- accessors in the object literal below have their own this
    const self = this;
    const protection = new (class extends Proxy {
      load(p: string) { this.request(p, () => ({ protected: self.sheet().protected })); }
      get protected(): boolean { return this.read('protected'); }
    })(ctx);
    this.protection = protection;
    this.onChanged = {
      add: (h) => {
        const s = this.sheet();
        s.handlers.push(h);
        return { remove: () => { s.handlers = s.handlers.filter((x) => x !== h); } };
      },
    };
  }
  sheet(): FakeSheet {
    const s = this.locate();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The worksheet does not exist.');
    return s;
  }
  load(props: string): this {
    this.request(props, () => {
      const s = this.locate();
      return s ? { name: s.name, isNullObject: false, standardWidth: STANDARD_WIDTH } : { isNullObject: true };
    });
    return this;
  }
  get name(): string { return this.read('name'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  /** Characters of the Normal style's font. */
  get standardWidth(): number { return this.read('standardWidth'); }
  activate(): void {
    this.ctx.queue(30, () => { this.ctx.state.activeSheet = this.sheet().name; });
  }
  delete(): void {
    this.ctx.queue(30, () => this.ctx.state.deleteSheet(this.sheet().name));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      const r = address ? parseAddress(address) : { top: 1, left: 1, bottom: 1048576, right: 16384 };
      if (!r) throw new FakeOfficeError('InvalidArgument', `Bad address '${address}'.`);
      return { sheet: s, rect: r };
    });
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect: { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount } }));
  }
  getRanges(address: string): FakeRangeAreas {
    if (address.length > 8192) throw new FakeOfficeError('InvalidArgument', 'The address is longer than 8,192 characters.');
    this.ctx.queue(address.length + 20, () => undefined); // the address travels in the request
    return new FakeRangeAreas(this.ctx, () => ({ sheet: this.sheet(), rects: address.split(',').map((a) => parseAddress(a.trim())!).filter(Boolean) }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.sheet();
      let top = Infinity, left = Infinity, bottom = 0, right = 0;
      const grow = (r: number, c: number) => { top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c); };
      for (const k of s.cells.keys()) { const [r, c] = k.split(',').map(Number); grow(r, c); }
      if (!valuesOnly) {
        for (const m of s.merges) { grow(m.top, m.left); grow(m.bottom, m.right); }
        for (const k of s.fills.keys()) { const [r, c] = k.split(',').map(Number); grow(r, c); }
      }
      return bottom === 0 ? null : { sheet: s, rect: { top, left, bottom, right } };
    });
  }
}

type Located = { sheet: FakeSheet; rect: Rect } | null;

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function eachCell(rect: Rect, f: (key: string, r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(`${r},${c}`, r, c);
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
}

function checkShape(v: unknown[][], rect: Rect): void {
  if (v.length !== rect.bottom - rect.top + 1 || v.some((row) => row.length !== rect.right - rect.left + 1)) {
    throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
  }
}

/** One value for the whole range, or null when the cells differ (as Excel reports format properties). */
function uniform<T>(rect: Rect, f: (key: string, r: number, c: number) => T): T | null {
  let first: T | undefined;
  let same = true;
  eachCell(rect, (k, r, c) => {
    const v = f(k, r, c);
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same && first !== undefined ? first : null;
}

export class FakeRange extends Proxy {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, private locate: () => Located) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.where());
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => { const w = this.where(); return { sheet: w.sheet, rects: [w.rect] }; });
  }
  private where(): { sheet: FakeSheet; rect: Rect } {
    const w = this.locate();
    if (!w) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return w;
  }
  /** For the fake's own objects (names.add): where this range is, when the request runs. */
  resolve(): { sheet: FakeSheet; rect: Rect } {
    return this.where();
  }
  private derived(f: (w: { sheet: FakeSheet; rect: Rect }) => Rect): FakeRange {
    return new FakeRange(this.ctx, () => {
      const w = this.where();
      const rect = f(w);
      if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROW || rect.right > MAX_COL || rect.bottom < rect.top || rect.right < rect.left) {
        throw new FakeOfficeError('InvalidArgument', 'The range is outside the worksheet.');
      }
      return { sheet: w.sheet, rect };
    });
  }
  load(props: string): this {
    const want = new Set(props.split(',').map((p) => p.trim()));
    this.request(props, () => {
      const w = this.locate();
      if (!w) return { isNullObject: true };
      const { sheet, rect } = w;
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const out: Record<string, unknown> = { isNullObject: false, address: rectAddress(sheet.name, rect), rowCount: rows, columnCount: cols, rowIndex: rect.top - 1, columnIndex: rect.left - 1, cellCount: rows * cols };
      const cellProps = ['values', 'text', 'numberFormat', 'formulasR1C1'].filter((p) => want.has(p));
      if (cellProps.length && rows * cols > CELL_READ_LIMIT) throw new FakeOfficeError('InvalidArgument', 'The range has more than 5,000,000 cells.');
      for (const p of cellProps) {
        out[p] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => {
          const key = `${rect.top + i},${rect.left + j}`;
          const cell = sheet.cells.get(key);
          if (p === 'numberFormat') return numberFormatAt(sheet, key);
          if (p === 'text') return textAt(sheet, rect.top + i, rect.left + j);
          if (p === 'formulasR1C1' && cell?.formulaR1C1) return cell.formulaR1C1;
          const value = valueAt(sheet, rect.top + i, rect.left + j);
          return value !== null && typeof value === 'object' ? value.error : value ?? '';
        }));
      }
      return out;
    });
    return this;
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get address(): string { return this.read('address'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get cellCount(): number { return this.read('cellCount'); }
  get values(): unknown[][] { return this.read('values'); }
  /** As in Excel, a string starting with "=" written to values is a formula. */
  set values(v: unknown[][]) {
    this.write(v);
  }
  /** Formulas in R1C1 (a cell without one reads as its value); writing takes formulas and constants alike. */
  get formulasR1C1(): unknown[][] { return this.read('formulasR1C1'); }
  set formulasR1C1(v: unknown[][]) {
    this.write(v);
  }
  private write(v: unknown[][]): void {
    this.ctx.queue(JSON.stringify(v).length, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      checkShape(v, rect);
      v.forEach((row, i) => row.forEach((input, j) => writeCell(sheet, `${rect.top + i},${rect.left + j}`, input)));
    });
  }
  get text(): string[][] { return this.read('text'); }
  get numberFormat(): string[][] { return this.read('numberFormat'); }
  set numberFormat(v: string[][]) {
    this.ctx.queue(JSON.stringify(v).length, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      checkShape(v, rect);
      v.forEach((row, i) => row.forEach((f, j) => setNumberFormat(sheet, `${rect.top + i},${rect.left + j}`, f)));
    });
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.locate()?.sheet ?? null);
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, bottom: rect.bottom + deltaRows, right: rect.right + deltaColumns }));
  }
  getColumn(column: number): FakeRange {
    return this.derived(({ rect }) => ({ ...rect, left: rect.left + column, right: rect.left + column }));
  }
  getCell(row: number, column: number): FakeRange {
    return this.derived(({ rect }) => ({ top: rect.top + row, left: rect.left + column, bottom: rect.top + row, right: rect.left + column }));
  }
  /** Like Excel: only the top-left value survives; merged areas inside are absorbed, one that sticks out is an error. */
  merge(across = false): void {
    this.ctx.queue(40, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      const parts = across ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({ ...rect, top: rect.top + i, bottom: rect.top + i })) : [rect];
      for (const m of parts) {
        if (sheet.merges.some((x) => intersects(x, m) && !(x.top >= m.top && x.bottom <= m.bottom && x.left >= m.left && x.right <= m.right))) {
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that partly overlaps a merged area.');
        }
        sheet.merges = sheet.merges.filter((x) => !intersects(x, m));
        eachCell(m, (k, r, c) => { if (r !== m.top || c !== m.left) sheet.cells.delete(k); });
        if (m.bottom > m.top || m.right > m.left) sheet.merges.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
      }
    });
  }
  /** Every merged area touching the range is split. */
  unmerge(): void {
    this.ctx.queue(30, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      sheet.merges = sheet.merges.filter((x) => !intersects(x, rect));
    });
  }
  /** "All" (default), "Contents" (values and formulas, formats stay) or "Formats" (formats, fills and merges). */
  clear(applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.ctx.queue(30, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      const contents = applyTo !== 'Formats';
      const formats = applyTo !== 'Contents';
      eachCell(rect, (k) => {
        if (contents) writeCell(sheet, k, null);
        if (formats) {
          sheet.styles?.delete(k);
          sheet.fills.delete(k);
          const c = sheet.cells.get(k);
          if (c) c.format = 'General';
        }
      });
      if (formats) sheet.merges = sheet.merges.filter((x) => !intersects(x, rect));
    });
  }
  select(): void {
    this.ctx.queue(30, () => { const { sheet, rect } = this.where(); this.ctx.state.selection = { sheet: sheet.name, address: rectAddress(sheet.name, rect).replace(/^.*!/, '') }; });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const w = this.locate();
      if (!w) return null;
      const rects = w.sheet.merges.filter((m) => intersects(m, w.rect));
      return rects.length ? { sheet: w.sheet, rects } : null;
    });
  }
}

/** Range.format: alignment, wrapping, column width, font and fill, written to every cell of the range. */
export class FakeRangeFormat extends Proxy {
  readonly font: FakeRangeFont;
  readonly fill: { color: string };
  constructor(ctx: FakeContext, private where: () => { sheet: FakeSheet; rect: Rect }) {
    super(ctx);
    this.font = new FakeRangeFont(ctx, where);
    const set = (n: number, f: () => void) => this.ctx.queue(n, f);
    this.fill = {
      set color(v: string) { set(30, () => { const { sheet, rect } = where(); writable(sheet); eachCell(rect, (k) => sheet.fills.set(k, v)); }); },
      get color() { return ''; },
    };
  }
  private style(n: number, patch: FakeCellStyle): void {
    this.ctx.queue(n, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      eachCell(rect, (k) => Object.assign(styleAt(sheet, k), patch));
    });
  }
  load(props: string): this {
    this.request(props, () => {
      const { sheet, rect } = this.where();
      return { columnWidth: uniform(rect, (_k, _r, c) => sheet.columnWidths?.get(c) ?? STANDARD_WIDTH_POINTS) };
    });
    return this;
  }
  /** Points, or null when the columns differ. */
  get columnWidth(): number | null { return this.read('columnWidth'); }
  set columnWidth(v: number | null) {
    this.ctx.queue(30, () => {
      const { sheet, rect } = this.where();
      sheet.columnWidths ??= new Map();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, v ?? STANDARD_WIDTH_POINTS);
    });
  }
  set horizontalAlignment(v: string) { this.style(40, { horizontalAlignment: v }); }
  set verticalAlignment(v: string) { this.style(40, { verticalAlignment: v }); }
  set wrapText(v: boolean) { this.style(30, { wrapText: v }); }
  autofitColumns(): void {
    this.ctx.queue(20, () => this.where());
  }
}

export class FakeRangeFont extends Proxy {
  constructor(ctx: FakeContext, private where: () => { sheet: FakeSheet; rect: Rect }) {
    super(ctx);
  }
  private style(patch: FakeCellStyle): void {
    this.ctx.queue(40, () => {
      const { sheet, rect } = this.where();
      writable(sheet);
      eachCell(rect, (k) => Object.assign(styleAt(sheet, k), patch));
    });
  }
  load(props: string): this {
    this.request(props, () => {
      const { sheet, rect } = this.where();
      const st = (k: string) => sheet.styles?.get(k) ?? {};
      return { bold: uniform(rect, (k) => st(k).bold ?? false), italic: uniform(rect, (k) => st(k).italic ?? false), color: uniform(rect, (k) => st(k).color ?? '#000000') };
    });
    return this;
  }
  get bold(): boolean | null { return this.read('bold'); }
  set bold(v: boolean) { this.style({ bold: v }); }
  get italic(): boolean | null { return this.read('italic'); }
  set italic(v: boolean) { this.style({ italic: v }); }
  set size(v: number) { this.style({ size: v }); }
  get color(): string | null { return this.read('color'); }
  set color(v: string) { this.style({ color: v }); }
}

export class FakeRangeAreas extends Proxy {
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, private locate: () => { sheet: FakeSheet; rects: Rect[] } | null) {
    super(ctx);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => {
      const w = this.locate();
      if (!w) throw new FakeOfficeError('ItemNotFound', 'The ranges do not exist.');
      return w;
    });
  }
  load(props: string): this {
    this.request(props, () => {
      const w = this.locate();
      return w ? { isNullObject: false, address: w.rects.map((r) => rectAddress(w.sheet.name, r)).join(','), areaCount: w.rects.length } : { isNullObject: true };
    });
    return this;
  }
  get isNullObject(): boolean { return this.read('isNullObject'); }
  get address(): string { return this.read('address'); }
  get areaCount(): number { return this.read('areaCount'); }
}

export class FakeConditionalFormatCollection extends Proxy {
  constructor(ctx: FakeContext, private locate: () => { sheet: FakeSheet; rects: Rect[] }) {
    super(ctx);
  }
  add(_type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.ctx);
    this.ctx.queue(60, () => {
      const { sheet, rects } = this.locate();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
      cf.bind(sheet, this.ctx.state.addRule(sheet, rects, '', null).id);
    });
    return cf;
  }
  load(props: string): this {
    this.request(props, () => {
      const { sheet, rects } = this.locate();
      const items = sheet.rules.filter((r) => r.ranges.some((a) => rects.some((b) => intersects(a, b)))).map((rule) => {
        const cf = new FakeConditionalFormat(this.ctx);
        cf.bind(sheet, rule.id);
        return cf;
      });
      this.itemsCache = items;
      return { count: items.length, formulas: items.map((i) => i.peekFormula()) };
    });
    return this;
  }
  private itemsCache: FakeConditionalFormat[] | null = null;
  get items(): FakeConditionalFormat[] {
    this.read('count');
    return this.itemsCache ?? [];
  }
}

export class FakeConditionalFormat {
  private sheet: FakeSheet | null = null;
  private ruleId = 0;
  readonly type = 'Custom';
  readonly custom: { rule: { formula: string }; format: { fill: { color: string } } };
  constructor(private ctx: FakeContext) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- accessors in the object literal below have their own this
    const self = this;
    this.custom = {
      rule: {
        get formula() { return self.peekFormula(); },
        set formula(v: string) { self.ctx.queue(v.length + 20, () => { self.rule().formula = v; }); },
      },
      format: { fill: { get color() { return self.rule().fill ?? ''; }, set color(v: string) { self.ctx.queue(30, () => { self.rule().fill = v; }); } } },
    };
  }
  bind(sheet: FakeSheet, id: number): void {
    this.sheet = sheet;
    this.ruleId = id;
  }
  private rule() {
    const r = this.sheet?.rules.find((x) => x.id === this.ruleId);
    if (!r) throw new FakeOfficeError('ItemNotFound', 'The conditional format does not exist.');
    return r;
  }
  peekFormula(): string {
    return this.sheet?.rules.find((x) => x.id === this.ruleId)?.formula ?? '';
  }
  delete(): void {
    this.ctx.queue(30, () => {
      if (this.sheet) this.sheet.rules = this.sheet.rules.filter((x) => x.id !== this.ruleId);
    });
  }
  load(_p: string): this {
    return this;
  }
}
