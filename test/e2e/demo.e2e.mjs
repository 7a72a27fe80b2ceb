// The browser tests of the demo: the real task pane over the simulated workbook.
import AxeBuilder from '@axe-core/playwright';
import { assert } from './harness.mjs';

const HEADER_FILL = '#DDEBF7';
const OVERDUE = '#FFC7CE';

async function open(page, url) {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Kiểm tra trang tính' }).waitFor();
}

async function axeClean(page, where) {
  // Fluent's TabList (tabster) adds empty focus-redirecting <i data-tabster-dummy aria-hidden
  // tabindex=0> elements; axe's aria-hidden-focus flags them. Microsoft documents this as a false
  // positive by design (microsoft/fluentui#27517, microsoft/tabster#288) and Accessibility
  // Insights suppresses it; we exclude those empty elements and nothing else.
  const { violations } = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  assert(violations.length === 0, `axe (${where}): ${violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.nodes[0]?.target}`).join('; ')}`);
}

/** Every cell's displayed fill, so that "clear" can be compared with "before". */
const fills = (page) => page.$$eval('td[data-cell]', (tds) => tds.map((td) => `${td.dataset.cell}=${td.dataset.fill}`).join(' '));

async function validate(page) {
  await page.getByRole('button', { name: /Kiểm tra trang tính|Kiểm tra lại/ }).click();
  await page.getByText(/lỗi cần sửa trước khi trình ký|sẵn sàng trình ký/).waitFor();
}

export const tests = (screenshotPath) => [
  ['the demo shows the pane beside the sample appendix, axe clean', async ({ page, url }) => {
    await open(page, url);
    await page.getByText('Tham gia của người dân', { exact: false }).first().waitFor();
    await page.getByText('BẢN DÙNG THỬ', { exact: false }).waitFor();
    // The empty state's heading and its text are two blocks, not one run-on line.
    const title = await page.getByRole('heading', { name: 'Chưa kiểm tra' }).boundingBox();
    const body = await page.getByText(/^Mở trang tính có bảng phụ lục/).boundingBox();
    assert(title && body && body.y >= title.y + title.height - 1, `empty state: heading ${JSON.stringify(title)} and text ${JSON.stringify(body)} share a line`);
    await axeClean(page, 'first view');
  }],

  ['validating the sample lists its errors; a finding selects its cell', async ({ page, url }) => {
    await open(page, url);
    await validate(page);
    await page.getByText('3 lỗi cần sửa trước khi trình ký.').waitFor();
    await page.getByRole('button', { name: /^D12\b/ }).click();
    await page.locator('td[data-cell="D12"][data-selected="true"]').waitFor();
    const selection = await page.evaluate(() => window.phulucDemo.state.selection);
    assert(selection?.address === 'D12' && selection.sheet === 'Phụ lục', `selection ${JSON.stringify(selection)}`);
    await axeClean(page, 'after validation');
    await page.screenshot({ path: screenshotPath });
  }],

  ['highlight colours late rows and clear restores every fill, the user\'s header colour included', async ({ page, url }) => {
    await open(page, url);
    await page.getByRole('tab', { name: 'Theo dõi' }).click();
    await validate(page);
    const before = await fills(page);
    assert(before.includes(HEADER_FILL), 'the sample header has the user\'s fill');
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    const asOf = page.getByRole('textbox', { name: /Tính đến ngày/ });
    await asOf.fill('16/10/2023');
    await asOf.press('Enter');
    await page.getByRole('button', { name: 'Tô màu theo tiến độ' }).click();
    await page.getByText(/Đã tô \d+ dòng nhiệm vụ/).waitFor();
    const overdue = await page.locator(`td[data-fill="${OVERDUE}"]`).count();
    assert(overdue > 0, 'no overdue cell coloured');
    assert((await fills(page)).includes(HEADER_FILL), 'the header lost the user\'s fill');
    await axeClean(page, 'progress panel');
    await page.getByRole('button', { name: 'Bỏ tô màu' }).click();
    await page.getByText(/Đã bỏ \d+ quy tắc tô màu/).waitFor();
    assert((await fills(page)) === before, 'clear did not restore the sheet exactly');
  }],

  ['late tasks jump to their row', async ({ page, url }) => {
    await open(page, url);
    await page.getByRole('tab', { name: 'Theo dõi' }).click();
    await validate(page);
    await page.getByRole('tab', { name: 'Tiến độ' }).click();
    const asOf = page.getByRole('textbox', { name: /Tính đến ngày/ });
    await asOf.fill('16/10/2023');
    await asOf.press('Enter');
    const first = page.getByRole('list').filter({ hasText: 'Quá hạn' }).getByRole('button').first();
    await first.click();
    const selection = await page.evaluate(() => window.phulucDemo.state.selection);
    assert(selection?.sheet === 'Theo dõi' && /^[A-Z]+\d+$/.test(selection.address), `selection ${JSON.stringify(selection)}`);
  }],

  ['the language switch turns the pane to English and back', async ({ page, url }) => {
    await open(page, url);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Check this sheet' }).click();
    await page.getByText('3 errors to fix before signing.').waitFor();
    assert((await page.evaluate(() => document.documentElement.lang)) === 'en', 'html lang is not en');
    await axeClean(page, 'English');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.getByRole('button', { name: 'Kiểm tra lại' }).waitFor();
  }],

  ['the pane works from the keyboard', async ({ page, url }) => {
    await open(page, url);
    await page.getByRole('button', { name: 'Kiểm tra trang tính' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('3 lỗi cần sửa trước khi trình ký.').waitFor();
    await page.getByRole('tab', { name: 'Kiểm tra', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByText('Số nhiệm vụ theo tình trạng', { exact: false }).waitFor();
  }],

  ['at 300 px wide the pane does not overflow sideways', async ({ page, url }) => {
    await page.setViewportSize({ width: 300, height: 800 });
    await open(page, url);
    await validate(page);
    const overflow = await page.$eval('main', (m) => m.scrollWidth - m.clientWidth);
    assert(overflow <= 0, `the pane overflows by ${overflow}px`);
    await axeClean(page, '300 px');
  }],

  ['a user edit in the sheet re-validates the pane', async ({ page, url }) => {
    await open(page, url);
    await validate(page);
    await page.locator('td[data-cell="D12"]').dblclick();
    const editor = page.getByRole('textbox', { name: 'D12' });
    await editor.fill('100% xã, phường');
    await editor.press('Enter');
    await page.getByText('2 lỗi cần sửa trước khi trình ký.').waitFor({ timeout: 5000 });
    await page.getByText('Trang tính vừa thay đổi, đã kiểm tra lại.').waitFor();
  }],

  ['Bảng chỉ số: Lào Cai\'s PAPI profile 2018–2019 goes in at the selected cell, refreshes and is deleted', async ({ page, url }) => {
    await open(page, url);
    await page.locator('td[data-cell="J2"]').click();
    await page.getByRole('tab', { name: 'Bảng chỉ số' }).click();
    await page.getByRole('combobox', { name: /Tỉnh, thành phố/ }).pressSequentially('lao cai');
    await page.getByRole('option', { name: 'Lào Cai', exact: true }).click();
    await page.getByRole('combobox', { name: 'Từ năm' }).selectOption('2018');
    await page.getByRole('combobox', { name: 'Đến năm' }).selectOption('2019');
    await page.getByRole('region', { name: 'Xem trước' }).getByText('29/63').waitFor();
    await axeClean(page, 'index panel');
    await page.getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await page.getByText(/Đã chèn bảng vào J2:/).waitFor();
    const grid = page.getByRole('region', { name: /Bảng tính mô phỏng: Phụ lục/ });
    for (const text of ['Kết quả PAPI của Lào Cai, 2018–2019', '29/63', '13/63', '44,37', '45,06', 'TBC', 'CN']) await grid.getByText(text, { exact: true }).first().waitFor();
    // Inserting again over the same cells asks first and writes nothing until the user agrees.
    await page.getByRole('button', { name: 'Chèn vào ô đang chọn' }).click();
    await page.getByRole('button', { name: 'Ghi đè lên các ô này' }).waitFor();
    await page.getByRole('button', { name: 'Cập nhật bảng' }).click();
    await page.getByText('Đã cập nhật 1 bảng: 0 ô thay đổi.').waitFor();
    await page.getByRole('button', { name: /^Xóa bảng/ }).click();
    await page.getByText(/Đã xóa bảng/).waitFor();
    assert((await grid.getByText('29/63', { exact: true }).count()) === 0, 'the table is still in the sheet');
  }],

  ['Bảng chỉ số: the target check flags seed 001\'s errors and jumps to them', async ({ page, url }) => {
    await open(page, url);
    await page.getByRole('tab', { name: 'PAPI 2022' }).click();
    await page.getByRole('tab', { name: 'Bảng chỉ số' }).click();
    await page.getByRole('button', { name: 'Kiểm tra bảng mục tiêu' }).first().click();
    await page.getByRole('button', { name: 'Kiểm tra bảng mục tiêu' }).last().click();
    await page.getByText('1 bảng mục tiêu: 1 lỗi.').waitFor();
    await page.getByRole('button', { name: /^G8\b.*6,63/ }).click();
    await page.locator('td[data-cell="G8"][data-selected="true"]').waitFor();
    await page.getByRole('tab', { name: 'PAR INDEX 2022' }).click();
    await page.getByRole('button', { name: 'Kiểm tra bảng mục tiêu' }).last().click();
    await page.getByText('1 bảng mục tiêu: 2 lỗi.').waitFor();
    await page.getByRole('button', { name: /^D13\b.*11,49/ }).waitFor();
    await axeClean(page, 'target check');
  }],
];
