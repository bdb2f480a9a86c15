import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { SHOTS, login } from './demo';

// Hạnh follows Lan (made sure of below), so her message is not a message request.
const A = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh', given: 'Hạnh' };
const B = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan', given: 'Lan' };
const C = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const stamp = Date.now().toString(36);
const FIRST = `Chào chị Lan, em gửi chị kết quả điện tâm đồ ca sáng nay ${stamp}`;
const REPLY = `Chị xem rồi, em cho bệnh nhân làm thêm men tim nhé ${stamp}`;
const OFF_1 = `Troponin lần 1 âm tính ạ ${stamp}`;
const OFF_2 = `Em hẹn lấy lại sau 3 giờ ${stamp}`;
const FIRST_EDITED = `Chào chị Lan, em gửi chị kết quả điện tâm đồ ca sáng nay (đã bổ sung) ${stamp}`;

/**
 * Counts the graphql-ws `subscribe` messages a page sends, per operation, over all its sockets
 * (attach before the page opens any). `subscribed(name, n)` waits for the n-th one.
 */
function trackSubscriptions(page: Page) {
  const counts = new Map<string, number>();
  page.on('websocket', (ws) => {
    ws.on('framesent', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
      const match = /"type":"subscribe".*"operationName":"(\w+)"/.exec(text) ?? /"operationName":"(\w+)".*"type":"subscribe"/.exec(text);
      if (match) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
    });
  });
  return {
    count: (name: string) => counts.get(name) ?? 0,
    subscribed: (name: string, atLeast = 1) => expect.poll(() => counts.get(name) ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(atLeast),
  };
}

/** The texts of the message bubbles of the open chat, top to bottom. */
async function bubbleTexts(log: Locator): Promise<string[]> {
  return log
    .locator('[data-testid="chat-message"]')
    .evaluateAll((rows) => rows.map((row) => (row.querySelector('[data-testid="message-body"]')?.textContent ?? '').trim()));
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

test('two users chat live; one goes offline; messages and an edit made meanwhile arrive once each after reconnecting', async ({ browser }) => {
  // Two browsers, a long flow, and a machine shared with other test runs.
  test.setTimeout(300_000);
  // A on a laptop, B on a phone.
  const laptop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const a = await laptop.newPage();
  const b = await phone.newPage();
  const aSubs = trackSubscriptions(a);
  const bSubs = trackSubscriptions(b);
  // Every websocket of B: which closed, and whether any message of this test reached it while offline.
  const bClosed: string[] = [];
  const framesWhileOffline: string[] = [];
  let offline = false;
  b.on('websocket', (ws) => {
    ws.on('close', () => bClosed.push(ws.url()));
    ws.on('framereceived', (frame) => {
      const text = typeof frame.payload === 'string' ? frame.payload : frame.payload.toString();
      if (offline && text.includes(stamp)) framesWhileOffline.push(text);
    });
  });
  await login(a, A.email);
  await login(b, B.email);

  // A follows B (the demo data may already have done it), so B gets a conversation, not a request.
  await a.goto('/people');
  await a.getByRole('searchbox', { name: 'Tìm theo tên' }).fill('nguyen thi lan');
  const unfollow = a.getByRole('button', { name: `Bỏ theo dõi ${B.name}` });
  const follow = a.getByRole('button', { name: `Theo dõi ${B.name}`, exact: true });
  await expect(unfollow.or(follow)).toBeVisible();
  if (await follow.isVisible()) await follow.click();
  await expect(unfollow).toBeVisible();

  // B waits on the conversation list (live over graphql-ws).
  await b.goto('/messages');
  await expect(b.getByRole('heading', { name: 'Tin nhắn', level: 1 })).toBeVisible();
  await bSubs.subscribed('InboxEvents');

  // 1. A starts the 1:1 conversation by picking B and sends the first message.
  await a.goto('/messages/new');
  await a.getByRole('searchbox', { name: 'Tìm đồng nghiệp' }).fill('nguyen thi lan');
  await a.getByRole('button', { name: `Nhắn tin cho ${B.name}` }).click();
  await a.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
  const conversationUrl = a.url();
  const aLog = a.getByRole('log', { name: `Tin nhắn với ${B.name}` });
  await expect(aLog).toBeVisible();
  await aSubs.subscribed('ConversationEvents');
  const aInput = a.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await aInput.fill(FIRST);
  await aInput.press('Enter');
  await expect(aInput).toHaveValue('');
  await expect(aLog.getByText(FIRST, { exact: true })).toHaveCount(1);

  // 2. B's list shows it live (preview and unread badge); B opens it.
  const row = b.getByRole('link').filter({ hasText: A.name });
  await expect(row).toContainText(FIRST);
  await expect(row.getByLabel('1 tin chưa đọc')).toBeVisible();
  // The bottom tab counts the conversations with unread messages (phones).
  await expect(b.getByRole('navigation', { name: 'Thanh điều hướng dưới' }).getByRole('link', { name: 'Tin nhắn (1 chưa đọc)' })).toBeVisible();
  await noHorizontalScroll(b);
  await b.screenshot({ path: join(SHOTS, '20-messages-list-360.png') });
  await row.click();
  await expect(b).toHaveURL(conversationUrl);
  const bLog = b.getByRole('log', { name: `Tin nhắn với ${A.name}` });
  await expect(bLog.getByText(FIRST, { exact: true })).toBeVisible();
  await bSubs.subscribed('ConversationEvents');

  // 3. B has read it: A sees the receipt under her message.
  await expect(aLog.getByText('Đã xem', { exact: true })).toBeVisible();

  // 4. Typing indicator, then B's reply arrives live at A.
  await b.getByRole('textbox', { name: 'Nhập tin nhắn' }).fill('Chị');
  await expect(a.getByText(`${B.given} đang nhập…`)).toBeVisible();
  const bInput = b.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await bInput.fill(REPLY);
  await bInput.press('Enter');
  await expect(aLog.getByText(REPLY, { exact: true })).toHaveCount(1);
  await expect(a.getByText(`${B.given} đang nhập…`)).toBeHidden();
  await aInput.fill('Dạ');
  await expect(b.getByText(`${A.given} đang nhập…`)).toBeVisible();
  await aInput.fill('');
  await a.screenshot({ path: join(SHOTS, '21-chat-live-1280.png') });

  // 5. B loses the network. The socket must really close (not just look offline).
  const closedBefore = bClosed.length;
  offline = true;
  await phone.setOffline(true);
  await expect.poll(() => bClosed.length, { message: 'the open websocket closed' }).toBeGreaterThan(closedBefore);
  await expect(b.getByRole('status').filter({ hasText: 'Đang kết nối lại…' })).toBeVisible();
  await b.screenshot({ path: join(SHOTS, '22-reconnecting-360.png') });

  // 6. Meanwhile A sends two messages and edits her first one.
  await aInput.fill(OFF_1);
  await aInput.press('Enter');
  await expect(aLog.getByText(OFF_1, { exact: true })).toHaveCount(1);
  await aInput.fill(OFF_2);
  await aInput.press('Enter');
  await expect(aLog.getByText(OFF_2, { exact: true })).toHaveCount(1);
  const firstRow = aLog.locator('[data-testid="chat-message"]').filter({ hasText: FIRST });
  await firstRow.hover();
  await firstRow.getByRole('button', { name: 'Thao tác với tin nhắn' }).click();
  await a.getByRole('menuitem', { name: 'Sửa' }).click();
  const editBox = aLog.getByRole('textbox', { name: 'Sửa tin nhắn' });
  await editBox.fill(FIRST_EDITED);
  await editBox.press('Enter');
  await expect(aLog.getByText(FIRST_EDITED, { exact: true })).toBeVisible();
  await expect(firstRow.or(aLog.locator('[data-testid="chat-message"]').filter({ hasText: FIRST_EDITED })).getByText('đã sửa')).toBeVisible();

  // Nothing reached B while offline.
  await b.waitForTimeout(1500);
  await expect(bLog.getByText(OFF_1, { exact: true })).toHaveCount(0);
  await expect(bLog.getByText(FIRST_EDITED, { exact: true })).toHaveCount(0);
  expect(framesWhileOffline).toEqual([]);

  // 7. B is back: the banner goes, and the catch-up brings both messages and the edit, each once, in order.
  offline = false;
  const streamSubscriptions = bSubs.count('ConversationEvents');
  await phone.setOffline(false);
  await bSubs.subscribed('ConversationEvents', streamSubscriptions + 1); // subscribed again on the new socket
  await expect(b.getByRole('status').filter({ hasText: 'Đang kết nối lại…' })).toBeHidden({ timeout: 30_000 });
  await expect(bLog.getByText(OFF_1, { exact: true })).toHaveCount(1);
  await expect(bLog.getByText(OFF_2, { exact: true })).toHaveCount(1);
  await expect(bLog.getByText(FIRST_EDITED, { exact: true })).toHaveCount(1);
  await expect(bLog.getByText(FIRST, { exact: true })).toHaveCount(0);
  const texts = (await bubbleTexts(bLog)).filter((text) => text.includes(stamp));
  expect(texts).toEqual([FIRST_EDITED, REPLY, OFF_1, OFF_2]);
  await noHorizontalScroll(b);
  await b.screenshot({ path: join(SHOTS, '23-caught-up-360.png') });

  // And the conversation keeps working live after the reconnect.
  await bInput.fill(`Ok em ${stamp}`);
  await bInput.press('Enter');
  await expect(aLog.getByText(`Ok em ${stamp}`, { exact: true })).toHaveCount(1);
  // B read what was caught up: the receipt moved under A's last message.
  await expect(aLog.locator('[data-testid="chat-message"]').filter({ hasText: OFF_2 }).getByText('Đã xem', { exact: true })).toBeVisible();
  await expect(aLog.getByText('Đã xem', { exact: true })).toHaveCount(1);
  await a.screenshot({ path: join(SHOTS, '24-chat-after-reconnect-1280.png') });

  // 8. The group page's chat tab: Lan's group, for its members.
  await b.goto('/groups');
  await b.getByRole('link', { name: 'Cộng đồng Tim mạch Việt Nam' }).first().click();
  await b.getByRole('tab', { name: 'Trò chuyện' }).click();
  const groupLog = b.getByRole('log', { name: 'Tin nhắn với Cộng đồng Tim mạch Việt Nam' });
  await expect(groupLog).toBeVisible();
  const groupInput = b.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await groupInput.fill(`Chào cả nhóm ${stamp}`);
  await groupInput.press('Enter');
  await expect(groupLog.getByText(`Chào cả nhóm ${stamp}`, { exact: true })).toHaveCount(1);
  await noHorizontalScroll(b);
  await b.screenshot({ path: join(SHOTS, '25-group-chat-tab-360.png') });

  await laptop.close();
  await phone.close();
});

test('a group conversation of three: its creator sees the members, removes one and adds them back; the others keep talking', async ({ browser }) => {
  test.setTimeout(180_000);
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const a = await phone.newPage();
  await login(a, A.email);

  // A creates a group conversation with B and C.
  const title = `Hội chẩn nhồi máu cơ tim ${stamp}`;
  await a.goto('/messages/new');
  await a.locator('label').filter({ hasText: 'Nhóm trò chuyện' }).click();
  await expect(a.getByRole('radio', { name: 'Nhóm trò chuyện' })).toBeChecked();
  await a.getByLabel('Tên nhóm trò chuyện').fill(title);
  const search = a.getByRole('searchbox', { name: 'Tìm đồng nghiệp' });
  await search.fill('nguyen thi lan');
  await a.getByRole('button', { name: `Thêm ${B.name}` }).click();
  await search.fill('huynh duc dat');
  await a.getByRole('button', { name: `Thêm ${C.name}` }).click();
  await a.getByRole('button', { name: 'Tạo nhóm trò chuyện' }).click();
  await a.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
  const log = a.getByRole('log', { name: `Tin nhắn với ${title}` });
  await expect(log).toBeVisible();
  const input = a.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await input.fill(`Mời hai anh chị cho ý kiến ${stamp}`);
  await input.press('Enter');
  await expect(log.getByText(`Mời hai anh chị cho ý kiến ${stamp}`, { exact: true })).toHaveCount(1);

  // A posts, then sends the post into the new conversation: it shows there as a post card.
  await a.goto('/');
  const postBody = `Hướng dẫn mới về xử trí hội chứng vành cấp tại tuyến huyện ${stamp}`;
  await a.getByRole('combobox', { name: 'Nội dung bài viết' }).fill(postBody);
  await a.getByRole('button', { name: 'Đăng', exact: true }).click();
  const card = a.getByRole('article').filter({ hasText: postBody });
  await expect(card).toHaveCount(1);
  await card.getByRole('button', { name: 'Tùy chọn bài viết' }).click();
  await a.getByRole('menuitem', { name: 'Gửi qua tin nhắn' }).click();
  const share = a.getByRole('dialog', { name: 'Gửi bài viết qua tin nhắn' });
  await share.getByRole('searchbox', { name: 'Tìm cuộc trò chuyện' }).fill(stamp);
  await share.getByRole('button', { name: `Gửi tới ${title}`, exact: true }).click();
  await expect(share.getByRole('status').filter({ hasText: `Đã gửi bài viết tới ${title}.` })).toBeVisible();
  await noHorizontalScroll(a);
  await a.screenshot({ path: join(SHOTS, '26-send-post-to-chat-360.png') });
  await share.getByRole('link', { name: 'Mở cuộc trò chuyện' }).click();
  await a.waitForURL(/\/messages\/[0-9a-f-]{36}$/);
  await expect(log.getByRole('link', { name: `Bài viết của ${A.name}` })).toContainText(postBody);

  // The members drawer lists the three; A (its creator, so its admin) removes C.
  await a.getByRole('button', { name: 'Tùy chọn cuộc trò chuyện' }).click();
  await a.getByRole('menuitem', { name: 'Thành viên (3)' }).click();
  const drawer = a.getByRole('dialog', { name: 'Thành viên' });
  const members = drawer.getByRole('list', { name: 'Thành viên của cuộc trò chuyện' }).getByRole('listitem');
  await expect(members).toHaveCount(3);
  // At 360 px the drawer takes the whole width: its controls are fully on screen (once it has slid in).
  await expect(drawer.getByRole('button', { name: 'Thêm người' })).toBeInViewport({ ratio: 1 });
  await expect(drawer.getByRole('button', { name: `Xóa ${C.name} khỏi cuộc trò chuyện` })).toBeInViewport({ ratio: 1 });
  await noHorizontalScroll(a);
  await a.screenshot({ path: join(SHOTS, '27-group-members-360.png') });
  await drawer.getByRole('button', { name: `Xóa ${C.name} khỏi cuộc trò chuyện` }).click();
  await a.getByRole('dialog', { name: 'Xóa khỏi cuộc trò chuyện?' }).getByRole('button', { name: 'Xóa', exact: true }).click();
  await expect(a.getByRole('status').filter({ hasText: `Đã xóa ${C.name} khỏi cuộc trò chuyện.` })).toBeVisible();
  await expect(members).toHaveCount(2);
  await expect(drawer.getByRole('link', { name: C.name })).toHaveCount(0);

  // C no longer has the conversation; B still does.
  const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const c = await other.newPage();
  await login(c, C.email);
  await c.goto('/messages');
  await expect(c.getByRole('heading', { name: 'Tin nhắn', level: 1 })).toBeVisible();
  await expect(c.getByText(title)).toHaveCount(0);
  await c.goto(a.url());
  await expect(c.getByRole('log', { name: `Tin nhắn với ${title}` })).toHaveCount(0);

  const third = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const bPage = await third.newPage();
  await login(bPage, B.email);
  await bPage.goto(a.url());
  await expect(bPage.getByRole('log', { name: `Tin nhắn với ${title}` }).getByText(`Mời hai anh chị cho ý kiến ${stamp}`, { exact: true })).toHaveCount(1);

  // A adds C back from the drawer (still open on her phone); C sees the conversation again.
  await drawer.getByRole('button', { name: 'Thêm người' }).click();
  await drawer.getByRole('searchbox', { name: 'Tìm đồng nghiệp' }).fill('huynh duc dat');
  await drawer.getByRole('button', { name: `Chọn ${C.name}` }).click();
  await drawer.getByRole('button', { name: 'Thêm vào cuộc trò chuyện' }).click();
  await expect(a.getByRole('status').filter({ hasText: `Đã thêm ${C.name}.` })).toBeVisible();
  await expect(members).toHaveCount(3);
  await c.goto('/messages');
  await expect(c.getByText(title)).toBeVisible();

  await phone.close();
  await other.close();
  await third.close();
});
