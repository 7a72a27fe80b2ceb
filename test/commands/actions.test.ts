import path from 'node:path';
import { readWorkbook } from '../../src/cli/read-workbook';
import { createFakeExcel } from '../../src/demo/fake-excel';
import { createOfficeWorkbook } from '../../src/excel/office-workbook';
import { completing, highlightLateTasks, validateActiveSheet } from '../../src/commands/actions';

test('the ribbon validates and highlights with the user\'s saved settings, and clear removes it', async () => {
  const sheet = (await readWorkbook(path.join(__dirname, '../fixtures/ha-giang-2023-tracking.xlsx'))).sheets[0];
  const fake = createFakeExcel({ sheets: [sheet] });
  const api = createOfficeWorkbook(fake);
  await api.saveSettings({ asOf: '2023-10-16', dueSoonDays: 14 });
  const report = await validateActiveSheet(api);
  expect(report.asOf).toBe('2023-10-16');
  expect(await highlightLateTasks(api)).toBeGreaterThan(5);
  expect(fake.state.effectiveFill(sheet.sheetName, 7, 1)).toBe('#FFC7CE');
  await api.clearHighlight();
  expect(fake.state.effectiveFill(sheet.sheetName, 7, 1)).toBeNull();
});

test('a failing command still completes', async () => {
  const event = { completed: jest.fn() };
  await completing(event, async () => { throw new Error('boom'); });
  expect(event.completed).toHaveBeenCalledTimes(1);
});
