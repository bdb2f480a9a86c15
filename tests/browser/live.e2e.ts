import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import config from './playwright.config';
import { login } from './demo';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const HOST = 'bs.lan@demo.ketnoi.vn';
const VIEWER = 'hanh.do.32@demo.ketnoi.vn';

// Chromium's fake camera (a moving test pattern) and microphone, permission prompts auto-accepted.
const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'],
  },
});

async function asUser(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** The <video> plays: its position moves. */
async function expectPlaying(page: Page) {
  const position = () => page.getByTestId('live-video').evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect.poll(position, { timeout: 45_000 }).toBeGreaterThan(1);
  const first = await position();
  await expect.poll(position, { timeout: 15_000 }).toBeGreaterThan(first);
}

test('a host goes live from the browser studio (fake camera), a colleague watches, chats, asks and up-votes; the host ends it', async ({ browser }) => {
  const host = await asUser(browser, HOST);
  await host.goto('/live');
  await expect(host.getByText('Cập nhật điều trị suy tim mạn 2026 cho tuyến cơ sở')).toBeVisible(); // demo data
  await host.getByRole('button', { name: 'Lên lịch buổi phát' }).click();
  await host.getByLabel('Tiêu đề').fill('Tập huấn e2e: hồi sức sơ sinh');
  await host.getByRole('button', { name: 'Lên lịch', exact: true }).click();
  await host.waitForURL(/\/live\/[0-9a-f-]{36}$/);
  const url = host.url();
  await expect(host.getByTestId('studio')).toBeVisible();
  await expect(host.getByTestId('stream-key')).toHaveValue(/^ktn_/);
  await host.getByRole('button', { name: 'Phát từ trình duyệt' }).click();
  await expect(host.getByTestId('studio').getByText('Đang phát', { exact: true })).toBeVisible({ timeout: 20_000 });

  const viewer = await asUser(browser, VIEWER, 360);
  await viewer.goto(new URL(url).pathname);
  await expectPlaying(viewer);
  const scrolls = await viewer.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(scrolls).toBe(false); // usable at 360 px
  await viewer.screenshot({ path: join(SHOTS, 'live-viewer-360.png'), fullPage: true });

  await viewer.getByLabel('Viết tin nhắn hoặc câu hỏi…').fill('Liều adrenaline cho trẻ sơ sinh?');
  await viewer.getByRole('button', { name: 'Đặt câu hỏi' }).click();
  await expect(host.getByTestId('chat-list').getByText('Liều adrenaline cho trẻ sơ sinh?')).toBeVisible({ timeout: 10_000 });
  await viewer.getByRole('tab', { name: 'Hỏi đáp' }).click();
  await viewer.getByRole('button', { name: '▲ 0' }).click();
  await expect(viewer.getByRole('button', { name: '▲ 1' })).toBeVisible();
  await viewer.getByRole('button', { name: '👏' }).click();
  await host.screenshot({ path: join(SHOTS, 'live-host-studio.png'), fullPage: true });

  await host.getByRole('button', { name: 'Kết thúc buổi phát' }).click();
  await expect(viewer.getByText('Đã kết thúc')).toBeVisible({ timeout: 15_000 });
});

test('the demo past session plays its recording, and the ledger exports a certificate', async ({ browser }) => {
  const viewer = await asUser(browser, VIEWER);
  await viewer.goto('/live');
  await viewer.getByRole('tab', { name: 'Đã phát' }).click();
  await viewer.getByText('Sơ cứu ngừng tuần hoàn ngoài bệnh viện (bản ghi)').click();
  await expectPlaying(viewer);
  await viewer.goto('/live/ledger');
  await expect(viewer.getByText('Tổng cộng: 0,5 giờ').or(viewer.getByText('Tổng cộng: 0.5 giờ'))).toBeVisible();
  const popup = viewer.waitForEvent('popup');
  await viewer.getByRole('button', { name: 'Xuất giấy chứng nhận (PDF)' }).click();
  const pdf = await popup;
  expect(pdf.url()).toContain('.pdf');
});
