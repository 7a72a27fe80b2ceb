import fc from 'fast-check';
import {
  addDays, dateFormatParts, diffDays, endOfMonth, endOfQuarter, excelSerialToIso, formatViDate, isDateFormat, isIsoDate,
  isoDate, isoToExcelSerial, parseDayFirst, todayIso,
} from '../../src/core/dates';

describe('calendar dates as ISO strings', () => {
  test('isoDate builds real days only', () => {
    expect(isoDate(2023, 6, 30)).toBe('2023-06-30');
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2023, 2, 31)).toBeNull();
    expect(isoDate(2023, 13, 1)).toBeNull();
    expect(isoDate(2023, 0, 1)).toBeNull();
    expect(isoDate(2023, 4, 31)).toBeNull();
    expect(isoDate(2023, 6, 0)).toBeNull();
    expect(isoDate(2023.5, 6, 1)).toBeNull();
    expect(isoDate(Number.NaN, 6, 1)).toBeNull();
    expect(isoDate(1899, 12, 31)).toBeNull();
  });

  test('isIsoDate', () => {
    expect(isIsoDate('2023-12-31')).toBe(true);
    for (const s of ['2023-02-30', '2023-1-5', '31/12/2023', '', '2023-12-31T00:00:00Z']) expect(isIsoDate(s)).toBe(false);
  });

  test('todayIso is the local calendar date', () => {
    const now = new Date();
    const today = todayIso();
    expect(isIsoDate(today)).toBe(true);
    // Read around the call so a midnight in between cannot fail the test.
    const later = new Date();
    const local = (d: Date) => isoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
    expect([local(now), local(later)]).toContain(today);
  });

  test('Excel serials: the 1900 leap-year bug, 1904 system, time of day dropped', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull(); // Lotus' 29/2/1900 never existed
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45107)).toBe('2023-06-30');
    expect(excelSerialToIso(45107.999)).toBe('2023-06-30');
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(43648, true)).toBe('2023-07-03');
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY, 1e9]) expect(excelSerialToIso(bad)).toBeNull();
  });

  test('serial round trip', () => {
    fc.assert(fc.property(fc.integer({ min: 61, max: 100000 }), (n) => {
      const d = excelSerialToIso(n)!;
      expect(isIsoDate(d)).toBe(true);
      expect(isoToExcelSerial(d)).toBe(n);
      expect(excelSerialToIso(n - 1462, true) ?? d).toBe(d);
    }));
  });

  test.each([
    ['dd/mm/yyyy', true], ['d/m/yyyy', true], ['m/d/yy', true], ['[$-42A]d mmmm yyyy', true], ['dd/mm/yyyy hh:mm', true],
    ['mmm-yy', true], ['mm/yyyy', true], ['yyyy', true], ['[$-F800]dddd, mmmm dd, yyyy', true], ['dd"/"mm"/"yyyy', true],
    ['General', false], ['general', false], ['0.00', false], ['0%', false], ['#,##0', false], ['@', false], ['[h]:mm', false],
    ['h:mm:ss', false], ['mm:ss', false], ['[mm]:ss', false], ['"day"0', false], ['\\d0', false], ['[Red]0.00', false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)', false], ['', false],
  ])('isDateFormat(%j) = %s', (format, expected) => expect(isDateFormat(format)).toBe(expected));

  test('dateFormatParts tells a month or year format from a day format', () => {
    expect(dateFormatParts('mm/yyyy')).toEqual({ day: false, month: true, year: true });
    expect(dateFormatParts('yyyy')).toEqual({ day: false, month: false, year: true });
    expect(dateFormatParts('dd/mm/yyyy')).toEqual({ day: true, month: true, year: true });
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  test('ends of months and quarters', () => {
    expect(endOfMonth(2023, 2)).toBe('2023-02-28');
    expect(endOfMonth(2024, 2)).toBe('2024-02-29');
    expect(endOfMonth(2023, 4)).toBe('2023-04-30');
    expect(endOfMonth(2023, 12)).toBe('2023-12-31');
    expect([1, 2, 3, 4].map((q) => endOfQuarter(2023, q))).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  test('adding and subtracting days, across month, year, leap day and DST changes', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-03-12', 1)).toBe('2023-03-13'); // US DST starts
    expect(addDays('2023-11-05', -1)).toBe('2023-11-04'); // US DST ends
    expect(addDays('2023-10-16', 14)).toBe('2023-10-30');
    expect(diffDays('2023-10-16', '2023-09-30')).toBe(16);
    expect(diffDays('2023-03-13', '2023-03-12')).toBe(1);
    expect(diffDays('2024-01-01', '2023-01-01')).toBe(365);
    expect(diffDays('2023-01-01', '2023-01-02')).toBe(-1);
  });

  test('addDays and diffDays agree everywhere', () => {
    const day = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
      const e = addDays(d, n);
      expect(isIsoDate(e)).toBe(true);
      expect(diffDays(e, d)).toBe(n);
    }));
  });

  test('formatViDate writes day first', () => {
    expect(formatViDate('2023-12-31')).toBe('31/12/2023');
    expect(formatViDate('2023-06-05')).toBe('05/06/2023');
  });
});

describe('parseDayFirst: dates typed in the pane', () => {
  it.each([
    ['16/10/2023', '2023-10-16'],
    ['1/7/2025', '2025-07-01'],
    ['01-07-2025', '2025-07-01'],
    ['31.12.2024', '2024-12-31'],
    ['5/3/26', '2026-03-05'],
    [' 2023-10-16 ', '2023-10-16'],
  ])('%s → %s (day first)', (text, iso) => {
    expect(parseDayFirst(text)).toBe(iso);
  });

  it.each(['10/16/2023', '31/2/2024', '2023-13-01', 'hôm nay', '', '16/10'])('rejects %p', (text) => {
    expect(parseDayFirst(text)).toBeNull();
  });

  it('reads back what formatViDate writes, for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const iso = isoDate(y, m, d)!;
        expect(parseDayFirst(formatViDate(iso))).toBe(iso);
      }),
    );
  });
});
