/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderPane, sampleSheet } from '../../support/pane';

jest.setTimeout(20_000); // Fluent under jsdom renders slowly

async function progressAsOf(date: string) {
  const pane = renderPane({ sheets: [sampleSheet('Theo dõi')] });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra trang tính' }));
  await screen.findByText(/lỗi cần sửa|sẵn sàng trình ký/);
  fireEvent.click(screen.getByRole('tab', { name: 'Tiến độ' }));
  const asOf = screen.getByRole('textbox', { name: /Tính đến ngày/ });
  fireEvent.change(asOf, { target: { value: date } });
  fireEvent.keyDown(asOf, { key: 'Enter' });
  // Buttons are disabled while the new date is saved with the workbook.
  await waitFor(() => expect(screen.getByRole('button', { name: 'Tô màu theo tiến độ' })).toBeEnabled(), { timeout: 8000 });
  return { ...pane, asOf };
}

test('as of 16/10/2023 the counts, the late tasks and the by-owner summary follow the date', async () => {
  await progressAsOf('16/10/2023');
  await waitFor(async () => expect((await screen.findAllByText(/quá \d+ ngày/)).length).toBeGreaterThan(0));
  // Overdue tasks come first, most days late first.
  const late = screen.getAllByText(/quá \d+ ngày/).map((e) => Number(/quá (\d+) ngày/.exec(e.textContent!)![1]));
  expect(late).toEqual([...late].sort((a, b) => b - a));
  expect(screen.getByRole('region', { name: 'Theo đơn vị chủ trì' })).toHaveTextContent('Chưa hoàn thành, quá hạn');
});

test('an impossible date is refused with a message and the as-of date stays', async () => {
  const { api, asOf } = await progressAsOf('16/10/2023');
  await waitFor(async () => expect((await api.loadSettings()).asOf).toBe('2023-10-16'));
  fireEvent.change(asOf, { target: { value: '31/2/2023' } });
  fireEvent.keyDown(asOf, { key: 'Enter' });
  expect(await screen.findByText('Ngày không hợp lệ: nhập theo ngày/tháng/năm.')).toBeInTheDocument();
  expect((await api.loadSettings()).asOf).toBe('2023-10-16');
  fireEvent.click(screen.getByRole('button', { name: 'Hôm nay' }));
  await waitFor(async () => expect((await api.loadSettings()).asOf).toBeNull());
});

test('highlight colours the overdue rows and clear restores the sheet, keeping the user\'s own fill', async () => {
  const { fake } = await progressAsOf('16/10/2023');
  fake.state.userFill('Theo dõi', 3, 1, '#DDEBF7');
  await screen.findAllByText(/quá \d+ ngày/);
  fireEvent.click(screen.getByRole('button', { name: 'Tô màu theo tiến độ' }));
  expect(await screen.findByText(/Đã tô \d+ dòng nhiệm vụ/)).toBeInTheDocument();
  expect(fake.state.effectiveFill('Theo dõi', 7, 1)).toBe('#FFC7CE');
  fireEvent.click(screen.getByRole('button', { name: 'Bỏ tô màu' }));
  expect(await screen.findByText(/Đã bỏ \d+ quy tắc tô màu/)).toBeInTheDocument();
  expect(fake.state.effectiveFill('Theo dõi', 7, 1)).toBeNull();
  expect(fake.state.effectiveFill('Theo dõi', 3, 1)).toBe('#DDEBF7');
});

test('a late task selects a cell on its row', async () => {
  const { fake } = await progressAsOf('16/10/2023');
  const first = (await screen.findAllByText(/quá \d+ ngày/))[0].closest('button')!;
  fireEvent.click(first);
  await waitFor(() => expect(fake.state.selection?.sheet).toBe('Theo dõi'));
  expect(fake.state.selection!.address).toMatch(/^[A-Z]+\d+$/);
});
