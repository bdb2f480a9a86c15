import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { login } from './demo';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

// From the demo seed (deterministic): the ministry; a verified nurse at a Hà Nội hospital
// (province 01, targeted); a verified physician in Nghệ An (province 40, not targeted).
const MINISTRY = 'bo.yte@demo.ketnoi.vn';
const NURSE = 'ngan.nguyen.9@demo.ketnoi.vn';
const PHYSICIAN = 'son.ho.15@demo.ketnoi.vn';
const stamp = Date.now().toString(36);
const TITLE = `Hướng dẫn kiểm soát nhiễm khuẩn cho điều dưỡng ${stamp}`;
// The API validates the number loosely: it must look like "15/2026/TT-BYT" (digits first).
const NUMBER = `${Date.now() % 100000}/2026/TT-BYT`;

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(`Thong tu ${NUMBER}`, { x: 56, y: 780, size: 14, font });
  return Buffer.from(await doc.save());
}

async function pick(page: Page, label: string, search: string, option: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

test('the ministry publishes to nurses in two provinces; a targeted nurse sees it live and acknowledges; a physician never sees it; the map shows 1', async ({
  browser,
}) => {
  test.setTimeout(180_000); // three sessions on a shared 2-core machine
  const bytes = await pdf();
  const sha = createHash('sha256').update(bytes).digest('hex');

  // ---- The nurse (phone) and the physician (desktop) are on their home pages, subscribed.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const nurse = await phone.newPage();
  await login(nurse, NURSE);
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const physician = await desk.newPage();
  await login(physician, PHYSICIAN);

  // ---- The ministry composes: chips for Hà Nội + Huế and nurses, a live count, a PDF.
  const office = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const ministry = await office.newPage();
  await login(ministry, MINISTRY);
  await ministry.getByRole('link', { name: 'Chính sách' }).first().click();
  await ministry.getByRole('link', { name: 'Soạn thông báo' }).click();
  await expect(ministry.getByRole('heading', { name: 'Soạn thông báo chính sách' })).toBeVisible();
  await expect(ministry.getByTestId('audience-size')).toContainText('Sẽ tới');
  const everyone = Number((await ministry.getByTestId('audience-size').innerText()).replace(/\D/g, '') || 0);
  await ministry.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
  await ministry.getByRole('textbox', { name: 'Số hiệu văn bản' }).fill(NUMBER);
  await ministry.getByRole('textbox', { name: 'Nội dung tóm tắt' }).fill('Điều dưỡng đọc văn bản đính kèm và xác nhận đã nắm được quy trình mới.');
  await ministry.getByRole('checkbox', { name: 'Yêu cầu người nhận xác nhận đã đọc' }).check();
  await pick(ministry, 'Tỉnh/thành', 'ha noi', 'Hà Nội');
  await pick(ministry, 'Tỉnh/thành', 'hue', 'Huế');
  await pick(ministry, 'Nghề nghiệp', 'dieu duong', 'Điều dưỡng');
  // The count follows the chips (debounced) and is smaller than "everyone".
  await expect(async () => {
    const n = Number((await ministry.getByTestId('audience-size').innerText()).replace(/\D/g, '') || 0);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(everyone);
  }).toPass();
  await ministry.getByTestId('broadcast-pdf-input').setInputFiles({ name: 'thong-tu.pdf', mimeType: 'application/pdf', buffer: bytes });
  await expect(ministry.getByText('thong-tu.pdf')).toBeVisible();
  await ministry.screenshot({ path: join(SHOTS, 'broadcasts-compose-1280.png'), fullPage: true });
  await ministry.getByRole('button', { name: 'Xem trước' }).click();
  await expect(ministry.getByRole('heading', { name: TITLE })).toBeVisible();
  ministry.once('dialog', (d) => void d.accept());
  await ministry.getByRole('button', { name: 'Đăng thông báo' }).click();
  await ministry.waitForURL(/\/broadcasts\/[0-9a-f-]+\/reach$/);

  // ---- The nurse: a toast and the pinned strip, without reloading.
  await expect(nurse.getByTestId('broadcast-toast')).toContainText(TITLE);
  await expect(physician.getByTestId('broadcast-toast')).toHaveCount(0);
  const pinned = nurse.getByTestId('pinned-broadcasts');
  await expect(pinned.getByRole('link', { name: TITLE })).toBeVisible();
  await noHorizontalScroll(nurse);
  await nurse.screenshot({ path: join(SHOTS, 'broadcasts-pinned-live-360.png') });
  await pinned.getByRole('link', { name: TITLE }).click();
  await expect(nurse.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(nurse.getByTestId('broadcast-sha256')).toHaveText(sha);
  await expect(nurse.getByTitle('Văn bản PDF: thong-tu.pdf')).toBeVisible();
  await nurse.getByRole('button', { name: 'Tôi đã đọc và xác nhận' }).click();
  await expect(nurse.getByText(/Bạn đã xác nhận lúc/)).toBeVisible();
  await noHorizontalScroll(nurse);
  await nurse.screenshot({ path: join(SHOTS, 'broadcasts-acknowledged-360.png'), fullPage: true });
  await nurse.goto('/');
  await expect(nurse.getByRole('heading', { name: /^Xin chào/ })).toBeVisible();
  await expect(nurse.getByRole('link', { name: TITLE })).toHaveCount(0);

  // ---- The physician: nothing live, nothing pinned, nothing in the archive, not by id.
  await physician.reload();
  await expect(physician.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(physician.getByText(TITLE)).toHaveCount(0);
  await physician.goto(`/broadcasts?q=${encodeURIComponent(stamp)}`);
  await expect(physician.getByText('Không có thông báo nào phù hợp.')).toBeVisible();
  const id = ministry.url().split('/').at(-2) as string;
  await physician.goto(`/broadcasts/${id}`);
  await expect(physician.getByRole('heading', { name: 'Không tìm thấy thông báo' })).toBeVisible();

  // ---- The ministry's dashboard: Hà Nội 1 acknowledged, in the table and on the map.
  await ministry.reload();
  const table = ministry.getByTestId('reach-province-table');
  const hanoi = table.locator('tr[data-province="01"]');
  await expect(hanoi.locator('td').nth(2)).toHaveText(/^1 \(/);
  await expect(table.locator('tr[data-province="46"]')).toBeVisible();
  await expect(table.locator('tr[data-province="40"]')).toHaveCount(0);
  const region = ministry.getByTestId('reach-map').locator('path[data-province="01"]');
  await expect(region).toHaveAttribute('data-acknowledged', '1');
  await expect(region).toHaveAttribute('aria-label', /Hà Nội: \d+ người được gửi, \d+ đã đọc, 1 đã xác nhận/);
  await expect(ministry.getByText('Quần đảo Hoàng Sa')).toBeVisible();
  await expect(ministry.getByText('Quần đảo Trường Sa')).toBeVisible();
  await ministry.screenshot({ path: join(SHOTS, 'broadcasts-reach-1280.png'), fullPage: true });
  await ministry.setViewportSize({ width: 360, height: 740 });
  await noHorizontalScroll(ministry);
  await ministry.screenshot({ path: join(SHOTS, 'broadcasts-reach-360.png'), fullPage: true });

  await Promise.all([phone.close(), desk.close(), office.close()]);
});
