/**
 * A fake of the Excel JavaScript API subset the adapter uses, over FakeWorkbookState. It keeps the
 * real semantics that matter: properties are unreadable until load + sync, writes are queued and
 * applied on sync, *OrNullObject, 2-D shape checks, 8,192-character addresses, 5 MB request and
 * response limits, protected sheets — and it counts syncs and payload sizes for the tests.
 */
import { columnLetter, parseA1 } from '../../core/address';
import type { CellValue } from '../../core/types';
import { FakeWorkbookState, type FakeSheet, type Rect } from './state';

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

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
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
      return s ? { name: s.name, isNullObject: false } : { isNullObject: true };
    });
    return this;
  }
  get name(): string { return this.read('name'); }
  get isNullObject(): boolean { return this.read('isNullObject'); }
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

export class FakeRange extends Proxy {
  readonly format: { font: { bold: boolean }; fill: { color: string }; autofitColumns: () => void; wrapText: boolean };
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext, private locate: () => Located) {
    super(ctx);
    const queue = (n: number, f: () => void) => this.ctx.queue(n, f);
    const where = () => this.where();
    this.format = {
      font: { set bold(_v: boolean) { queue(20, () => where()); }, get bold() { return false; } },
      fill: { set color(v: string) { queue(30, () => { const { sheet, rect } = where(); for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.fills.set(`${r},${c}`, v); }); }, get color() { return ''; } },
      autofitColumns: () => queue(20, () => where()),
      set wrapText(_v: boolean) { queue(20, () => where()); },
      get wrapText() { return false; },
    };
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => { const w = this.where(); return { sheet: w.sheet, rects: [w.rect] }; });
  }
  private where(): { sheet: FakeSheet; rect: Rect } {
    const w = this.locate();
    if (!w) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return w;
  }
  load(props: string): this {
    const want = new Set(props.split(',').map((p) => p.trim()));
    this.request(props, () => {
      const w = this.locate();
      if (!w) return { isNullObject: true };
      const { sheet, rect } = w;
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      const out: Record<string, unknown> = { isNullObject: false, address: rectAddress(sheet.name, rect), rowCount: rows, columnCount: cols, rowIndex: rect.top - 1, columnIndex: rect.left - 1 };
      const cellProps = ['values', 'text', 'numberFormat'].filter((p) => want.has(p));
      if (cellProps.length && rows * cols > CELL_READ_LIMIT) throw new FakeOfficeError('InvalidArgument', 'The range has more than 5,000,000 cells.');
      for (const p of cellProps) {
        out[p] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => {
          const cell = sheet.cells.get(`${rect.top + i},${rect.left + j}`);
          if (p === 'values') return cell ? (typeof cell.value === 'object' && cell.value ? cell.value.error : cell.value) : '';
          if (p === 'text') return cell?.text ?? '';
          return cell?.format ?? 'General';
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
  get values(): unknown[][] { return this.read('values'); }
  set values(v: unknown[][]) {
    this.ctx.queue(JSON.stringify(v).length, () => {
      const { sheet, rect } = this.where();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', 'The sheet is protected.');
      if (v.length !== rect.bottom - rect.top + 1 || v.some((row) => row.length !== rect.right - rect.left + 1)) {
        throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
      }
      v.forEach((row, i) => row.forEach((value, j) => {
        const key = `${rect.top + i},${rect.left + j}`;
        if (value === '' || value === null) sheet.cells.delete(key);
        else sheet.cells.set(key, { value: value as CellValue, text: String(value), format: 'General' });
      }));
    });
  }
  get text(): string[][] { return this.read('text'); }
  get numberFormat(): string[][] { return this.read('numberFormat'); }
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
