import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const PASSWORD = 'KetNoi#2026!';
// Hạnh follows Lan (made sure of below), so her message is not a message request.
const A = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh', given: 'Hạnh' };
const B = { email: 'bs.lan@demo.ketnoi.vn', name: 'Nguyễn Thị Lan', given: 'Lan' };
const stamp = Date.now().toString(36);
const FIRST = `Chào chị Lan, em gửi chị kết quả điện tâm đồ ca sáng nay ${stamp}`;
const REPLY = `Chị xem rồi, em cho bệnh nhân làm thêm men tim nhé ${stamp}`;
const OFF_1 = `Troponin lần 1 âm tính ạ ${stamp}`;
const OFF_2 = `Em hẹn lấy lại sau 3 giờ ${stamp}`;
const FIRST_EDITED = `Chào chị Lan, em gửi chị kết quả điện tâm đồ ca sáng nay (đã bổ sung) ${stamp}`;

async function login(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL((url) => url.pathname === '/');
}

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
  return log.locator('[data-testid="chat-message"]').evaluateAll((rows) =>
    rows.map((row) => (row.querySelector('[data-testid="message-body"]')?.textContent ?? '').trim()),
  );
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
  // The nav item counts the conversations with unread messages (phones: in the menu).
  await b.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  await expect(b.getByRole('link', { name: 'Tin nhắn (1 chưa đọc)' })).toBeVisible();
  await b.getByRole('button', { name: 'Đóng menu điều hướng' }).click();
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
