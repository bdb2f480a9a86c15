import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { login } from './demo';

const HEADER = 'Họ tên,Nghề nghiệp,Chuyên khoa,Giới tính,Năm sinh,Số GPHN,GPHN hết hạn,Chức vụ,Giờ CME';

const roster = (sexOfSecond: string) =>
  Buffer.from(
    [
      HEADER,
      'Phạm Thị Thanh Tâm,Điều dưỡng,Nhi khoa,Nữ,1991,E2E-0001/HNO,31/12/2028,Điều dưỡng trưởng,52',
      `Đỗ Minh Quân,Bác sĩ,Tim mạch,${sexOfSecond},1983,E2E-0002/HNO,2026-12-31,Bác sĩ điều trị,20`,
      'Lê Thị Thu,Hộ sinh,,Nữ,1996,,,,',
    ].join('\r\n') + '\r\n',
  );

test('a department admin imports a roster with one bad row, fixes it, imports, sees the province on the map and exports CSV', async ({ page }) => {
  await login(page, 'so.yte.hanoi@demo.ketnoi.vn');
  // Administration entries share the header's "Quản trị" menu.
  await page.getByRole('button', { name: 'Quản trị' }).click();
  await page.getByRole('menuitem', { name: 'Nhân lực y tế' }).click();
  await expect(page.getByRole('heading', { name: 'Nhân lực y tế' })).toBeVisible();
  const number = async () => Number((await page.getByTestId('stat-headcount-value').innerText()).replace(/\D/g, ''));
  const before = await number();

  await page.getByRole('tab', { name: 'Nhập danh sách' }).click();
  const file = page.locator('input[type="file"]');
  await file.setInputFiles({ name: 'nhan-su.csv', mimeType: 'text/csv', buffer: roster('Trai') });
  const report = page.getByTestId('import-report');
  await expect(report).toContainText('Tệp có 1 lỗi');
  await expect(report.getByRole('row', { name: /3 Giới tính Giới tính phải là Nam, Nữ hoặc Khác/ })).toBeVisible();
  await expect(report).toContainText('Chưa nhập dòng nào');

  await file.setInputFiles({ name: 'nhan-su-da-sua.csv', mimeType: 'text/csv', buffer: roster('Nam') });
  await expect(report).toContainText('3 dòng hợp lệ');
  // The demo roster of the admin's facility is replaced by the file: the dry run says how many leave.
  const removed = Number(/(\d+) người đang có/.exec(await report.innerText())?.[1] ?? 0);
  await report.getByRole('button', { name: 'Nhập 3 người' }).click();
  await expect(report).toContainText(`Đã nhập 3 người; ${removed} người`);
  const headcount = before - removed + 3;
  await expect(page.getByTestId('stat-headcount-value')).toHaveText(headcount.toLocaleString('vi-VN'));

  // The province on the map: tap it for its figures (with the denominator's source and year).
  const hanoi = page.getByTestId('province-map').locator('path[data-code="01"]');
  await hanoi.click();
  const details = page.getByTestId('province-details');
  await expect(details).toContainText('Hà Nội');
  await expect(details).toContainText(`Nhân lực: ${headcount.toLocaleString('vi-VN')} người`);
  await expect(details).toContainText(/Mẫu số: .* năm 2025/);
  await expect(page.getByText('Quần đảo Hoàng Sa')).toBeVisible();
  await expect(page.getByText('Quần đảo Trường Sa')).toBeVisible();

  await page.getByRole('tab', { name: 'Danh sách nhân sự' }).click();
  await page.getByLabel('Tìm theo họ tên').fill('do minh quan');
  await expect(page.getByTestId('members-table')).toContainText('Đỗ Minh Quân');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất CSV danh sách' }).click();
  const download = await downloading;
  const csv = readFileSync(await download.path()).toString('utf8');
  expect(csv.startsWith('\uFEFFHọ tên,Nghề nghiệp')).toBe(true);
  expect(csv).toContain('Đỗ Minh Quân,Bác sĩ,Tim mạch,Nam,1983,E2E-0002/HNO,2026-12-31');
  expect(csv.trim().split('\r\n')).toHaveLength(headcount + 1);
});
