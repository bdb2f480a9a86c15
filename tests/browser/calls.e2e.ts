import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import config from './playwright.config';
import { SHOTS, apiLogin, gql, login } from './demo';

const CALLER = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const CALLEE = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };

// Chromium's fake camera (a moving test pattern) and microphone, permission prompts auto-accepted.
const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'],
  },
});

/** A remote <video> plays a live video track whose frames arrive. */
async function expectRemoteVideo(page: Page) {
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll<HTMLVideoElement>('video[data-testid="remote-video"]')).some((v) => {
        const stream = v.srcObject as MediaStream | null;
        return !!stream && stream.getVideoTracks().some((t) => t.readyState === 'live' && !t.muted) && v.videoWidth > 0 && v.videoHeight > 0 && !v.paused;
      }),
    undefined,
    { timeout: 30_000 },
  );
  // frames keep arriving: the playback position moves
  const position = () =>
    page
      .locator('video[data-testid="remote-video"]')
      .first()
      .evaluate((v: HTMLVideoElement) => v.currentTime);
  const first = await position();
  await expect.poll(position, { timeout: 10_000 }).toBeGreaterThan(first);
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('a video call: ring, answer, live video both ways, hang up, and the record in the conversation', async ({ browser, request }) => {
  test.setTimeout(240_000); // two browsers and a WebRTC call on a shared, slow machine
  // The two colleagues' 1:1 conversation (accepted by both, so it may ring).
  const caller = await apiLogin(request, CALLER.email);
  const callee = await apiLogin(request, CALLEE.email);
  const { startConversation } = await gql<{ startConversation: { id: string } }>(
    request,
    `mutation($p: [ID!]!) { startConversation(participantIds: $p) { id } }`,
    { p: [callee.id] },
    caller.token,
  );
  await gql(request, `mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id } }`, { c: startConversation.id }, callee.token);
  const chatPath = `/messages/${startConversation.id}`;

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const a = await desktop.newPage();
  const b = await phone.newPage();
  await login(a, CALLER.email);
  await login(b, CALLEE.email);

  // B is elsewhere in the app (the ring shows anywhere); A opens the chat and calls.
  await b.goto('/groups');
  await a.goto(chatPath);
  const videoButton = a.getByRole('button', { name: 'Gọi video', exact: true });
  await expect(videoButton).toBeVisible({ timeout: 60_000 });
  await expect(a.getByRole('button', { name: 'Gọi thoại', exact: true })).toBeVisible();
  await b.waitForTimeout(500); // B's event subscription is up
  await videoButton.click();

  const screenA = a.getByRole('dialog', { name: 'Màn hình cuộc gọi' });
  await expect(screenA).toBeVisible();
  await expect(screenA.getByTestId('call-status')).toHaveText('Đang gọi…');
  await expect(screenA.getByRole('button', { name: 'Huỷ cuộc gọi' })).toBeVisible();

  const ring = b.getByRole('dialog', { name: 'Cuộc gọi video đến' });
  await expect(ring).toBeVisible();
  await expect(ring.getByText(`${CALLER.name} đang gọi cho bạn`)).toBeVisible();
  await b.screenshot({ path: join(SHOTS, 'calls-ring-360.png') });
  await ring.getByRole('button', { name: 'Trả lời' }).click();

  const screenB = b.getByRole('dialog', { name: 'Màn hình cuộc gọi' });
  await expect(screenB).toBeVisible();
  await expectRemoteVideo(a);
  await expectRemoteVideo(b);
  await expect(screenA.getByTestId('call-status')).toHaveText(/^\d\d:\d\d$/);
  await expect(screenB.getByTestId('call-status')).toHaveText(/^\d\d:\d\d$/);
  await noHorizontalScroll(b);

  // Controls: the microphone and the camera toggle, with labels saying what a press does.
  await screenA.getByRole('button', { name: 'Tắt micro' }).click();
  await expect(screenA.getByRole('button', { name: 'Bật micro' })).toBeVisible();
  // B turns the camera off: A sees B's initials instead of the last frame; B's own preview shows B's initials too.
  await expect(screenA.getByTestId('camera-off')).toHaveCount(0);
  await screenB.getByRole('button', { name: 'Tắt camera' }).click();
  await expect(screenB.getByRole('button', { name: 'Bật camera' })).toBeVisible();
  await expect(screenA.getByTestId('camera-off')).toBeVisible();
  await expect(screenA.locator('video[data-testid="remote-video"]')).toHaveCSS('opacity', '0');
  await expect(screenB.getByRole('img', { name: 'Bạn', exact: true }).getByTestId('camera-off')).toBeVisible();
  await a.screenshot({ path: join(SHOTS, 'calls-camera-off-1280.png') });
  await b.screenshot({ path: join(SHOTS, 'calls-camera-off-360.png') });
  await screenB.getByRole('button', { name: 'Bật camera' }).click();
  await expect(screenB.getByRole('button', { name: 'Tắt camera' })).toBeVisible();
  await expect(screenA.getByTestId('camera-off')).toHaveCount(0);
  await expectRemoteVideo(a);
  // and the other way round: A's camera off shows A's initials on B's phone
  await screenA.getByRole('button', { name: 'Tắt camera' }).click();
  await expect(screenB.getByTestId('camera-off').first()).toBeVisible();
  await expect(screenB.locator('video[data-testid="remote-video"]')).toHaveCSS('opacity', '0');
  await screenA.getByRole('button', { name: 'Bật camera' }).click();
  await expect(screenB.locator('video[data-testid="remote-video"]')).toHaveCSS('opacity', '1');
  await expect(screenA.getByRole('button', { name: 'Chia sẻ màn hình' })).toBeVisible();
  await a.waitForTimeout(1500);
  await a.screenshot({ path: join(SHOTS, 'calls-screen-1280.png') });
  await b.screenshot({ path: join(SHOTS, 'calls-screen-360.png') });

  // A hangs up: both screens end, and the record reaches the conversation on both sides.
  await screenA.getByRole('button', { name: 'Kết thúc cuộc gọi' }).click();
  await expect(screenB.getByTestId('call-status')).toHaveText('Cuộc gọi đã kết thúc');
  await expect(screenA).toBeHidden({ timeout: 10_000 });
  await expect(screenB).toBeHidden({ timeout: 10_000 });

  const recordA = a.getByTestId('call-record').last();
  await expect(recordA).toHaveText(/^Cuộc gọi video · \d+ (giây|phút)/);
  await b.goto(chatPath);
  const recordB = b.getByTestId('call-record').last();
  await expect(recordB).toHaveText(/^Cuộc gọi video · \d+ (giây|phút)/);
  await expect(recordB).toHaveText((await recordA.textContent()) ?? '');
  await b.screenshot({ path: join(SHOTS, 'calls-record-360.png') });

  // A second call that B declines ends as a declined call on both sides (not a missed one).
  await b.waitForTimeout(300);
  await a.getByRole('button', { name: 'Gọi thoại', exact: true }).click();
  const ring2 = b.getByRole('dialog', { name: 'Cuộc gọi thoại đến' });
  await expect(ring2).toBeVisible();
  await ring2.getByRole('button', { name: 'Từ chối' }).click();
  await expect(screenA.getByTestId('call-status')).toHaveText('Người nhận đã từ chối hoặc không trả lời');
  await expect(a.getByTestId('call-record').last()).toHaveText('Cuộc gọi bị từ chối');
  await expect(b.getByTestId('call-record').last()).toHaveText('Cuộc gọi bị từ chối');

  await desktop.close();
  await phone.close();
});
