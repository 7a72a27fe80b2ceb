/**
 * A bounded memo for pure functions of one string. Plan sheets repeat a few owner, target,
 * deadline and progress phrases thousands of times ("Sở Nội vụ", "Thường xuyên"), so parsing
 * each distinct phrase once is the main saving on large sheets. The cache is emptied when it
 * reaches its limit: memory stays flat whatever the sheet size, and a sheet of all-distinct
 * texts pays one Map lookup per call.
 *
 * Values are shared between callers: a caller that hands them out must copy what can be mutated.
 */
export class StringMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit = 10_000,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = this.compute(key);
      this.map.set(key, v);
    }
    return v;
  }
}

/**
 * Freezes a parse and the arrays it holds, so that it can be handed out, and shared by every task
 * of a report with the same text, without a defensive copy per cell.
 */
export function frozen<T extends object>(value: T): Readonly<T> {
  for (const key in value) {
    const v = value[key];
    if (Array.isArray(v)) Object.freeze(v);
  }
  return Object.freeze(value);
}
