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
});
