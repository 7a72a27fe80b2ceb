/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderPane, sampleSheet } from '../support/pane';

jest.setTimeout(20_000); // Fluent under jsdom renders slowly

const APPENDIX = 'Phụ lục';

test('before a check the pane says what to do; checking shows the verdict and the findings by field', async () => {
  renderPane({ sheets: [sampleSheet(APPENDIX)] });
  expect(screen.getByText('Chưa kiểm tra')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  expect(await screen.findByText('3 lỗi cần sửa trước khi trình ký.')).toBeInTheDocument();
  const targets = screen.getByRole('heading', { name: 'Chỉ tiêu / kết quả' }).nextElementSibling as HTMLElement;
  expect(within(targets).getAllByRole('button').map((b) => b.textContent?.slice(0, 3))).toEqual(['D12', 'D39']);
  const deadlines = screen.getByRole('heading', { name: 'Thời hạn' }).nextElementSibling as HTMLElement;
  expect(within(deadlines).getByRole('button')).toHaveTextContent(/^G21/);
});

test('a finding selects its cell in the workbook', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet(APPENDIX)] });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  fireEvent.click(await screen.findByRole('button', { name: /^D39/ }));
  await waitFor(() => expect(fake.state.selection).toEqual({ sheet: 'Phụ lục', address: 'D39' }));
});

test('English when Office is in English, Vietnamese otherwise, and the switch changes the findings too', async () => {
  const sheet = sampleSheet(APPENDIX);
  const en = renderPane({ sheets: [sheet], displayLanguage: 'en-US' });
  fireEvent.click(screen.getByRole('button', { name: 'Check this sheet' }));
  expect(await screen.findByText('3 errors to fix before signing.')).toBeInTheDocument();
  fireEvent.click(screen.getByRole('button', { name: 'Chuyển sang tiếng Việt' }));
  expect(await screen.findByText('3 lỗi cần sửa trước khi trình ký.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: /^D12/ })).toHaveTextContent('Thiếu chỉ tiêu');
  en.unmount();
});

test('the strict profile turns vague entries into errors and is saved with the workbook', async () => {
  const { api } = renderPane({ sheets: [sampleSheet(APPENDIX)] });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  await screen.findByText('3 lỗi cần sửa trước khi trình ký.');
  fireEvent.click(screen.getByRole('radio', { name: 'Chặt chẽ (trước khi ký)' }));
  const verdict = await screen.findByText(/lỗi cần sửa trước khi trình ký/);
  await waitFor(() => expect(Number(verdict.textContent!.split(' ')[0])).toBeGreaterThan(3));
  expect((await api.loadSettings()).profile).toBe('strict');
});

test('removing a column in the mapping re-validates without it and saves the choice', async () => {
  const { api } = renderPane({ sheets: [sampleSheet(APPENDIX)] });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  await screen.findByText('3 lỗi cần sửa trước khi trình ký.');
  fireEvent.click(screen.getByRole('button', { name: /Bảng trên trang “Phụ lục”/ }));
  fireEvent.change(screen.getByRole('combobox', { name: 'Thời hạn' }), { target: { value: '' } });
  fireEvent.click(screen.getByRole('button', { name: 'Áp dụng' }));
  await waitFor(async () => expect((await api.loadSettings()).columns?.deadline).toBeNull());
  // Without a deadline column, G21's "missing deadline" is no longer a finding.
  await waitFor(() => expect(screen.queryByRole('button', { name: /^G21/ })).not.toBeInTheDocument());
});

test('the report sheet is inserted and deleted again', async () => {
  const { fake } = renderPane({ sheets: [sampleSheet(APPENDIX)] });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  await screen.findByText('3 lỗi cần sửa trước khi trình ký.');
  fireEvent.click(screen.getByRole('button', { name: 'Chèn báo cáo kiểm tra' }));
  expect(await screen.findByText(/Đã chèn trang “Báo cáo kiểm tra/)).toBeInTheDocument();
  expect(fake.state.sheets.map((s) => s.name)).toHaveLength(2);
  fireEvent.click(screen.getByRole('button', { name: 'Xóa các trang báo cáo' }));
  expect(await screen.findByText('Đã xóa 1 trang báo cáo.')).toBeInTheDocument();
  expect(fake.state.sheets.map((s) => s.name)).toEqual(['Phụ lục']);
});
