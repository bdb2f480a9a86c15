import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import config from './playwright.config';
import { apiLogin, gql, login } from './demo';

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
  // bypassCSP only lets the test inject axe-core (the policy itself is checked in csp.e2e.ts)
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** axe-core in the page: no critical or serious violation. */
async function expectAccessible(page: Page, name: string) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `axe on ${name}`).toEqual([]);
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
  // The host's attendance list (who watched, credited hours) with its CSV export.
  const attendance = host.getByTestId('attendance');
  await expect(attendance.getByRole('table', { name: 'Danh sách tham dự' }).getByText(/Hạnh$/)).toBeVisible();
  const csv = host.context().waitForEvent('request', (r) => r.url().includes('.csv'));
  await attendance.getByRole('button', { name: 'Xuất danh sách tham dự (CSV)' }).click();
  expect((await csv).url()).toContain('live-attendance-');
  await host.screenshot({ path: join(SHOTS, 'live-host-attendance.png'), fullPage: true });
  await expectAccessible(host, 'session page with the attendance list');
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

test('a host schedules a session for one invitee and a co-host with the pickers; the invitee is notified and opens it at 360 px', async ({
  browser,
  request,
}) => {
  const invitee = await apiLogin(request, VIEWER);
  const name = async (token: string) => (await gql<{ me: { fullName: string } }>(request, `query { me { fullName } }`, {}, token)).me.fullName;
  const inviteeName = await name(invitee.token);
  const cohostName = await name((await apiLogin(request, 'admin.bachmai@demo.ketnoi.vn')).token);
  const host = await asUser(browser, HOST, 360);
  await host.goto('/live');
  await host.getByRole('button', { name: 'Lên lịch buổi phát' }).click();
  const title = `Giao ban e2e: sốc nhiễm khuẩn ${Date.now() % 100000}`;
  await host.getByLabel('Tiêu đề').fill(title);
  await host.getByRole('combobox', { name: 'Đối tượng xem' }).click();
  await host.getByRole('option', { name: 'Người được mời' }).click();
  await host.getByRole('searchbox', { name: 'Tìm người để mời' }).fill(inviteeName);
  await host
    .getByRole('button', { name: `Mời ${inviteeName}` })
    .first()
    .click();
  await expect(host.getByRole('button', { name: `Bỏ ${inviteeName}` })).toBeVisible();
  await host.getByRole('searchbox', { name: 'Tìm người đồng chủ trì' }).fill(cohostName);
  await host
    .getByRole('button', { name: `Thêm ${cohostName} làm đồng chủ trì` })
    .first()
    .click();
  await expect(host.getByRole('button', { name: /^Bỏ / })).toHaveCount(2);
  const scrolls = await host.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  expect(scrolls).toBe(false);
  await host.screenshot({ path: join(SHOTS, 'live-schedule-invitees-360.png'), fullPage: true });
  await expectAccessible(host, 'schedule form');
  await host.getByRole('button', { name: 'Lên lịch', exact: true }).click();
  await host.waitForURL(/\/live\/[0-9a-f-]{36}$/);
  const path = new URL(host.url()).pathname;

  const viewer = await asUser(browser, VIEWER, 360);
  await viewer.goto('/notifications');
  const notice = viewer.getByText(`đã lên lịch phát trực tiếp "${title}"`);
  await expect(notice).toBeVisible();
  expect(await viewer.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
  await viewer.screenshot({ path: join(SHOTS, 'live-notification-360.png'), fullPage: true });
  await expectAccessible(viewer, 'notifications with live notices');
  await notice.click();
  await viewer.waitForURL(`**${path}`);
  await expect(viewer.getByRole('heading', { name: title })).toBeVisible();
});

test('a training programme: linked from the live list and its group, with its sessions and members’ progress, at 360 px', async ({ browser }) => {
  const moderator = await asUser(browser, 'admin.bachmai@demo.ketnoi.vn', 360);
  await moderator.goto('/live');
  await moderator.getByTestId('live-programmes').getByRole('link', { name: 'Tim mạch cho tuyến xã 2026' }).click();
  await moderator.waitForURL(/\/live\/programmes\/[0-9a-f-]{36}$/);
  await expect(moderator.getByRole('heading', { name: 'Tim mạch cho tuyến xã 2026' })).toBeVisible();
  await expect(moderator.getByTestId('programme-sessions').getByText('Buổi 1: Đọc điện tâm đồ cơ bản')).toBeVisible();
  await expect(moderator.getByTestId('programme-progress').getByRole('row').nth(1)).toBeVisible();
  await expect(moderator.getByTestId('programme-progress').getByText('0/0').first()).toBeVisible();
  expect(await moderator.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
  await moderator.screenshot({ path: join(SHOTS, 'live-programme-360.png'), fullPage: true });
  await expectAccessible(moderator, 'programme page');

  await moderator.getByRole('link', { name: /^Nhóm: / }).click();
  const programmes = moderator.getByTestId('group-programmes');
  await expect(programmes.getByRole('link', { name: 'Tim mạch cho tuyến xã 2026' })).toBeVisible();
  await programmes.getByRole('link', { name: 'Tim mạch cho tuyến xã 2026' }).click();
  await moderator.waitForURL(/\/live\/programmes\/[0-9a-f-]{36}$/);
});
