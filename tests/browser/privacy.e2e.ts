import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const PASSWORD = 'Ketnoi-Demo-Tim-Phoi-2026';
const ADMIN = { email: 'admin.e2e@ketnoi.vn', password: 'Quản trị kiểm thử 2026' };
const MEMBER = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh' };
const stamp = Date.now().toString(36);

async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL((url) => url.pathname === '/' || url.pathname === '/pending');
}

for (const width of [360, 1280]) {
  test(`a post with a patient's phone number to all members is checked before sending (${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await login(page, MEMBER.email, PASSWORD);
    const body = `Xin ý kiến ca suy tim ${stamp}-${width}: bệnh nhân Trần Văn Hùng, SĐT 0912 345 678, đã chuyển Bạch Mai`;
    const field = page.getByRole('combobox', { name: 'Nội dung bài viết' });
    await field.fill(body);
    // highlighted as you type: the name and the phone, never the hospital
    const hints = page.getByTestId('phi-hints').first();
    await expect(hints.getByText('Số điện thoại: 0912 345 678')).toBeVisible();
    await expect(hints.getByText('Họ tên: Trần Văn Hùng')).toBeVisible();
    await expect(hints.getByText(/Bạch Mai/)).toHaveCount(0);

    // "Đăng" opens the check; a hard identifier to all members needs a reason
    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Kiểm tra thông tin người bệnh trước khi gửi' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('0912 345 678')).toBeVisible();
    await expect(dialog).toHaveCSS('opacity', '1'); // opened (the screenshot is not of the transition)
    await page.screenshot({ path: join(SHOTS, `privacy-post-check-${width}.png`), animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Gửi kèm lý do' }).click();
    await expect(dialog.getByText('Hãy ghi lý do (không ghi tên hay số của người bệnh).')).toBeVisible();
    // "Sửa lại": nothing is sent, the text stays
    await dialog.getByRole('button', { name: 'Sửa lại' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Hãy sửa các thông tin được đánh dấu rồi gửi lại.')).toBeVisible();
    await expect(field).toHaveValue(body);
    await expect(page.getByRole('article').filter({ hasText: `${stamp}-${width}` })).toHaveCount(0);

    // send with a reason: posted (the server re-checks and records the reason)
    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    await dialog.getByLabel('Lý do giữ lại').fill('Gia đình đồng ý, cần hỗ trợ liên hệ khẩn');
    await dialog.getByRole('button', { name: 'Gửi kèm lý do' }).click();
    await expect(page.getByRole('article', { name: `Bài viết của ${MEMBER.name}` }).filter({ hasText: `${stamp}-${width}` })).toBeVisible();
    await context.close();
  });
}

test('forgot password: the e-mailed one-time link sets a new password; a wrong password says so', async ({ browser, request }) => {
  // a fresh account, so the demo ones keep their password
  const email = `quen.mk.${stamp}@test.ketnoi.vn`;
  const facilities = await request.post('/graphql', { data: { query: '{ facilities(first: 1) { edges { node { id } } } }' } });
  const facilityId = (await facilities.json()).data.facilities.edges[0].node.id as string;
  const registered = await request.post('/graphql', {
    data: {
      query: 'mutation($input: RegisterInput!) { register(input: $input) { user { id } } }',
      variables: { input: { fullName: 'Phạm Thu Trang', email, password: PASSWORD, profession: 'NURSE', facilityId } },
    },
  });
  expect((await registered.json()).errors).toBeUndefined();

  const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill('không phải mật khẩu');
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await expect(page.getByRole('alert').filter({ hasText: 'Sai e-mail hoặc mật khẩu' })).toBeVisible();

  await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
  await expect(page.getByRole('heading', { name: 'Quên mật khẩu' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Gửi liên kết' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'liên kết đặt lại mật khẩu đã được gửi' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'privacy-forgot-360.png') });

  // the operator's outbox (no SMTP_URL, not production)
  await page.goto('/dev/outbox');
  const link = /http:\/\/[^\s<]+\/reset-password#token=[A-Za-z0-9_-]+/.exec(await page.content())?.[0];
  expect(link).toBeTruthy();
  await page.goto(new URL(link!).pathname + new URL(link!).hash);
  await expect(page.getByRole('heading', { name: 'Đặt mật khẩu mới' })).toBeVisible();
  const fresh = 'Sông Hồng mùa lũ đỏ nặng phù sa';
  await page.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill(fresh);
  await page.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill(fresh);
  await page.screenshot({ path: join(SHOTS, 'privacy-reset-360.png') });
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã đặt mật khẩu mới' })).toBeVisible();

  // one time only (a fresh page: the same URL again would only be a hash change)
  const reuse = await page.context().newPage();
  await reuse.goto(new URL(link!).pathname + new URL(link!).hash);
  await reuse.getByRole('textbox', { name: 'Mật khẩu mới', exact: true }).fill('Một mật khẩu khác hẳn nữa đây');
  await reuse.getByRole('textbox', { name: 'Nhập lại mật khẩu mới' }).fill('Một mật khẩu khác hẳn nữa đây');
  await reuse.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(reuse.getByRole('alert').filter({ hasText: 'không hợp lệ hoặc đã hết hạn' })).toBeVisible();
  await reuse.close();

  await login(page, email, fresh);
  await expect(page).toHaveURL(/\/pending$/);
});

test('a platform admin grants a Department of Health admin role with its province, then withdraws it', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await login(page, ADMIN.email, ADMIN.password);
  await page.goto('/admin/verifications');
  await page.getByRole('link', { name: 'Phân quyền quản trị' }).click();
  await page.getByRole('searchbox', { name: 'Tìm người dùng theo tên' }).fill('Đỗ Thị Hạnh');
  const card = page.getByRole('listitem').filter({ hasText: MEMBER.name }).first();
  await expect(card).toBeVisible();
  await card.getByRole('checkbox', { name: 'Quản trị Sở Y tế' }).check();
  await card.getByRole('button', { name: 'Lưu quyền' }).click();
  // the province is required with it (the server says so too)
  await expect(card.getByText('Quản trị Sở Y tế cần chọn tỉnh/thành phố phụ trách.')).toBeVisible();
  await card.getByRole('combobox', { name: 'Tỉnh/thành phố phụ trách (Sở Y tế)' }).fill('Đà Nẵng');
  await page.getByRole('option', { name: 'Đà Nẵng' }).click();
  await card.getByRole('button', { name: 'Lưu quyền' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã lưu quyền của ${MEMBER.name}` })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'privacy-roles-1280.png') });
  await card.getByRole('checkbox', { name: 'Quản trị Sở Y tế' }).uncheck();
  await card.getByRole('button', { name: 'Lưu quyền' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã lưu quyền của ${MEMBER.name}` })).toBeVisible();
});
