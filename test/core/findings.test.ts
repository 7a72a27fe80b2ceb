import { FINDING_CODES, makeFinding, severityOf } from '../../src/core/findings';

describe('finding catalogue', () => {
  test('every code has a Vietnamese and an English message with its placeholders filled', () => {
    for (const code of FINDING_CODES) {
      const f = makeFinding(code, 12, 4, 'normal', {
        name: 'Sở X', successor: 'Sở Y', count: 2, text: 'abc', due: '31/12/2023', days: 3, doneOn: '01/01/2024',
        reason: '', reasonEn: '', column: 'thời hạn', columnEn: 'deadline', encoding: 'TCVN3',
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
});
