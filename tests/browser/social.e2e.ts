import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import sharp from 'sharp';
import { SHOTS, login } from './demo';

// Two verified demo accounts of different specialties (cardiology / orthopaedics), so the
// follower's feed gets the author's posts because she follows her, not through the specialty.
const AUTHOR = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const FOLLOWER = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh' };
const stamp = Date.now().toString(36);
const BODY = `Hội chẩn: phim X-quang ngực sau đặt stent, mời các anh chị cho ý kiến #timmach ${stamp}`;

/** Resolves once the page has sent the graphql-ws `subscribe` message of this operation. */
function subscribed(page: Page, operationName: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      ws.on('framesent', (frame) => {
        const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
        if (text.includes('"subscribe"') && text.includes(`"${operationName}"`)) resolve();
      });
    });
  });
}

test("a post with an image reaches a follower live; she reacts and comments; the author's bell shows it", async ({ browser }) => {
  // 1. The follower (on a laptop) finds the author in the directory and follows her.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const f = await laptop.newPage();
  await login(f, FOLLOWER.email);
  await f.goto('/people');
  await f.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('nguyen thi lan');
  const follow = f.getByRole('button', { name: `Theo dõi ${AUTHOR.name}`, exact: true });
  const unfollow = f.getByRole('button', { name: `Bỏ theo dõi ${AUTHOR.name}` });
  // Another browser test (messaging) may have made her follow already: start from not following.
  await expect(follow.or(unfollow)).toBeVisible();
  if (await unfollow.isVisible()) await unfollow.click();
  await follow.click();
  await expect(unfollow).toBeVisible();

  // Her home feed listens for new posts over graphql-ws.
  const listening = subscribed(f, 'NewFeedPosts');
  await f.goto('/');
  await expect(f.getByRole('heading', { name: `Xin chào, ${FOLLOWER.name}` })).toBeVisible();
  await listening;
  await f.waitForTimeout(500);

  // 2. The author (on a phone) writes a post with an image: upload progress, then "Đăng".
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const a = await phone.newPage();
  const bellListening = subscribed(a, 'NotificationAdded');
  await login(a, AUTHOR.email);
  // The follow is already there (the demo data may have left her a few more).
  const bell = a.getByRole('banner').getByRole('link', { name: /^Thông báo/ });
  await expect(bell).toHaveAccessibleName(/^Thông báo \(\d+ chưa đọc\)$/);
  const unreadAtLogin = Number(/\((\d+) chưa đọc\)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
  expect(unreadAtLogin).toBeGreaterThanOrEqual(1);
  await bellListening;
  await a.getByRole('combobox', { name: 'Nội dung bài viết' }).fill(BODY);
  const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#1aa3b3' } })
    .jpeg()
    .toBuffer();
  const chooser = a.waitForEvent('filechooser');
  await a.getByRole('button', { name: 'Đính kèm ảnh, PDF hoặc video' }).click();
  await (await chooser).setFiles({ name: 'xquang-nguc.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expect(a.getByText('xquang-nguc.jpg')).toBeVisible();
  const submit = a.getByRole('button', { name: 'Đăng', exact: true });
  await expect(submit).toBeEnabled();
  await submit.click();
  const own = a.getByRole('article', { name: `Bài viết của ${AUTHOR.name}` }).filter({ hasText: stamp });
  await expect(own).toBeVisible();
  await expect(own.getByRole('button', { name: /Xem ảnh 1\/1/ })).toBeVisible();
  await expect(a.getByRole('combobox', { name: 'Nội dung bài viết' })).toHaveValue('');
  expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await a.screenshot({ path: join(SHOTS, '10-post-with-image-360.png'), fullPage: true });

  // 3. The follower's feed shows the live pill; clicking it brings the post in.
  const pill = f.getByRole('button', { name: '1 bài viết mới' });
  await expect(pill).toBeVisible();
  await f.screenshot({ path: join(SHOTS, '11-new-posts-pill-1280.png') });
  await pill.click();
  const post = f.getByRole('article', { name: `Bài viết của ${AUTHOR.name}` }).filter({ hasText: stamp });
  await expect(post).toBeVisible();
  await expect(post.getByRole('link', { name: '#timmach' })).toBeVisible();
  await expect(post.getByText(/vừa xong|phút trước/i)).toBeVisible();

  // 4. She reacts (optimistic count) and comments.
  await post.getByRole('button', { name: 'Thích bài viết' }).click();
  await expect(post.getByText('1 cảm xúc')).toBeVisible();
  await expect(post.getByRole('button', { name: 'Bỏ cảm xúc "Thích"' })).toHaveAttribute('aria-pressed', 'true');
  await post.getByRole('button', { name: 'Bình luận', exact: true }).click();
  const comment = post.getByRole('combobox', { name: 'Viết bình luận' });
  await comment.fill('Stent thông tốt, em thấy không có biến chứng ạ.');
  await comment.press('Enter');
  await expect(comment).toHaveValue('');
  await expect(post.getByText('Stent thông tốt, em thấy không có biến chứng ạ.')).toBeVisible();
  await expect(post.getByText('1 bình luận')).toBeVisible();
  await f.screenshot({ path: join(SHOTS, '12-reacted-commented-1280.png'), fullPage: true });

  // 5. The author's bell counts the reaction and the comment live (graphql-ws), and the list
  //    words them; opening it reads them.
  await expect(bell).toHaveAccessibleName(`Thông báo (${unreadAtLogin + 2} chưa đọc)`);
  await a.screenshot({ path: join(SHOTS, '13-bell-360.png') });
  await bell.click();
  await a.waitForURL('**/notifications');
  const list = a.getByRole('list', { name: 'Thông báo' });
  await expect(list.getByText(`${FOLLOWER.name} đã bày tỏ cảm xúc về bài viết của bạn`)).toBeVisible();
  await expect(list.getByText(`${FOLLOWER.name} đã bình luận về bài viết của bạn`)).toBeVisible();
  await expect(list.getByText(new RegExp(`^${FOLLOWER.name}( và \\d+ người khác)? đã bắt đầu theo dõi bạn`)).first()).toBeVisible();
  await expect(bell).toHaveAccessibleName('Thông báo');
  expect(await a.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await a.screenshot({ path: join(SHOTS, '14-notifications-360.png'), fullPage: true });

  // The comment notification leads to the post, with the comment and the counts.
  await list.getByText(`${FOLLOWER.name} đã bình luận về bài viết của bạn`).click();
  await a.waitForURL('**/p/**');
  await expect(a.getByText('Stent thông tốt, em thấy không có biến chứng ạ.')).toBeVisible();
  await expect(a.getByText('1 cảm xúc')).toBeVisible();

  await laptop.close();
  await phone.close();
});
