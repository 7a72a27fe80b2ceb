import fc from 'fast-check';
import { parseProgress, withCompletionDate, withNoteDate } from '../../../src/core/fields/progress';
import { isIsoDate } from '../../../src/core/dates';
import type { CellValue, ProgressState } from '../../../src/core/types';

const ctx = { planYear: 2023 };
const progress = (text: string) => parseProgress({ value: text, text }, ctx);

describe('progress cells', () => {
  test.each<[string, ProgressState, number | null]>([
    ['Hoàn thành', 'done', 100],
    ['Đã hoàn thành', 'done', 100],
    ['Đã thực hiện', 'done', 100],
    ['Xong', 'done', 100],
    ['Đã triển khai xong', 'done', 100],
    ['100%', 'done', 100],
    ['Hoàn thành 100%', 'done', 100],
    ['HOÀN THÀNH', 'done', 100],
    ['Đang thực hiện', 'in-progress', null],
    ['Đang triển khai', 'in-progress', null],
    ['Đang hoàn thành hồ sơ', 'in-progress', null],
    ['Đã triển khai', 'in-progress', null],
    ['Tiếp tục thực hiện', 'in-progress', null],
    ['50%', 'in-progress', 50],
    ['80 %', 'in-progress', 80],
    ['Đạt 62,5%', 'in-progress', 62.5],
    ['Đã hoàn thành 80%', 'in-progress', 80],
    ['Đang thực hiện (60%)', 'in-progress', 60],
    ['Chưa hoàn thành', 'in-progress', null],
    ['Chưa xong', 'in-progress', null],
    ['Không hoàn thành', 'in-progress', null],
    ['Đã xong 50%', 'in-progress', 50],
    ['Đã hoàn thành; 96% hồ sơ đúng hạn', 'done', 100],
    ['Chưa thực hiện', 'not-started', 0],
    ['Chưa triển khai', 'not-started', 0],
    ['Không thực hiện', 'not-started', 0],
    ['0%', 'not-started', 0],
    ['', 'unknown', null],
    ['   ', 'unknown', null],
    ['Xem ghi chú', 'unknown', null],
    ['Phòng Nội vụ', 'unknown', null],
    // A count of the planned work: "done" only when all of it is.
    ['Đã tổ chức 2/4 hội nghị', 'in-progress', 50],
    ['Đã tổ chức 02/04 hội nghị', 'in-progress', 50],
    ['Đạt 3/5 chỉ tiêu', 'in-progress', 60],
    ['Đã thực hiện 1 trên 3 đợt kiểm tra', 'in-progress', 33.3],
    ['Đã tổ chức 4/4 hội nghị', 'done', 100],
    ['Chưa tổ chức 0/4 hội nghị', 'not-started', 0],
    // Dates and document numbers are not counts.
    ['Đã tổ chức ngày 2/4', 'done', 100],
    ['Đã tổ chức hội nghị ngày 2/4/2023', 'done', 100],
    ['Đã ban hành Kế hoạch 12/KH-UBND', 'done', 100],
  ])('%s → %s (%s)', (text, state, percent) => {
    const p = progress(text);
    expect([p.state, p.percent]).toEqual([state, percent]);
  });

  test('negations are never done', () => {
    for (const t of ['Chưa hoàn thành', 'chưa hoàn thành 100% kế hoạch', 'Không hoàn thành', 'Chưa thực hiện', 'Chưa xong', 'CHƯA HOÀN THÀNH']) {
      expect(progress(t).state).not.toBe('done');
    }
  });

  test('the completion date a cell states', () => {
    expect(progress('Hoàn thành ngày 15/8/2023').doneOn).toBe('2023-08-15');
    expect(progress('Đã hoàn thành ngày 15 tháng 8 năm 2023').doneOn).toBe('2023-08-15');
    // The issue date of the document that completes the task; its number is not a date.
    expect(progress('Đã ban hành Kế hoạch số 12/KH-UBND ngày 3/5/2023')).toMatchObject({ state: 'done', doneOn: '2023-05-03' });
    expect(progress('Đã ban hành Quyết định số 123/2023/QĐ-UBND ngày 03/05/2023')).toMatchObject({ state: 'done', doneOn: '2023-05-03' });
    expect(progress('Hoàn thành').doneOn ?? null).toBeNull();
    expect(progress('Hoàn thành 15/8').doneOn ?? null).toBeNull(); // no year: no completion date
    expect(progress('Hoàn thành ngày 31/02/2023').doneOn ?? null).toBeNull();
  });

  test('numbers: completion dates, fractions and percentages; booleans; errors', () => {
    const cell = (value: CellValue, numberFormat: string | null, text = '') => parseProgress({ value, text, numberFormat }, ctx);
    expect(cell(45153, 'dd/mm/yyyy', '15/08/2023')).toMatchObject({ state: 'done', doneOn: '2023-08-15' });
    expect(cell(43691, 'dd/mm/yyyy', '15/08/2023')).toMatchObject({ doneOn: '2019-08-14' });
    expect(parseProgress({ value: 43691, text: '15/08/2023', numberFormat: 'dd/mm/yyyy' }, { planYear: 2023, date1904: true }).doneOn).toBe('2023-08-15');
    expect(cell(0.5, '0%', '50%')).toMatchObject({ state: 'in-progress', percent: 50 });
    expect(cell(1, '0%', '100%')).toMatchObject({ state: 'done', percent: 100 });
    expect(cell(0, '0%', '0%')).toMatchObject({ state: 'not-started', percent: 0 });
    expect(cell(0.25, 'General', '0.25')).toMatchObject({ state: 'in-progress', percent: 25 });
    expect(cell(80, 'General', '80')).toMatchObject({ state: 'in-progress', percent: 80 });
    expect(cell(100, 'General', '100')).toMatchObject({ state: 'done', percent: 100 });
    expect(cell(250, 'General', '250')).toMatchObject({ state: 'unknown', percent: null });
    expect(cell(-3, 'General', '-3').state).toBe('unknown');
    expect(cell(true, null, 'TRUE').state).toBe('done');
    expect(cell(false, null, 'FALSE').state).toBe('unknown');
    expect(cell({ error: '#N/A' }, null, '#N/A')).toMatchObject({ state: 'unknown', percent: null });
    expect(cell(null, null, '').state).toBe('unknown');
  });

  test('NFD and ALL CAPS read alike', () => {
    for (const t of ['Đã hoàn thành', 'Chưa hoàn thành', 'Đang triển khai', 'Chưa thực hiện']) {
      expect(progress(t.normalize('NFD')).state).toBe(progress(t).state);
      expect(progress(t.toUpperCase()).state).toBe(progress(t).state);
    }
  });

  test('never throws; percent within 0–100; a completion date is a real date', () => {
    const value: fc.Arbitrary<CellValue> = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.double(), fc.boolean(), fc.constant(null), fc.constant({ error: '#REF!' }));
    fc.assert(
      fc.property(value, fc.string(), fc.option(fc.constantFrom('General', '0%', 'dd/mm/yyyy', '0.00')), (v, text, numberFormat) => {
        const p = parseProgress({ value: v, text: typeof v === 'string' ? v : text, numberFormat }, ctx);
        if (p.percent !== null) expect(p.percent >= 0 && p.percent <= 100).toBe(true);
        if (p.doneOn) expect(isIsoDate(p.doneOn)).toBe(true);
        if (p.state === 'done') expect(p.percent).toBe(100);
      }),
      { numRuns: 1000 },
    );
  });
});

test.each([
  ['Tháng 6/2025 đã hoàn thành', 'done', 100],
  ['Quý 1/2025 đã triển khai', 'in-progress', null],
  ['Từ 2/4 đến nay đã tổ chức 3 đợt', 'done', 100],
  ['Đang triển khai, chậm tiến độ, dự kiến hoàn thành tháng 12', 'in-progress', null],
  ['Hoàn thành chậm tiến độ', 'done', 100],
])('a date, a month or a late state is not a count: %s', (text, state, percent) => {
  expect(parseProgress({ value: text, text, numberFormat: null }, { planYear: 2025 })).toMatchObject({ state, percent });
});

describe('reviewer readings', () => {
  const read = (text: string) => parseProgress({ value: text, text, numberFormat: null }, { planYear: 2025 });

  test.each([
    'Dự kiến hoàn thành tháng 12/2025',
    'Dự kiến hoàn thành trong Quý IV/2025',
    'Sẽ hoàn thành trong tháng 11',
    'Phấn đấu hoàn thành trước 31/12/2025',
    'Phấn đấu đạt chỉ tiêu',
  ])('a completion still to come is under way, with no completion date: %s', (text) => {
    const p = read(text);
    expect(p.state).toBe('in-progress');
    expect(p.doneOn ?? null).toBeNull();
  });

  test.each([
    'Đã phê duyệt',
    'Đã được phê duyệt',
    'Đã ký ban hành',
    'Đã nghiệm thu',
    'Đã đưa vào vận hành',
    'Đã vận hành chính thức',
    'Đạt chỉ tiêu',
    'Vượt chỉ tiêu',
    'HT',
    'ht.',
  ])('done wording: %s', (text) => {
    expect(read(text)).toMatchObject({ state: 'done', percent: 100 });
  });

  test.each([
    ['Chưa TH', 'not-started'],
    ['Chưa HT', 'in-progress'],
    ['Chưa được phê duyệt', 'in-progress'],
    ['Không đạt chỉ tiêu', 'in-progress'],
    ['Đã trình phê duyệt', 'unknown'],
    // "HT" only as the whole cell: inside other words it is not a status.
    ['HT văn bản điện tử', 'unknown'],
    // The steering committee is no step taken.
    ['Ban Chỉ đạo CCHC', 'unknown'],
  ])('not done: %s → %s', (text, state) => {
    expect(read(text).state).toBe(state);
  });

  test.each<[string, number | null]>([
    ['Cơ bản hoàn thành (90%)', 90],
    ['Cơ bản hoàn thành', null],
    ['Đã cơ bản hoàn thành', null],
    ['Đã hoàn thành giai đoạn 1', null],
    ['Đã thực hiện đợt 1', null],
    ['Hoàn thành giai đoạn I', null],
    // A year after the stage is no second stage.
    ['Đã hoàn thành giai đoạn 1, 2025', null],
  ])('partly done is under way: %s (%s)', (text, percent) => {
    expect(read(text)).toMatchObject({ state: 'in-progress', percent });
  });

  // Every stage listed is the whole work, not a part of it.
  test.each(['Đã tổ chức đợt 1 và đợt 2', 'Đã hoàn thành giai đoạn 1 và giai đoạn 2', 'Hoàn thành giai đoạn I, II', 'Đã thực hiện đợt 1 - đợt 2'])(
    'every stage listed is done: %s',
    (text) => expect(read(text).state).toBe('done'),
  );

  test.each([
    'Trong hạn',
    'Còn hạn',
    'Sắp đến hạn',
    '🟡 Sắp đến hạn',
    '🟢 Còn hạn',
    'Đúng tiến độ',
    'Đảm bảo tiến độ',
    'Vượt tiến độ',
    'Không đảm bảo tiến độ',
    'Đã gia hạn đến Quý I/2026',
    'Đề nghị gia hạn',
    'Xin gia hạn',
    'Đã xây dựng dự thảo',
    'Đã gửi dự thảo xin ý kiến các sở',
    'Thường xuyên thực hiện',
    'Đã chỉ đạo các đơn vị triển khai',
  ])('a timing or a step without a state says the task is under way: %s', (text) => {
    expect(read(text)).toMatchObject({ state: 'in-progress', percent: null });
  });

  test('a timing word does not undo a stated completion', () => {
    expect(read('Hoàn thành đúng tiến độ')).toMatchObject({ state: 'done', timing: 'on-time' });
    expect(read('Hoàn thành trong hạn')).toMatchObject({ state: 'done', timing: 'on-time' });
    expect(read('Hoàn thành, không đảm bảo tiến độ')).toMatchObject({ state: 'done', timing: 'late' });
    expect(read('Hoàn thành không đúng hạn')).toMatchObject({ state: 'done', timing: 'late' });
    expect(read('Đã hoàn thành sau khi gia hạn')).toMatchObject({ state: 'done' });
    expect(read('Chưa hoàn thành, còn hạn').state).toBe('in-progress');
  });

  test('more than planned is done; a stated delay is done late', () => {
    expect(read('Vượt 5% kế hoạch')).toMatchObject({ state: 'done', percent: 100 });
    expect(read('Vượt 12,5% chỉ tiêu')).toMatchObject({ state: 'done', percent: 100 });
    // A share of the plan reached is not more than planned.
    expect(read('Giải ngân đạt 80% kế hoạch')).toMatchObject({ state: 'in-progress', percent: 80 });
    expect(read('Đã hoàn thành trễ 10 ngày')).toMatchObject({ state: 'done', percent: 100, timing: 'late' });
    expect(read('Hoàn thành chậm 2 tháng')).toMatchObject({ state: 'done', percent: 100, timing: 'late' });
    expect(read('Hoàn thành').timing).toBeUndefined();
  });
});

describe('a column of actual completion dates ("Ngày hoàn thành thực tế")', () => {
  const serial = (value: number) => ({ value, text: '', numberFormat: 'dd/mm/yyyy' });
  const text = (t: string) => ({ value: t, text: t });
  const withDate = (state: string, cell: Parameters<typeof withCompletionDate>[1]) => withCompletionDate(progress(state), cell, {});

  test('a done state takes its completion date from the column, a serial or a day-first text', () => {
    expect(withDate('Đã hoàn thành', serial(46106))).toMatchObject({ text: 'Đã hoàn thành', state: 'done', percent: 100, doneOn: '2026-03-25' });
    expect(withDate('✅ Hoàn thành', text('20/6/2026'))).toMatchObject({ state: 'done', doneOn: '2026-06-20' });
    // The column records the completion; a date in the state text may be a document's.
    expect(withDate('Đã ban hành Kế hoạch số 12/KH-UBND ngày 3/5/2026', text('10/5/2026')).doneOn).toBe('2026-05-10');
    expect(withDate('Hoàn thành quá hạn', text('10/5/2026'))).toMatchObject({ doneOn: '2026-05-10', timing: 'late' });
  });

  test('a blank state is done on the written day', () => {
    expect(withCompletionDate(parseProgress({ value: null, text: '' }, ctx), text('12/05/2026'), {})).toMatchObject({ text: '12/05/2026', state: 'done', percent: 100, doneOn: '2026-05-12' });
    expect(withCompletionDate(parseProgress({ value: null, text: '' }, ctx), { value: 43691, text: '', numberFormat: 'dd/mm/yyyy' }, { date1904: true }).doneOn).toBe('2023-08-15');
  });

  test.each(['Đang thực hiện', '🟢 Đang thực hiện (còn hạn)', '🔴 Quá hạn', 'Chưa thực hiện', 'Chưa hoàn thành'])('a state that says not done (%s) stays not done beside a date', (state) => {
    const p = withDate(state, serial(46106));
    expect(p.state).not.toBe('done');
    expect(p.doneOn ?? null).toBeNull();
  });

  test.each([['blank', ''], ['a month only', '6/2026'], ['not a date', 'Chưa cập nhật'], ['an invalid day', '31/02/2026']])('a cell without a full date (%s) changes nothing', (_, t) => {
    expect(withDate('Đã hoàn thành', text(t))).toEqual(progress('Đã hoàn thành'));
    expect(withCompletionDate(parseProgress({ value: null, text: '' }, ctx), text(t), {}).state).toBe('unknown');
    expect(withDate('Hoàn thành', { value: 46106, text: '46106', numberFormat: 'General' }).doneOn ?? null).toBeNull();
  });
});

describe('a completion date in the note ("Ghi chú") of a done task', () => {
  const text = (t: string) => ({ value: t, text: t });
  const withNote = (state: string, cell: Parameters<typeof withNoteDate>[1]) => withNoteDate(progress(state), cell, {});

  test.each([
    ['a date serial', { value: 46223, text: '', numberFormat: 'dd/mm/yyyy' }, '2026-07-20'],
    ['a date alone', text('05/8/2026'), '2026-08-05'],
    ['a date after a done word', text('Hoàn thành ngày 05/8/2026'), '2026-08-05'],
    ['"HT ngày …"', text('HT ngày 20/8/2026'), '2026-08-20'],
    ['"Đã hoàn thành vào ngày …"', text('Đã hoàn thành vào ngày 20/8/2026.'), '2026-08-20'],
  ])('%s gives a done state its completion date', (_, cell, doneOn) => {
    for (const state of ['Xong', 'Hoàn thành', 'Đã hoàn thành']) expect(withNote(state, cell)).toMatchObject({ state: 'done', percent: 100, doneOn });
  });

  test.each(['Theo Văn bản số 12/UBND ngày 3/5/2026', 'Đã nhắc lần 2 ngày 3/5/2026', 'Gia hạn đến 30/9/2026', '6/2026', 'Chưa cập nhật'])('a note that is something else (%s) gives no date', (note) => {
    expect(withNote('Đã hoàn thành', text(note))).toEqual(progress('Đã hoàn thành'));
  });

  test.each(['Đang thực hiện', 'Chưa thực hiện', '🔴 Quá hạn', ''])('a date in the note never makes a task done (%j)', (state) => {
    const p = withNote(state, text('Hoàn thành ngày 05/8/2026'));
    expect(p.state).not.toBe('done');
    expect(p.doneOn ?? null).toBeNull();
  });

  test('a date the state itself gives is kept', () => {
    expect(withNote('Hoàn thành (15/9/2023)', text('20/9/2023')).doneOn).toBe('2023-09-15');
  });
});
