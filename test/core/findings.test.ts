import { FINDING_CODES, makeFinding, severityOf } from '../../src/core/findings';
import { validate } from '../../src/core/validate';

describe('finding catalogue', () => {
  test('every code has a Vietnamese and an English message with its placeholders filled', () => {
    for (const code of FINDING_CODES) {
      const f = makeFinding(code, 12, 4, 'normal', {
        name: 'Sở X', successor: 'Sở Y', count: 2, text: 'abc', due: '31/12/2023', days: 3, doneOn: '01/01/2024',
        left: 'còn 3 ngày', leftEn: '3 days left', reason: '', reasonEn: '', column: 'thời hạn', columnEn: 'deadline', encoding: 'TCVN3',
      });
      expect(f.cell).toBe('D12');
      expect(f.column).toBe('D');
      expect(f.row).toBe(12);
      expect(f.message.length).toBeGreaterThan(5);
      expect(f.messageEn.length).toBeGreaterThan(5);
      expect(f.message).not.toMatch(/\{\w+\}/);
      expect(f.messageEn).not.toMatch(/\{\w+\}/);
    }
  });

  test('the strict profile raises vague deadlines and targets to errors, nothing else', () => {
    expect(severityOf('deadline.vague', 'normal')).toBe('warning');
    expect(severityOf('deadline.vague', 'strict')).toBe('error');
    expect(severityOf('target.vague', 'strict')).toBe('error');
    expect(severityOf('owner.unknown', 'strict')).toBe('warning');
    expect(severityOf('deadline.ongoing', 'strict')).toBe('info');
  });

  test('the required codes of the report interface exist', () => {
    for (const code of ['owner.missing', 'owner.unknown', 'owner.collective', 'owner.multiple', 'deadline.missing',
      'deadline.invalid', 'deadline.vague', 'deadline.ongoing', 'target.missing', 'target.vague', 'task.overdue',
      'task.due-soon', 'table.not-found']) {
      expect(FINDING_CODES).toContain(code);
    }
  });

  test('a task due today says so, not "0 days left"', () => {
    const snap = {
      sheetName: 'PL', top: 1, left: 1, merges: [],
      values: [['TT', 'Nhiệm vụ', 'Kết quả', 'Đơn vị chủ trì', 'Thời hạn'], ['1', 'Tổ chức hội nghị', 'Báo cáo', 'Sở Nội vụ', '30/11/2026']],
    };
    const soon = (asOf: string) => validate(snap, { asOf }).findings.find((f) => f.code === 'task.due-soon');
    expect(soon('2026-11-30')).toMatchObject({ cell: 'E2', message: 'Sắp đến hạn: đến hạn hôm nay (hạn 30/11/2026).', messageEn: 'Due soon: due today (due 30/11/2026).' });
    expect(soon('2026-11-27')).toMatchObject({ message: 'Sắp đến hạn: còn 3 ngày (hạn 30/11/2026).', messageEn: 'Due soon: 3 days left (due 30/11/2026).' });
    expect(soon('2026-11-29')?.messageEn).toBe('Due soon: 1 day left (due 30/11/2026).');
  });

  test('a late completion is reported at the cell that holds its date: the completion-date column or the note', () => {
    const r = validate({
      sheetName: 'Theo dõi', top: 1, left: 1, merges: [],
      values: [
        ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế', 'Ghi chú'],
        ['1', 'Tổ chức hội nghị', 'Sở Nội vụ', '30/6/2026', 'Đã hoàn thành', '10/7/2026', null],
        ['2', 'Rà soát thủ tục', 'Sở Tư pháp', '30/6/2026', 'Hoàn thành', null, 'Hoàn thành ngày 12/7/2026'],
        ['3', 'Tập huấn', 'Sở Tài chính', '30/6/2026', 'Hoàn thành quá hạn (ngày 15/7/2026)', null, null],
      ],
    }, { asOf: '2026-08-01' });
    expect(r.findings.filter((f) => f.code === 'task.done-late').map((f) => [f.cell, f.messageEn])).toEqual([
      ['F2', expect.stringContaining('10/07/2026')],
      ['G3', expect.stringContaining('12/07/2026')],
      ['E4', expect.stringContaining('15/07/2026')],
    ]);
  });

  test('a collective owner is quoted as the cell writes it, not as the directory names the set', () => {
    const snap = {
      sheetName: 'PL', top: 1, left: 1, merges: [],
      values: [['TT', 'Nhiệm vụ', 'Kết quả', 'Đơn vị chủ trì', 'Thời hạn'], ['1', 'Niêm yết thủ tục hành chính', 'Báo cáo', 'UBND các xã, phường', '30/11/2026']],
    };
    const f = validate(snap, { asOf: '2026-01-01' }).findings.find((x) => x.code === 'owner.collective');
    expect(f?.message).toBe('Chủ trì không cụ thể (“UBND các xã, phường”): nên giao cho một đơn vị chịu trách nhiệm chính.');
  });
});

