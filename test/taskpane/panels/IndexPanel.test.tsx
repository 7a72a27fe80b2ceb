/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPane, sampleSheet } from '../../support/pane';

jest.setTimeout(30_000); // Fluent under jsdom renders slowly; the dataset loads on first use

test('the target check on seed 001\'s PAPI table flags 6,08 + 0,17 ≠ 6,63 and jumps to the cell', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet('PAPI 2022')] });
  fireEvent.click(screen.getByRole('tab', { name: 'Bảng chỉ số' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra bảng mục tiêu' }, { timeout: 10_000 }));
  const run = await screen.findAllByRole('button', { name: 'Kiểm tra bảng mục tiêu' });
  fireEvent.click(run[run.length - 1]);
  expect(await screen.findByText('1 bảng mục tiêu: 1 lỗi.', undefined, { timeout: 10_000 })).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: /^G8.*6,63/ }));
  await waitFor(() => expect(fake.state.selection).toEqual({ sheet: 'PAPI 2022', address: 'G8' }));
});

test('a table is inserted at the selected cell only with consent when the cells hold data', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet('PAPI 2022')] });
  fake.state.select('PAPI 2022', 'A1'); // the sheet's own title: not empty
  fireEvent.click(screen.getByRole('tab', { name: 'Bảng chỉ số' }));
  const province = await screen.findByRole('combobox', { name: /Tỉnh, thành phố/ }, { timeout: 10_000 });
  fireEvent.change(province, { target: { value: 'cao bang' } });
  fireEvent.click(province); // opens the list, as a user's click or typing does
  fireEvent.click(await screen.findByRole('option', { name: 'Cao Bằng' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Chèn vào ô đang chọn' }, { timeout: 10_000 }));
  expect(await screen.findByText(/ô đã có dữ liệu/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  expect(fake.state.names.size).toBe(0);
  const overwrite = screen.getByRole('button', { name: 'Ghi đè lên các ô này' });
  await waitFor(() => expect(overwrite).toBeEnabled(), { timeout: 10_000 });
  fireEvent.click(overwrite);
  expect(await screen.findByText(/Đã chèn bảng vào A1:/, undefined, { timeout: 10_000 })).toBeInTheDocument();
  expect(fake.state.names.size).toBe(1);
});
