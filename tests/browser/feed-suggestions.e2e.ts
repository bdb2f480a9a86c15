import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEMO_PASSWORD, SHOTS, apiLogin, gql, login } from './demo';

const LAN = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const ADMIN = 'admin.bachmai@demo.ketnoi.vn';
const stamp = Date.now().toString(36);

test("a new member's empty feed suggests colleagues (same facility and specialty) and groups", async ({ browser, request }) => {
  const lan = await apiLogin(request, LAN.email);
  const { me } = await gql<{ me: { facility: { id: string } } }>(request, `{ me { facility { id } } }`, {}, lan.token);
  // A new cardiology nurse at Lan's hospital, verified by the hospital's admin.
  const email = `dieu.duong.${stamp}@test.ketnoi.vn`;
  const { register } = await gql<{ register: { user: { id: string } } }>(
    request,
    'mutation($input: RegisterInput!) { register(input: $input) { user { id } } }',
    { input: { fullName: 'Trần Thị Mới', email, password: DEMO_PASSWORD, profession: 'NURSE', facilityId: me.facility.id, specialtyCode: 'CARDIOLOGY' } },
  );
  const admin = await apiLogin(request, ADMIN);
  await gql(
    request,
    `mutation($input: VerifyUserInput!) { verifyUser(input: $input) { id } }`,
    { input: { userId: register.user.id, approve: true } },
    admin.token,
  );

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, email);
  // following nobody yet: suggestions first (the demo's cardiology posts may already fill the feed)
  await expect(page.getByText('Bảng tin của bạn còn trống').or(page.getByText('Chào mừng bạn! Bắt đầu bằng việc kết nối với đồng nghiệp'))).toBeVisible();
  const colleagues = page.getByRole('region', { name: 'Đồng nghiệp bạn có thể biết' });
  await expect(colleagues).toBeVisible();
  const lanCard = colleagues.getByRole('listitem').filter({ hasText: LAN.name });
  await expect(lanCard).toBeVisible();
  await expect(page.getByRole('region', { name: 'Nhóm gợi ý cho bạn' }).getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'feed-suggestions-360.png'), fullPage: true });
  // following a suggestion works from there
  await lanCard.getByRole('button', { name: /Theo dõi/ }).click();
  await expect(lanCard.getByRole('button', { name: /Đang theo dõi|Bỏ theo dõi/ })).toBeVisible();
  await context.close();
});

test('feed images carry a srcset of 640 and 1280 px renditions (ECGs stay sharp)', async ({ browser, request }) => {
  const lan = await apiLogin(request, LAN.email);
  const body = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#fff4f4' } })
    .composite([
      {
        input: Buffer.from(
          '<svg width="2000" height="1000"><polyline points="0,500 300,500 340,200 380,800 420,500 2000,500" stroke="black" fill="none" stroke-width="3"/></svg>',
        ),
      },
    ])
    .png()
    .toBuffer();
  const { requestUpload } = await gql<{ requestUpload: { uploadId: string; url: string; method: string; headers: Record<string, string> } }>(
    request,
    `mutation($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId url method headers } }`,
    { input: { purpose: 'POST_MEDIA', fileName: 'dien-tam-do.png', contentType: 'image/png', size: body.length } },
    lan.token,
  );
  const put = await request.fetch(requestUpload.url, { method: requestUpload.method, headers: requestUpload.headers ?? {}, data: body });
  expect(put.ok()).toBe(true);
  await gql(request, `mutation($id: ID!) { completeUpload(uploadId: $id) { id } }`, { id: requestUpload.uploadId }, lan.token);
  const { createPost } = await gql<{ createPost: { id: string } }>(
    request,
    `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body: `Điện tâm đồ ${stamp}`, visibility: 'ALL_VERIFIED', attachmentIds: [requestUpload.uploadId] } },
    lan.token,
  );
  // the renditions are made by the thumbnail job
  await expect
    .poll(
      async () =>
        (
          await gql<{ post: { attachments: { renditions: { width: number }[] }[] } }>(
            request,
            `query($id: ID!) { post(id: $id) { attachments { renditions { width } } } }`,
            { id: createPost.id },
            lan.token,
          )
        ).post.attachments[0].renditions.map((r) => r.width),
      { timeout: 30_000 },
    )
    .toEqual([640, 1280]);

  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, LAN.email);
  await page.goto(`/p/${createPost.id}`);
  const image = page.getByRole('article').locator('img[sizes]').first();
  await expect(image).toHaveAttribute('srcset', / 320w, .+ 640w, .+ 1280w$/);
  await expect(image).toHaveAttribute('sizes', /100vw/);
  // a 2× phone 360 px wide picks the 1280 px rendition (720 device px needed, 640 is too few)
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toContain('.w1280.webp');
  await page.screenshot({ path: join(SHOTS, 'feed-image-srcset-360.png') });
  await context.close();
});
