import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const ADMIN = { email: 'so.yte.hanoi@demo.ketnoi.vn', password: 'Ketnoi-Demo-Tim-Phoi-2026' };
const stamp = Date.now().toString(36);
const NEW_USER = { name: 'Võ Thị Kiểm Thử', email: `kiem.thu.${stamp}@example.vn`, password: 'Một mật khẩu dài 2026' };

async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

test('register at 360 px → the department admin verifies → the new member signs in and sees the shell', async ({ browser }) => {
  // 1. A nurse registers on a phone-sized screen.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const p = await phone.newPage();
  await p.goto('/register');
  await expect(p.getByRole('heading', { name: 'Đăng ký' })).toBeVisible();
  await p.getByLabel('Họ và tên').fill(NEW_USER.name);
  await p.getByLabel('Email').fill(NEW_USER.email);
  // a common password is refused by the server, next to the field
  await p.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('password');
  await p.getByRole('combobox', { name: 'Nghề nghiệp' }).click();
  await p.getByRole('option', { name: 'Điều dưỡng' }).click();
  await p.getByRole('combobox', { name: 'Tỉnh/thành phố của cơ sở' }).fill('ha noi');
  await p.getByRole('option', { name: 'Hà Nội' }).click();
  await p.getByRole('combobox', { name: 'Cơ sở y tế' }).fill('bach mai');
  await p
    .getByRole('option', { name: /Bạch Mai/ })
    .first()
    .click();
  await p.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expect(p.getByText(/quá phổ biến/)).toBeVisible();
  await p.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(NEW_USER.password);
  await p.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await p.waitForURL('**/pending');
  await expect(p.getByText(/Bạch Mai/).first()).toBeVisible();
  expect(await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await p.screenshot({ path: join(SHOTS, '01-pending-360.png'), fullPage: true });

  // 2. The Hà Nội Department of Health admin approves her from the queue.
  const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const a = await desk.newPage();
  await login(a, ADMIN.email, ADMIN.password);
  await a.waitForURL((url) => url.pathname === '/');
  await a.goto('/admin/verifications');
  const approve = a.getByRole('button', { name: `Phê duyệt tài khoản của ${NEW_USER.name}` });
  await expect(approve).toBeVisible();
  await a.screenshot({ path: join(SHOTS, '02-verification-queue-1280.png'), fullPage: true });
  await approve.click();
  await expect(approve).toHaveCount(0);

  // 3. Her pending page hears the decision live (graphql-ws) and opens the verified shell.
  await p.waitForURL((url) => url.pathname === '/');
  await expect(p.getByText(NEW_USER.name).first()).toBeVisible();
  await p.screenshot({ path: join(SHOTS, '03-home-360.png'), fullPage: true });

  // Signing in again from a fresh device works too.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const l = await laptop.newPage();
  await login(l, NEW_USER.email, NEW_USER.password);
  await l.waitForURL((url) => url.pathname === '/');
  await expect(l.getByText(NEW_USER.name).first()).toBeVisible();
  await l.screenshot({ path: join(SHOTS, '03-home-1280.png'), fullPage: true });
  await laptop.close();

  await p.goto('/profile');
  const photo = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#0b7285' } })
    .jpeg()
    .toBuffer();
  const chooser = p.waitForEvent('filechooser');
  await p.getByRole('button', { name: 'Đổi ảnh đại diện' }).click();
  await (await chooser).setFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(p.locator('img[src*="/files/"]').first()).toBeVisible();
  await p.screenshot({ path: join(SHOTS, '04-profile-360.png'), fullPage: true });

  // 4. The directory finds a colleague without diacritics.
  await p.goto('/people');
  await p.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('nguyen thi lan');
  await expect(p.getByRole('link', { name: /Nguyễn Thị Lan/ }).first()).toBeVisible();
  await p.screenshot({ path: join(SHOTS, '05-people-360.png'), fullPage: true });

  await phone.close();
  await desk.close();
});

test('switches to English and keeps it', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('button', { name: 'Log in' }).last()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log in' }).last()).toBeVisible();
});
