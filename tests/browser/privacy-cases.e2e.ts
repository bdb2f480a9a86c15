import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { SHOTS, apiLogin, gql, login } from './demo';

// A case's discussion: a facility from the directory is never a patient's name; what the
// server still finds can be kept with a reason (audited) — the same dialog as posts.
const DOCTOR_A = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const stamp = Date.now().toString(36);

for (const width of [360, 1280]) {
  test(`case discussion: "Bạch Mai" passes, a name is kept only with a reason (${width} px)`, async ({ browser, request }) => {
    const { token } = await apiLogin(request, DOCTOR_A.email);
    const created = await gql<{ createCaseFile: { id: string } }>(
      request,
      `mutation($input: CaseFileInput!) { createCaseFile(input: $input) { id } }`,
      {
        input: {
          title: `Suy tim cấp ${stamp}-${width}`,
          ageYears: 70,
          sex: 'FEMALE',
          provinceCode: '01',
          presentingComplaint: 'Khó thở tăng dần 3 ngày.',
          question: 'Có nên chuyển tuyến không?',
        },
      },
      token,
    );
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await login(page, DOCTOR_A.email);
    await page.goto(`/cases/${created.createCaseFile.id}?tab=discussion`);

    const editor = page.getByRole('textbox', { name: 'Viết ý kiến' });
    await editor.fill(`Bạch Mai trả lời rồi, đồng ý nhận ${stamp}.`);
    await expect(page.getByText('Họ tên: Bạch Mai')).toHaveCount(0);
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await expect(page.locator('.case-text').filter({ hasText: `Bạch Mai trả lời rồi, đồng ý nhận ${stamp}.` })).toBeVisible();

    const named = `Cảm ơn chị Lan. BN Nguyễn Văn An đã ổn ${stamp}.`;
    await editor.fill(named);
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Kiểm tra thông tin người bệnh trước khi gửi' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Nguyễn Văn An')).toBeVisible();
    await expect(dialog).toHaveCSS('opacity', '1');
    await page.screenshot({ path: join(SHOTS, `privacy-case-keep-${width}.png`), animations: 'disabled' });
    // edit: nothing sent
    await dialog.getByRole('button', { name: 'Sửa lại' }).click();
    await expect(page.getByText('Hãy sửa các thông tin được đánh dấu rồi gửi lại.')).toBeVisible();
    await expect(page.locator('.case-text').filter({ hasText: named })).toHaveCount(0);
    // keep with a reason: sent
    await page.getByRole('button', { name: 'Gửi', exact: true }).click();
    await dialog.getByRole('button', { name: 'Giữ lại với lý do' }).click();
    await expect(dialog.getByText('Hãy ghi lý do (không ghi tên hay số của người bệnh).')).toBeVisible();
    await dialog.getByLabel('Lý do giữ lại').fill('Tên bác sĩ trực, không phải người bệnh');
    await dialog.getByRole('button', { name: 'Giữ lại với lý do' }).click();
    await expect(page.locator('.case-text').filter({ hasText: named })).toBeVisible();
    await context.close();
  });
}
