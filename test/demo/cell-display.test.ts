import { evaluateR1C1, numberText } from '../../src/demo/fake-excel/cell-display';

describe('the fake workbook shows cells as Excel does', () => {
  const grid: Record<string, number | string | null> = { '5,3': 6.08, '5,5': 0.17, '5,4': 'x' };
  const lookup = (r: number, c: number) => grid[`${r},${c}`] ?? null;

  it('evaluates the relative sums the add-in writes', () => {
    expect(evaluateR1C1('=RC[-3]+RC[-1]', 5, 6, lookup)).toBeCloseTo(6.25, 10);
    expect(evaluateR1C1('=RC[-3]-RC[-1]+1', 5, 6, lookup)).toBeCloseTo(6.91, 10);
    expect(evaluateR1C1('=RC[-3]+RC[-2]', 5, 6, lookup)).toEqual({ error: '#VALUE!' });
    expect(evaluateR1C1('=SUM(A1:A2)', 5, 6, lookup)).toEqual({ error: '#NAME?' });
  });

  it.each([
    [44.373124, '0.00', '44,37'],
    [6.25, '"≥ "0.00', '≥ 6,25'],
    [0.17, '+0.00;-0.00;0.00', '+0,17'],
    [-0.5, '+0.00;-0.00;0.00', '-0,50'],
    [0, '+0.00;-0.00;0.00', '0,00'],
    [2019, 'General', '2019'],
    [5.412219, 'General', '5,412219'],
  ])('%p under %p reads %p', (value, format, text) => {
    expect(numberText(value, format)).toBe(text);
  });
});
