import { buildDirectory, defaultDirectory } from '../../src/core/agencies/directory';
import { columnLetter } from '../../src/core/address';
import { addDays, diffDays } from '../../src/core/dates';
import { parseDeadline } from '../../src/core/fields/deadline';
import { parseOwners } from '../../src/core/fields/owner';
import { parseProgress } from '../../src/core/fields/progress';
import { classifyTarget } from '../../src/core/fields/target';
import { makeFinding } from '../../src/core/findings';
import { StringMemo } from '../../src/core/memo';
import { validate } from '../../src/core/validate';
import type { SheetSnapshot } from '../../src/core/types';

// The parsers memoise their answers for repeated texts; these tests pin down that a memoised
// answer equals a fresh one and that a caller changing what it got cannot change later answers.

describe('StringMemo', () => {
  test('computes each key once, and again after it is emptied at its limit', () => {
    const calls: string[] = [];
    const memo = new StringMemo((k) => (calls.push(k), k.length), 2);
    expect([memo.get('a'), memo.get('bb'), memo.get('a')]).toEqual([1, 2, 1]);
    expect(calls).toEqual(['a', 'bb']);
    memo.get('ccc'); // full: emptied, then filled with 'ccc'
    memo.get('a');
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});

describe('memoised parsers return equal, independent results', () => {
  test('parseOwners', () => {
    const dir = defaultDirectory();
    const text = 'Sở Nội vụ; Sở Tư pháp; Ban Không Có Thật';
    const first = parseOwners(text, dir);
    const expected = JSON.parse(JSON.stringify(first));
    first.agencies.push('X');
    first.unknown.length = 0;
    first.renamed.push({ name: 'a', successor: 'b' });
    first.text = 'changed';
    expect(parseOwners(text, dir)).toEqual(expected);
  });

  test('parseOwners keeps one memo per directory', () => {
    const text = 'Ban Quản lý XYZ';
    expect(parseOwners(text, defaultDirectory()).agencies).toEqual([]);
    const custom = buildDirectory([{ canonical: 'Ban Quản lý XYZ', aliases: [] }]);
    expect(parseOwners(text, custom).agencies).toEqual(['Ban Quản lý XYZ']);
    expect(parseOwners(text, defaultDirectory()).agencies).toEqual([]);
  });

  test('classifyTarget', () => {
    const first = classifyTarget('Ít nhất 01 đợt/năm');
    const expected = JSON.parse(JSON.stringify(first));
    first.numbers!.push(99);
    first.kind = 'vague';
    expect(classifyTarget('Ít nhất 01 đợt/năm')).toEqual(expected);
  });

  test('parseProgress', () => {
    const cell = { value: 'Đã hoàn thành ngày 15/8/2023', text: 'Đã hoàn thành ngày 15/8/2023' };
    const first = parseProgress(cell, { planYear: 2023 });
    const expected = { ...first };
    first.state = 'unknown';
    first.doneOn = null;
    expect(parseProgress(cell, { planYear: 2023 })).toEqual(expected);
  });

  test('parseDeadline, per plan year and as-of date', () => {
    const cell = { value: 'Trước năm 2025', text: 'Trước năm 2025' };
    const ctx = { planYear: 2023, asOf: '2023-10-16' };
    const first = parseDeadline(cell, ctx);
    const expected = JSON.parse(JSON.stringify(first));
    first.flags!.push('changed');
    first.due = null;
    expect(parseDeadline(cell, ctx)).toEqual(expected);
    // The same text under another context is read again, not taken from the first memo.
    const month = { value: 'Tháng 12', text: 'Tháng 12' };
    expect(parseDeadline(month, { planYear: 2023, asOf: '2023-10-16' }).due).toBe('2023-12-31');
    expect(parseDeadline(month, { planYear: 2024, asOf: '2023-10-16' }).due).toBe('2024-12-31');
  });
});

describe('cached helpers', () => {
  test('dates: repeated questions give the same answers', () => {
    expect([addDays('2023-10-16', 14), addDays('2023-10-16', 14)]).toEqual(['2023-10-30', '2023-10-30']);
    expect([diffDays('2024-03-01', '2024-02-28'), diffDays('2024-03-01', '2024-02-28')]).toEqual([2, 2]);
  });

  test('column letters', () => {
    expect([1, 26, 27, 702, 703, 16384].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(columnLetter(27)).toBe('AA');
  });

  test('finding messages fill every parameter, and only those given', () => {
    const f = makeFinding('deadline.vague', 5, 2, 'normal', { text: 'Theo kế hoạch', reason: ' — x' });
    expect(f.message).toBe('Thời hạn không xác định được ngày: “Theo kế hoạch” — x.');
    expect(f.messageEn).toBe('Deadline gives no date: “Theo kế hoạch”.');
    expect(makeFinding('owner.multiple', 5, 2, 'normal', { count: 2 }).messageEn).toBe('2 lead units named: give one lead and list the others as partners.');
  });
});

describe('validate() twice on the same sheet', () => {
  const snapshot: SheetSnapshot = {
    sheetName: 'Phụ lục',
    top: 1,
    left: 1,
    values: [
      ['TT', 'Nhiệm vụ', 'Kết quả cần đạt', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['1', 'Tuyên truyền', 'Kế hoạch', 'Sở Nội vụ; Ban Không Có Thật', 'Trước năm 2025'],
      ['2', 'Kiểm tra', 'Kế hoạch', 'Sở Nội vụ; Ban Không Có Thật', 'Trước năm 2025'],
    ],
    merges: [],
  };

  test('shares frozen parts that cannot be changed, so a later report is unaffected', () => {
    const first = validate(snapshot, { asOf: '2023-10-16' });
    const expected = JSON.parse(JSON.stringify(first));
    const attempts: (() => void)[] = [];
    for (const t of first.tasks) {
      attempts.push(() => (t.owner.agencies as string[]).push('X'));
      attempts.push(() => ((t.owner.unknown as string[]).length = 0));
      if (t.deadline.flags) attempts.push(() => (t.deadline.flags as string[]).push('changed'));
      attempts.push(() => ((t.target as { kind: string }).kind = 'measurable'));
      attempts.push(() => ((t.progress as { state: string }).state = 'done'));
    }
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(validate(snapshot, { asOf: '2023-10-16' })))).toEqual(expected);
  });

  test('tasks with the same owner text share one owner object', () => {
    const report = validate(snapshot, { asOf: '2023-10-16' });
    const byText = new Map<string, unknown>();
    for (const t of report.tasks) {
      const seen = byText.get(t.owner.text);
      if (seen) expect(t.owner).toBe(seen);
      byText.set(t.owner.text, t.owner);
    }
    expect(byText.size).toBeLessThan(report.tasks.length);
  });
});
