import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHOTS, login } from './demo';

// A: a verified physician at a basic-level hospital (Bệnh viện Đa khoa Xanh Pôn, cardiology);
// B: a verified cardiologist at Bạch Mai (specialised level) — the colleague asked for an opinion.
const DOCTOR_A = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const DOCTOR_B = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const stamp = Date.now().toString(36);
const TITLE = `Đau ngực cấp, nghi hội chứng vành cấp ${stamp}`;
const PATIENT_NAME = 'Nguyễn Văn An';
const PHONE = '0912 345 678';
const COMPLAINT = `BN ${PATIENT_NAME}, 58 tuổi, đau ngực trái lan ra tay trái 2 giờ, vã mồ hôi. Người nhà liên hệ ${PHONE}.`;
const QUESTION = 'Xin ý kiến về chỉ định chụp và can thiệp mạch vành.';
const OPINION = 'Điện tâm đồ phù hợp nhồi máu cơ tim cấp thành dưới.';
const RECOMMENDATION = 'Chuyển tuyến ngay để can thiệp mạch vành qua da, dùng kháng kết tập tiểu cầu kép trước khi chuyển.';

async function pickColleague(page: Page, dialogName: string, search: string, name: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByPlaceholder('Gõ tên để tìm').fill(search);
  await dialog.getByRole('button', { name: `Chọn ${name}`, exact: true }).click();
  await expect(dialog.getByRole('button', { name: `Bỏ chọn ${name}`, exact: true })).toBeVisible();
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('a case is typed with a name and a phone, reviewed, shared, and answered by a colleague', async ({ browser }) => {
  test.setTimeout(180_000); // three sessions and two dozen round trips on a shared 2-core machine
  // ---- Doctor A on a phone writes the case: both identifiers are highlighted as she types.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const a = await phone.newPage();
  await login(a, DOCTOR_A.email);
  await a.goto('/cases');
  await expect(a.getByRole('heading', { name: 'Ca bệnh & hội chẩn' })).toBeVisible();
  await a.getByRole('link', { name: 'Tạo hồ sơ ca bệnh' }).click();
  await expect(a.getByRole('heading', { name: 'Hồ sơ ca bệnh mới' })).toBeVisible();

  await a.getByRole('textbox', { name: 'Tiêu đề' }).fill(TITLE);
  await a.getByLabel('Tuổi', { exact: true }).fill('58');
  const complaint = a.getByRole('textbox', { name: 'Lý do vào viện / triệu chứng chính' });
  await complaint.pressSequentially(COMPLAINT.slice(0, 20));
  await complaint.fill(COMPLAINT);
  // The detector runs in the browser (loaded on demand) and marks each span with its kind.
  await expect(a.locator('mark.case-phi-mark[data-kind="NAME"]')).toHaveText(PATIENT_NAME);
  await expect(a.locator('mark.case-phi-mark[data-kind="PHONE"]')).toHaveText(PHONE);
  await expect(a.getByText('2 thông tin có thể nhận dạng', { exact: true })).toBeVisible();
  await expect(a.getByRole('button', { name: `Chọn Họ tên “${PATIENT_NAME}” trong ô nhập` })).toBeVisible();
  await expect(a.getByRole('button', { name: `Chọn Số điện thoại “${PHONE}” trong ô nhập` })).toBeVisible();
  await a.getByRole('textbox', { name: 'Câu hỏi cho đồng nghiệp' }).fill(QUESTION);
  await expect(a.getByText(/^Có 2 thông tin có thể nhận dạng người bệnh/)).toBeVisible();
  await noHorizontalScroll(a);
  await a.locator('mark.case-phi-mark[data-kind="NAME"]').scrollIntoViewIfNeeded();
  await a.screenshot({ path: join(SHOTS, 'cases-01-editor-highlight-360.png'), fullPage: true });

  // A photo of the ECG taken on a phone (with the camera's EXIF: owner name, GPS) is attached;
  // the preview is the server's re-encoded copy, without any of it.
  const photo = join(mkdtempSync(join(tmpdir(), 'ketnoi-e2e-')), 'dien-tam-do.jpg');
  writeFileSync(
    photo,
    await sharp({ create: { width: 640, height: 480, channels: 3, background: '#f5e6e6' } })
      .jpeg()
      .withExif({ IFD0: { Artist: PATIENT_NAME, Copyright: PHONE }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 0/1' } })
      .toBuffer(),
  );
  expect((await sharp(photo).metadata()).exif).toBeDefined(); // the original does carry it
  const chooser = a.waitForEvent('filechooser');
  await a.getByRole('button', { name: 'Thêm ảnh hoặc tài liệu' }).click();
  await (await chooser).setFiles(photo);
  const preview = a.getByRole('img', { name: 'Bản xem trước đã khử định danh của dien-tam-do.jpg' });
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(a.getByText('đã xoá EXIF/GPS')).toBeVisible();
  // The stored file itself (what a colleague downloads), not only its thumbnail, is clean.
  const href = await a.getByRole('link', { name: 'Mở dien-tam-do.jpg' }).first().getAttribute('href');
  const stored = await sharp(await (await a.request.get(new URL(href!, a.url()).toString())).body()).metadata();
  expect({ exif: stored.exif, width: stored.width }).toEqual({ exif: undefined, width: 640 });

  // A bad ICD-10 code is refused by the API and shown on its field.
  const icd = a.getByRole('combobox', { name: 'Mã ICD-10' });
  await icd.fill('C28');
  await icd.press('Enter');
  await a.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(a.getByText('Mã ICD-10 không hợp lệ (ví dụ: I21 hoặc I21.0).')).toBeVisible();
  await expect(a).toHaveURL(/\/cases\/new$/);
  await icd.press('Backspace');
  await icd.fill('I21.1');
  await icd.press('Enter');
  await a.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await a.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

  // ---- The server's findings (the authority) are listed in the review panel.
  const review = a.getByRole('region', { name: 'Cần rà soát 2 thông tin có thể nhận dạng' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('listitem')).toHaveCount(2);
  await expect(review.getByText('Họ tên', { exact: true })).toBeVisible();
  await expect(review.getByText('Số điện thoại', { exact: true })).toBeVisible();

  // Sharing is refused while findings are open, and the message leads back to the review.
  await a.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  const share = a.getByRole('dialog', { name: 'Chia sẻ hồ sơ ca bệnh' });
  await expect(share).toBeVisible();
  await pickColleague(a, 'Chia sẻ hồ sơ ca bệnh', 'nguyen thi lan', DOCTOR_B.name);
  await share.getByRole('radio', { name: 'Hội chẩn', exact: true }).check();
  await share.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  const refusal = share.getByRole('alert').filter({ hasText: 'Chưa thể chia sẻ: hồ sơ còn thông tin nhận dạng' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Còn 2 thông tin có thể nhận dạng người bệnh chưa xử lý');
  await a.screenshot({ path: join(SHOTS, 'cases-02-share-refused-360.png') });
  await refusal.getByRole('button', { name: 'Mở bảng rà soát' }).click();
  await expect(share).toBeHidden();
  await expect(review).toBeFocused();

  // A KEEP without a reason is not sent; then "redact all": one pass, one new version.
  await review.getByRole('button', { name: `Giữ lại Họ tên “${PATIENT_NAME}” (cần lý do)` }).click();
  await review.getByRole('button', { name: 'Giữ lại', exact: true }).click();
  await expect(review.getByText('Vui lòng nêu lý do (ít nhất 3 ký tự).')).toBeVisible();
  await review.getByRole('button', { name: 'Hủy' }).click();
  await a.screenshot({ path: join(SHOTS, 'cases-03-review-panel-360.png'), fullPage: true });
  await review.getByRole('button', { name: 'Che tất cả 2 mục trong văn bản' }).click();
  await expect(a.getByText('Đã rà soát xong')).toBeVisible();
  const content = a.getByRole('tabpanel', { name: 'Hồ sơ' });
  await expect(content).toContainText('BN [TÊN], 58 tuổi');
  await expect(content).toContainText('Người nhà liên hệ [SĐT].');
  await expect(a.locator('main')).not.toContainText(PATIENT_NAME);
  await expect(a.locator('main')).not.toContainText(PHONE);
  await expect(a.getByText('Phiên bản 2', { exact: true })).toBeVisible();

  // ---- Share with B (consult permission) and ask her for a consultation.
  await a.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  await expect(share).toBeVisible();
  await pickColleague(a, 'Chia sẻ hồ sơ ca bệnh', 'nguyen thi lan', DOCTOR_B.name);
  await share.getByRole('radio', { name: 'Hội chẩn', exact: true }).check();
  await share.getByRole('button', { name: 'Chia sẻ', exact: true }).click();
  await expect(share).toBeHidden();
  await expect(a.getByRole('status').filter({ hasText: 'Đã chia sẻ hồ sơ.' })).toBeVisible();

  await a.getByRole('button', { name: 'Yêu cầu hội chẩn' }).click();
  const consult = a.getByRole('dialog', { name: 'Yêu cầu hội chẩn' });
  await pickColleague(a, 'Yêu cầu hội chẩn', 'nguyen thi lan', DOCTOR_B.name);
  await consult.getByText('Khẩn', { exact: true }).click();
  await expect(consult.getByText('Trả lời trong 24 giờ.')).toBeVisible();
  await consult.getByRole('textbox', { name: 'Lời nhắn' }).fill('Nhờ chị xem giúp điện tâm đồ và chỉ định chuyển tuyến.');
  await a.screenshot({ path: join(SHOTS, 'cases-04-consult-request-360.png') });
  await consult.getByRole('button', { name: 'Gửi yêu cầu' }).click();
  await expect(consult).toBeHidden();
  const aConsultations = a.getByRole('tabpanel', { name: /^Hội chẩn/ });
  await expect(aConsultations.getByText('Chờ nhận')).toBeVisible();
  await expect(aConsultations.getByText(/^còn (24|23) giờ$/)).toBeVisible();
  await noHorizontalScroll(a);
  const caseUrl = new URL(a.url()).pathname;

  // ---- B on a laptop: the case is in "shared with me" and in her queue; no identifier anywhere.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const b = await laptop.newPage();
  await login(b, DOCTOR_B.email);
  await b.goto('/cases?tab=queue');
  const queue = b.getByRole('region', { name: 'Được giao cho tôi' });
  const queued = queue.getByRole('article').filter({ hasText: TITLE });
  await expect(queued).toBeVisible();
  await expect(queued.getByText('Khẩn', { exact: true })).toBeVisible();
  await b.getByRole('tab', { name: 'Được chia sẻ với tôi' }).click();
  const sharedItem = b.getByRole('listitem').filter({ hasText: TITLE });
  await expect(sharedItem).toContainText(DOCTOR_A.name);
  await b.screenshot({ path: join(SHOTS, 'cases-05-shared-with-me-1280.png') });
  await sharedItem.getByRole('link').first().click();
  await b.waitForURL((url) => url.pathname === caseUrl);
  await expect(b.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(b.getByText('Quyền hội chẩn')).toBeVisible();
  await expect(b.getByRole('tabpanel', { name: 'Hồ sơ' })).toContainText('BN [TÊN], 58 tuổi');
  // Neither the name nor the phone is anywhere in the page (text or markup), nor the audit tab.
  await expect(b.locator('body')).not.toContainText(PATIENT_NAME);
  await expect(b.locator('body')).not.toContainText(PHONE);
  expect(await b.content()).not.toContain(PATIENT_NAME);
  // The digits in any spacing (not a bare '0912': a random file id in a signed URL may hold it).
  expect(await b.content()).not.toMatch(/0912\D{0,3}345\D{0,3}678/);
  await expect(b.getByRole('tab', { name: 'Nhật ký truy cập' })).toHaveCount(0);
  await expect(b.getByRole('region', { name: /Cần rà soát/ })).toHaveCount(0);

  await b.getByRole('tab', { name: /^Hội chẩn/ }).click();
  const bConsultations = b.getByRole('tabpanel', { name: /^Hội chẩn/ });
  await bConsultations.getByRole('button', { name: 'Nhận hội chẩn' }).click();
  await expect(bConsultations.getByText('Đang hội chẩn')).toBeVisible();
  // Personal data in an answer stops at the check dialog: "edit" sends nothing.
  await bConsultations.getByRole('textbox', { name: 'Nhận định' }).fill(`BN ${PATIENT_NAME} cần chuyển tuyến ngay.`);
  await bConsultations.getByRole('textbox', { name: 'Khuyến nghị' }).fill(RECOMMENDATION);
  await bConsultations.getByRole('button', { name: 'Gửi ý kiến' }).click();
  const check = b.getByRole('dialog', { name: 'Kiểm tra thông tin người bệnh trước khi gửi' });
  await expect(check).toBeVisible();
  await check.getByRole('button', { name: 'Sửa lại' }).click();
  await expect(check).toBeHidden();
  await expect(bConsultations.getByText('Đang hội chẩn')).toBeVisible();
  await bConsultations.getByRole('textbox', { name: 'Nhận định' }).fill(OPINION);
  await bConsultations.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(bConsultations.getByText('Đã trả lời')).toBeVisible();
  await expect(bConsultations.getByRole('region', { name: 'Ý kiến hội chẩn' })).toContainText(OPINION);
  await noHorizontalScroll(b);
  await b.screenshot({ path: join(SHOTS, 'cases-06-consultant-answered-1280.png'), fullPage: true });

  // ---- A sees the answer: first live, on the page she left open (no reload), then after one.
  const liveAnswer = aConsultations.getByRole('region', { name: 'Ý kiến hội chẩn' });
  await expect(liveAnswer).toContainText(OPINION);
  await expect(liveAnswer).toContainText(RECOMMENDATION);
  await expect(aConsultations.getByText('Chờ nhận')).toHaveCount(0);
  await a.goto(`${caseUrl}?tab=consultations`);
  const answer = a.getByRole('tabpanel', { name: /^Hội chẩn/ }).getByRole('region', { name: 'Ý kiến hội chẩn' });
  await expect(answer).toContainText(`Ý kiến của ${DOCTOR_B.name}`);
  await expect(answer).toContainText(OPINION);
  await expect(answer).toContainText(RECOMMENDATION);
  await a.screenshot({ path: join(SHOTS, 'cases-07-answer-seen-360.png'), fullPage: true });

  // A closes the consultation with its outcome, then turns the case into a teaching post in a
  // group she belongs to (she joins the public cardiology community first if she has not).
  const GROUP = 'Cộng đồng Tim mạch Việt Nam';
  await a.goto('/groups');
  await a.getByRole('link', { name: GROUP }).first().click();
  const joined = a.getByRole('button', { name: `Đã tham gia: ${GROUP}` });
  const joinButton = a.getByRole('button', { name: `Tham gia nhóm: ${GROUP}` });
  await expect(joined.or(joinButton).first()).toBeVisible();
  if (await joinButton.isVisible()) await joinButton.click();
  await expect(joined.first()).toBeVisible();
  await a.goto(`${caseUrl}?tab=consultations`);
  const consultations = a.getByRole('tabpanel', { name: /^Hội chẩn/ });
  await consultations.getByRole('textbox', { name: 'Kết quả' }).fill('Chụp động mạch vành: hẹp 90 % LAD, đã đặt stent; ra viện sau 4 ngày.');
  await consultations.getByRole('button', { name: 'Đóng hội chẩn' }).click();
  await expect(consultations.getByText('Đã đóng').first()).toBeVisible();
  await a.getByRole('button', { name: 'Tạo bài giảng dạy trong nhóm' }).click();
  const teach = a.getByRole('dialog', { name: 'Đăng ca bệnh làm bài giảng dạy' });
  await teach.getByRole('combobox', { name: 'Nhóm đăng bài' }).click();
  await a.getByRole('option', { name: GROUP }).click();
  await teach.getByRole('button', { name: 'Đăng bài giảng dạy' }).click();
  await expect(a.getByRole('status').filter({ hasText: `Bài giảng dạy đã được đăng trong nhóm ${GROUP}.` })).toBeVisible();
  await a.getByRole('link', { name: 'Xem bài viết' }).click();
  await a.waitForURL(/\/p\/[0-9a-f-]{36}$/);
  await expect(a.getByText(TITLE).first()).toBeVisible();
  await a.screenshot({ path: join(SHOTS, 'cases-08-teaching-post-360.png'), fullPage: true });
  await a.goto(`${caseUrl}?tab=consultations`);

  // The author's access log shows B's reads.
  await a.getByRole('tab', { name: 'Nhật ký truy cập' }).click();
  const log = a.getByRole('list', { name: 'Nhật ký truy cập' });
  await expect(log.getByRole('listitem').filter({ hasText: DOCTOR_B.name }).filter({ hasText: 'Xem hồ sơ' }).first()).toBeVisible();

  // Case page and editor at 1280 px too.
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const wide = await desktop.newPage();
  await login(wide, DOCTOR_A.email);
  await wide.goto(caseUrl);
  await expect(wide.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await wide.screenshot({ path: join(SHOTS, 'cases-09-case-page-1280.png'), fullPage: true });
  await wide.goto('/cases/new');
  await wide
    .getByRole('textbox', { name: 'Bệnh sử và tiền sử' })
    .fill('Ông Trần Văn Bình, trú tại số 12 ngõ 34 phố Huế, Hà Nội, điện thoại 0987.654.321, THA 10 năm.');
  await expect(wide.locator('mark.case-phi-mark')).toHaveCount(3);
  await wide.screenshot({ path: join(SHOTS, 'cases-10-editor-1280.png'), fullPage: true });

  await phone.close();
  await laptop.close();
  await desktop.close();
});
