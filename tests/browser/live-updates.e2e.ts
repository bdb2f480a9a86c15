import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { SHOTS, apiLogin, gql, login } from './demo';

const AUTHOR = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan' };
const COLLEAGUE = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const stamp = Date.now().toString(36);

test("the author's counts and a group join approval update without a reload", async ({ browser, request }) => {
  const author = await apiLogin(request, AUTHOR.email);
  const colleague = await apiLogin(request, COLLEAGUE.email);
  const { createPost } = await gql<{ createPost: { id: string } }>(
    request,
    `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
    { input: { body: `Điện tâm đồ sau can thiệp, mời các anh chị góp ý ${stamp}`, visibility: 'ALL_VERIFIED' } },
    author.token,
  );
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, AUTHOR.email);
  await page.goto(`/p/${createPost.id}`);
  await expect(page.getByText(`mời các anh chị góp ý ${stamp}`)).toBeVisible();
  await expect(page.getByText('1 cảm xúc')).toHaveCount(0);
  await page.waitForTimeout(500); // the subscription is up

  // A colleague reacts and comments elsewhere: the author's screen follows, no reload.
  await gql(request, `mutation($id: ID!) { reactToPost(postId: $id, kind: INSIGHTFUL) { id } }`, { id: createPost.id }, colleague.token);
  await expect(page.getByText('1 cảm xúc')).toBeVisible();
  await gql(
    request,
    `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`,
    { input: { postId: createPost.id, body: 'ST chênh lên đã về gần đường đẳng điện.' } },
    colleague.token,
  );
  await expect(page.getByRole('button', { name: '1 bình luận' })).toBeVisible();
  await gql(request, `mutation($id: ID!) { removeReaction(postId: $id) { id } }`, { id: createPost.id }, colleague.token);
  await expect(page.getByText('1 cảm xúc')).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'live-counts-360.png') });

  // A private group: the author asks to join; the owner approves elsewhere; the page turns into a member's page.
  const { createGroup } = await gql<{ createGroup: { id: string } }>(
    request,
    `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
    { input: { name: `Nhóm điện tim ${stamp}`, privacy: 'PRIVATE', kind: 'SPECIALTY_COMMUNITY' } },
    colleague.token,
  );
  await page.goto(`/g/${createGroup.id}`);
  await page.getByRole('button', { name: 'Yêu cầu tham gia' }).click();
  await expect(page.getByRole('button', { name: /Đã gửi yêu cầu|Rút lại yêu cầu/ }).first()).toBeVisible();
  await gql(
    request,
    `mutation($g: ID!, $u: ID!) { decideJoinRequest(groupId: $g, userId: $u, approve: true) { id } }`,
    { g: createGroup.id, u: author.id },
    colleague.token,
  );
  await expect(
    page
      .getByText('Đã tham gia')
      .or(page.getByRole('button', { name: 'Rời nhóm' }))
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yêu cầu tham gia' })).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'live-join-approved-360.png') });
  await context.close();
});

/** Tabs whose label does not fit the tab (cut, ellipsis) on this page. */
function cutTabs(page: Page): Promise<string[]> {
  return page
    .getByRole('tab')
    .evaluateAll((tabs) =>
      tabs
        .filter((tab) => [tab, ...Array.from(tab.querySelectorAll<HTMLElement>('span'))].some((el) => el.scrollWidth > el.clientWidth + 1))
        .map((tab) => tab.textContent ?? ''),
    );
}

test('at 360 px no tab label is cut (every tab list scrolls instead), and the chat keeps its newest message in view when the keyboard takes half the screen', async ({
  browser,
  request,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, AUTHOR.email);
  for (const path of ['/cases', '/cases?tab=queue', '/search?q=tim', '/live']) {
    await page.goto(path);
    await expect(page.getByRole('tab').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect({ path, cut: await cutTabs(page) }).toEqual({ path, cut: [] });
    // nothing spills past the screen: the list scrolls inside itself
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }
  await page.goto('/cases');
  await expect(page.getByRole('tab', { name: 'Hàng chờ hội chẩn' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'tabs-cases-360.png') });

  // The chat: a conversation long enough to scroll.
  const author = await apiLogin(request, AUTHOR.email);
  const colleague = await apiLogin(request, COLLEAGUE.email);
  const { startConversation } = await gql<{ startConversation: { id: string } }>(
    request,
    `mutation($p: [ID!]!) { startConversation(participantIds: $p) { id } }`,
    { p: [colleague.id] },
    author.token,
  );
  await gql(request, `mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id } }`, { c: startConversation.id }, colleague.token).catch(
    () => undefined, // already accepted
  );
  for (let i = 1; i <= 14; i++) {
    await gql(
      request,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
      { input: { conversationId: startConversation.id, body: `Chỉ số lần ${i} ${stamp}`, clientId: crypto.randomUUID() } },
      i % 2 ? author.token : colleague.token,
    );
  }
  const newest = `Tin mới nhất ${stamp}`;
  await gql(
    request,
    `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`,
    { input: { conversationId: startConversation.id, body: newest, clientId: crypto.randomUUID() } },
    author.token,
  );
  await page.goto(`/messages/${startConversation.id}`);
  const log = page.getByRole('log');
  const last = log.locator('[data-testid="chat-message"]').filter({ hasText: newest });
  await expect(last).toBeInViewport();
  /** The composer is whole above the bottom tab bar (nothing of it hidden behind the bar). */
  const composerClear = async () => {
    const box = await page.getByRole('textbox', { name: 'Nhập tin nhắn' }).boundingBox();
    const bar = await page.getByTestId('bottom-nav').boundingBox();
    return !!box && !!bar && box.y + box.height <= bar.y + 1;
  };
  expect(await composerClear()).toBe(true);
  await page.getByRole('textbox', { name: 'Nhập tin nhắn' }).focus();
  // The keyboard opens: the visible area shrinks to 380 px.
  await page.setViewportSize({ width: 360, height: 380 });
  await expect(last).toBeInViewport();
  await expect(page.getByRole('textbox', { name: 'Nhập tin nhắn' })).toBeInViewport();
  await expect.poll(composerClear).toBe(true);
  await page.screenshot({ path: join(SHOTS, 'chat-keyboard-360.png') });
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(last).toBeInViewport();
  await context.close();
});
