/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { WorkbookApi } from '../../src/excel/api';
import { renderPane, renderWithApi, sampleSheet } from '../support/pane';

jest.setTimeout(20_000); // Fluent under jsdom renders slowly

const check = () => fireEvent.click(screen.getByRole('button', { name: /Kiểm tra trang tính|Kiểm tra lại/ }));

async function alertText(): Promise<string> {
  return (await screen.findByRole('alert')).textContent ?? '';
}

test('a protected sheet: highlighting explains how to unprotect, and nothing is coloured', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet('Theo dõi')], protectedSheets: ['Theo dõi'] });
  check();
  await screen.findByText(/lỗi cần sửa|sẵn sàng/);
  fireEvent.click(screen.getByRole('tab', { name: 'Tiến độ' }));
  fireEvent.click(screen.getByRole('button', { name: 'Tô màu theo tiến độ' }));
  expect(await alertText()).toMatch(/Trang tính đang được bảo vệ/);
  expect(fake.state.sheet('Theo dõi')!.rules).toHaveLength(0);
});

test('cell-edit mode: the pane asks to finish editing, and works again afterwards', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet('Theo dõi')] });
  check();
  await screen.findByText(/lỗi cần sửa|sẵn sàng/);
  fireEvent.click(screen.getByRole('tab', { name: 'Tiến độ' }));
  fake.setEditMode(true);
  fireEvent.click(screen.getByRole('button', { name: 'Tô màu theo tiến độ' }));
  expect(await alertText()).toMatch(/chế độ sửa ô/);
  fake.setEditMode(false);
  const button = screen.getByRole('button', { name: 'Tô màu theo tiến độ' });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 8000 });
  fireEvent.click(button);
  expect(await screen.findByText(/Đã tô \d+ dòng nhiệm vụ/)).toBeInTheDocument();
});

test('an empty sheet says so', async () => {
  renderPane({ sheets: [{ sheetName: 'Trống', top: 1, left: 1, values: [], merges: [] }] });
  check();
  expect(await alertText()).toMatch(/Trang tính trống/);
  expect(screen.getByText('Chưa kiểm tra')).toBeInTheDocument();
});

test('an Excel without ExcelApi 1.13 is told to update Office', async () => {
  renderPane({ sheets: [sampleSheet('Phụ lục')], excelApi: 12 });
  check();
  expect(await alertText()).toMatch(/cần ExcelApi 1\.13/);
});

test('an unexpected failure gets the general message, can be dismissed, and the pane stays usable', async () => {
  const broken = {
    displayLanguage: () => 'vi-VN',
    readActiveSheet: () => Promise.reject(new TypeError('boom')),
    loadSettings: () => Promise.resolve({}),
    saveSettings: () => Promise.resolve(),
    onSheetChanged: () => Promise.resolve(() => undefined),
  } as unknown as WorkbookApi;
  renderWithApi(broken);
  check();
  expect(await alertText()).toMatch(/Có lỗi không lường trước/);
  expect(await alertText()).not.toMatch(/boom|TypeError/);
  fireEvent.click(screen.getByRole('button', { name: 'Đóng' }));
  await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  expect(screen.getByRole('button', { name: 'Kiểm tra trang tính' })).toBeEnabled();
});
