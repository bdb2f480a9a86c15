import { expect, test, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { DEMO_PASSWORD, SHOTS, apiLogin, gql, login } from './demo';

// Issue 16 items 4 and 7: the case audit log (translated, with details), the moderation
// queue (platform admins; a group's owners and moderators for their group), group settings
// (name, description, rules, member removal) and a rejected applicant fixing and resubmitting.
// Each screen at 360 px and 1280 px, with axe (0 critical/serious) and a screenshot.

const ADMIN = { email: 'admin.e2e@ketnoi.vn', password: 'Quản trị kiểm thử 2026' };
const LAN = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const HANH = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh' };
const DAT = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const BACHMAI_ADMIN = 'admin.bachmai@demo.ketnoi.vn';
const stamp = Date.now().toString(36);

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

/** Nothing wider than the viewport (usable at 360 px). */
async function expectNoSideScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

async function pageAt(browser: Browser, width: number) {
  // bypassCSP only lets the test inject axe-core (the policy itself is checked in csp.e2e.ts)
  const context = await browser.newContext({ viewport: { width, height: 800 }, bypassCSP: true, serviceWorkers: 'block' });
  return context.newPage();
}

for (const width of [360, 1280]) {
  test(`case audit log: translated, who was shared with at what permission, revocations, reasons, consultations (${width} px)`, async ({
    browser,
    request,
  }) => {
    const dat = await apiLogin(request, DAT.email);
    const lan = await apiLogin(request, LAN.email);
    const created = await gql<{ createCaseFile: { id: string; phiFindings: { id: string; kind: string }[] } }>(
      request,
      `mutation($input: CaseFileInput!) { createCaseFile(input: $input) { id phiFindings { id kind } } }`,
      {
        input: {
          title: `Viêm phổi nặng ${stamp}-${width}`,
          ageYears: 67,
          sex: 'MALE',
          provinceCode: '01',
          presentingComplaint: 'Sốt cao, ho đờm, khó thở 4 ngày.',
          history: 'Gọi đường dây nóng 0912 345 678 của trạm khi cần.',
          question: 'Có cần chuyển hồi sức không?',
        },
      },
      dat.token,
    );
    const caseId = created.createCaseFile.id;
    const phone = created.createCaseFile.phiFindings.find((f) => f.kind === 'PHONE');
    expect(phone).toBeTruthy();
    await gql(
      request,
      `mutation($input: ResolvePhiFindingsInput!) { resolvePhiFindings(input: $input) { id } }`,
      { input: { caseFileId: caseId, findings: [{ findingId: phone!.id, action: 'KEEP', reason: 'Số đường dây nóng của trạm, không phải của người bệnh' }] } },
      dat.token,
    );
    const share = `mutation($input: ShareCaseInput!) { shareCaseFile(input: $input) { id } }`;
    await gql(request, share, { input: { caseFileId: caseId, userIds: [lan.id], permission: 'CONSULT' } }, dat.token);
    await gql(request, `mutation($c: ID!, $g: ID!) { revokeCaseShare(caseFileId: $c, granteeId: $g) { id } }`, { c: caseId, g: lan.id }, dat.token);
    await gql(
      request,
      `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id } }`,
      { input: { caseFileId: caseId, consultantId: lan.id, urgency: 'URGENT' } },
      dat.token,
    );

    const page = await pageAt(browser, width);
    await login(page, DAT.email);
    await page.goto(`/cases/${caseId}?tab=audit`);
    const log = page.getByRole('list', { name: 'Nhật ký truy cập' });
    const entry = (action: string) => log.getByRole('listitem').filter({ has: page.getByText(action, { exact: true }) });
    await expect(entry('Chia sẻ hồ sơ')).toContainText(`Với ${LAN.name} (đồng nghiệp) · quyền: Hội chẩn`);
    await expect(entry('Thu hồi quyền truy cập')).toContainText(`Của ${LAN.name} (đồng nghiệp)`);
    await expect(entry('Giữ lại thông tin nhận dạng (có lý do)')).toContainText('Số điện thoại trong “Bệnh sử và tiền sử”');
    await expect(entry('Giữ lại thông tin nhận dạng (có lý do)')).toContainText('Lý do: Số đường dây nóng của trạm, không phải của người bệnh');
    await expect(entry('Gửi yêu cầu hội chẩn')).toContainText(`Người hội chẩn: ${LAN.name}`);
    await expect(entry('Gửi yêu cầu hội chẩn')).toContainText('Cơ sở: Bệnh viện Bạch Mai');
    await expect(entry('Gửi yêu cầu hội chẩn')).toContainText('Mức độ: Khẩn');
    // no raw action codes and no patient identifier on the page
    await expect(log).not.toContainText(/\bcases?\.|consultation\.|adminTools|audit\./);
    await expect(log).not.toContainText('0912 345 678');
    await expectAccessible(page, `audit log ${width}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: join(SHOTS, `admin-audit-${width}.png`), fullPage: true });

    // English too
    await page.evaluate(() => window.localStorage.setItem('ketnoi.lang', 'en'));
    await page.reload();
    const logEn = page.getByRole('list', { name: 'Access log' });
    await expect(logEn.getByRole('listitem').filter({ hasText: 'Shared the case' })).toContainText(`With ${LAN.name} (colleague) · permission: Consult`);
    await page.evaluate(() => window.localStorage.setItem('ketnoi.lang', 'vi'));

    // a non-owner grantee cannot read it (the tab is not offered and the API refuses)
    const lanPage = await pageAt(browser, width);
    await login(lanPage, LAN.email);
    await lanPage.goto(`/cases/${caseId}`);
    await expect(lanPage.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(lanPage.getByRole('tab', { name: 'Nhật ký truy cập' })).toHaveCount(0);
  });

  test(`moderation queue and group settings: owners hide, rename, remove; platform admins see all (${width} px)`, async ({ browser, request }) => {
    const lan = await apiLogin(request, LAN.email);
    const hanh = await apiLogin(request, HANH.email);
    const dat = await apiLogin(request, DAT.email);
    const groupName = `Tim mạch can thiệp ${stamp}-${width}`;
    const group = await gql<{ createGroup: { id: string } }>(
      request,
      `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      { input: { name: groupName, privacy: 'PUBLIC', kind: 'SPECIALTY_COMMUNITY', description: 'Trao đổi ca khó' } },
      lan.token,
    );
    const groupId = group.createGroup.id;
    for (const token of [hanh.token, dat.token]) await gql(request, `mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId }, token);
    const post = (body: string, extra: Record<string, unknown>) =>
      gql<{ createPost: { id: string } }>(
        request,
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { body, ...extra } },
        hanh.token,
      );
    const spam = await post(`Bán thuốc giảm cân giá rẻ, liên hệ ngay ${stamp}-${width}`, { visibility: 'GROUP', groupId });
    const elsewhere = await post(`Quảng cáo khoá học ${stamp}-${width}`, { visibility: 'ALL_VERIFIED' });
    const report = `mutation($i: ReportContentInput!) { reportContent(input: $i) }`;
    await gql(request, report, { i: { targetId: spam.createPost.id, reason: 'Quảng cáo thuốc' } }, dat.token);
    await gql(request, report, { i: { targetId: elsewhere.createPost.id, reason: 'Quảng cáo' } }, dat.token);

    // The owner: her group's reports only; hides the post.
    const page = await pageAt(browser, width);
    await login(page, LAN.email);
    await page.goto(`/g/${groupId}?tab=settings`);
    await expect(page.getByRole('heading', { name: 'Cài đặt nhóm' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Nội quy' }).fill('Không quảng cáo. Không đăng thông tin nhận dạng người bệnh.');
    await page.getByRole('textbox', { name: 'Tên nhóm' }).fill(`${groupName} (đổi tên)`);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect(page.getByText('Đã lưu cài đặt nhóm.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${groupName} (đổi tên)`);
    // the owner makes the group private (confirmed first)
    await page.getByRole('radio', { name: 'Riêng tư' }).check();
    await page.getByRole('button', { name: 'Đổi quyền riêng tư' }).click();
    await expect(page.getByRole('dialog')).toContainText('Chuyển nhóm sang “Riêng tư”?');
    await page.getByRole('dialog').getByRole('button', { name: 'Đổi quyền riêng tư' }).click();
    await expect(page.getByText('Đã đổi quyền riêng tư của nhóm.')).toBeVisible();
    await expectAccessible(page, `group settings ${width}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: join(SHOTS, `admin-group-settings-${width}.png`), fullPage: true });

    await page.getByRole('link', { name: 'Báo cáo vi phạm trong nhóm' }).click();
    await page.waitForURL(/\/moderation\?group=/);
    const reports = page.getByRole('list', { name: 'Báo cáo vi phạm' });
    await expect(reports.getByTestId('report')).toHaveCount(1);
    const card = reports.getByTestId('report').first();
    await expect(card).toContainText('Quảng cáo thuốc');
    await expect(card).toContainText(`Bài viết của ${HANH.name}`);
    await expect(card).toContainText(`Bán thuốc giảm cân giá rẻ, liên hệ ngay ${stamp}-${width}`);
    await expect(page.getByText(`Quảng cáo khoá học ${stamp}-${width}`)).toHaveCount(0);
    await expectAccessible(page, `moderation (group) ${width}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: join(SHOTS, `admin-moderation-group-${width}.png`), fullPage: true });
    await card.getByRole('button', { name: 'Ẩn nội dung' }).click();
    await expect(page.getByText('Đã ẩn nội dung.')).toBeVisible();
    await expect(page.getByText('Không có báo cáo nào ở trạng thái này.')).toBeVisible();

    // Member removal from the members tab.
    await page.goto(`/g/${groupId}?tab=members`);
    await page.getByRole('button', { name: `Vai trò của ${DAT.name}` }).click();
    await page.getByRole('menuitem', { name: 'Xoá khỏi nhóm' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xoá khỏi nhóm' }).click();
    await expect(page.getByText(`Đã xoá ${DAT.name} khỏi nhóm.`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Thành viên' }).getByText(DAT.name)).toHaveCount(0);

    // A plain member has no settings tab, and no moderation scope.
    const member = await pageAt(browser, width);
    await login(member, HANH.email);
    await member.goto(`/g/${groupId}`);
    await expect(member.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(member.getByRole('tab', { name: 'Cài đặt' })).toHaveCount(0);

    // The platform admin: everything, and dismisses the other report.
    const admin = await pageAt(browser, width);
    await admin.goto('/login');
    await admin.getByLabel('Email').fill(ADMIN.email);
    await admin.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await admin.waitForURL((url) => url.pathname === '/');
    await admin.goto('/admin/verifications');
    await admin.getByRole('link', { name: 'Báo cáo vi phạm' }).click();
    await admin.waitForURL(/\/moderation$/);
    const other = admin.getByTestId('report').filter({ hasText: `Quảng cáo khoá học ${stamp}-${width}` });
    await expect(other).toBeVisible();
    await expectAccessible(admin, `moderation (platform) ${width}`);
    await expectNoSideScroll(admin);
    await admin.screenshot({ path: join(SHOTS, `admin-moderation-all-${width}.png`), fullPage: true });
    await other.getByRole('button', { name: 'Bỏ qua' }).click();
    await expect(admin.getByText('Đã bỏ qua báo cáo.')).toBeVisible();
    await expect(admin.getByTestId('report').filter({ hasText: `Quảng cáo khoá học ${stamp}-${width}` })).toHaveCount(0);
    // the hidden one is under "Đã ẩn"
    await admin.getByRole('combobox', { name: 'Trạng thái' }).click();
    await admin.getByRole('option', { name: 'Đã ẩn' }).click();
    await expect(admin.getByTestId('report').filter({ hasText: `Bán thuốc giảm cân giá rẻ, liên hệ ngay ${stamp}-${width}` })).toContainText(
      `Xử lý bởi ${LAN.name}`,
    );
  });

  test(`a rejected applicant sees the reason, fixes the details and resubmits; the verifier sees it again (${width} px)`, async ({ browser, request }) => {
    const email = `ung.vien.${stamp}.${width}@demo.ketnoi.vn`;
    const facilities = await gql<{ facilities: { edges: { node: { id: string; name: string } }[] } }>(
      request,
      `query { facilities(search: "Bạch Mai", first: 5) { edges { node { id name } } } }`,
      {},
    );
    const bachMai = facilities.facilities.edges.find((e) => e.node.name === 'Bệnh viện Bạch Mai')!.node;
    const registered = await gql<{ register: { user: { id: string } } }>(
      request,
      `mutation($input: RegisterInput!) { register(input: $input) { user { id } } }`,
      { input: { fullName: 'Trần Văn Ứng', email, password: DEMO_PASSWORD, profession: 'NURSE', facilityId: bachMai.id } },
    );
    const { token } = await apiLogin(request, BACHMAI_ADMIN);
    await gql(
      request,
      `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id } }`,
      { input: { userId: registered.register.user.id, approve: false, reason: 'Chưa khai số giấy phép hành nghề' } },
      token,
    );

    const page = await pageAt(browser, width);
    await page.goto('/login');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await page.waitForURL(/\/pending$/);
    await expect(page.getByText('Chưa khai số giấy phép hành nghề')).toBeVisible();
    const form = page.getByRole('form', { name: 'Sửa thông tin và gửi lại' });
    await expect(form).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Họ và tên' })).toHaveValue('Trần Văn Ứng');
    await expectAccessible(page, `resubmit ${width}`);
    await expectNoSideScroll(page);
    await page.screenshot({ path: join(SHOTS, `admin-resubmit-${width}.png`), fullPage: true });
    // a bad licence number is refused under its field
    await form.getByRole('textbox', { name: 'Số giấy phép hành nghề' }).fill('<>');
    await form.getByRole('button', { name: 'Gửi lại để xác minh' }).click();
    await expect(form.getByText(/Số giấy phép hành nghề không hợp lệ/)).toBeVisible();
    await form.getByRole('textbox', { name: 'Số giấy phép hành nghề' }).fill(`00${width}/HNO-CCHN`);
    await form.getByRole('button', { name: 'Gửi lại để xác minh' }).click();
    await expect(page.getByText('Đã gửi lại. Quản trị viên sẽ xem xét hồ sơ của bạn.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản đang chờ xác minh');

    const verifier = await pageAt(browser, width);
    await login(verifier, BACHMAI_ADMIN);
    await verifier.goto('/admin/verifications');
    await expect(
      verifier
        .getByRole('listitem')
        .filter({ hasText: 'Trần Văn Ứng' })
        .filter({ hasText: `00${width}/HNO-CCHN` }),
    ).toBeVisible();
  });
}
