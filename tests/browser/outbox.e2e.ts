import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { SHOTS, apiLogin, gql, login } from './demo';

const A = { email: 'hanh.do.32@demo.ketnoi.vn', name: 'Đỗ Thị Hạnh' };
const B = { email: 'dat.huynh.2@demo.ketnoi.vn', name: 'Huỳnh Đức Đạt' };
const stamp = Date.now().toString(36);
const DRAFT = `Anh Đạt ơi, bệnh nhân giường 12 ${stamp}`;
const OFFLINE = `Kết quả khí máu lúc 9 giờ đã có, anh xem giúp em ${stamp}`;
const QUEUED = 'Chưa có mạng — sẽ tự gửi khi có kết nối.';

/** Everything the outbox database holds, as text (drafts and unsent messages). */
function stored(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('ketnoi-outbox');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kv')) return resolve('');
          const all = db.transaction('kv').objectStore('kv').getAll();
          all.onsuccess = () => resolve(JSON.stringify(all.result));
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('a message written offline survives a reload and is delivered once, with one clientId, after reconnecting; a draft survives a reload', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const sender = await apiLogin(request, A.email);
  const recipient = await apiLogin(request, B.email);
  const { startConversation } = await gql<{ startConversation: { id: string } }>(
    request,
    `mutation($p: [ID!]!) { startConversation(participantIds: $p) { id } }`,
    { p: [recipient.id] },
    sender.token,
  );
  await gql(request, `mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id } }`, { c: startConversation.id }, recipient.token).catch(
    () => undefined,
  );
  /** How many messages of the conversation carry this text, as the recipient's server sees it. */
  const onServer = async (text: string) => {
    const data = await gql<{ conversation: { messages: { edges: { node: { body: string | null } }[] } } }>(
      request,
      `query($id: ID!) { conversation(id: $id) { messages(first: 30) { edges { node { body } } } } }`,
      { id: startConversation.id },
      recipient.token,
    );
    return data.conversation.messages.edges.filter((edge) => edge.node.body === text).length;
  };

  // The service worker stays out of it: requests go straight to the network (and to route()).
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, A.email);
  await page.goto(`/messages/${startConversation.id}`);
  const log = page.getByRole('log', { name: `Tin nhắn với ${B.name}` });
  const input = page.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await expect(input).toBeVisible();

  // 1. A draft is kept per conversation and is there again after a reload.
  await input.fill(DRAFT);
  await expect.poll(() => stored(page)).toContain(DRAFT);
  await page.reload();
  await expect(input).toHaveValue(DRAFT);

  // 2. Offline: the message is written and sent; it waits as queued, stored in the outbox.
  await input.fill(OFFLINE);
  await context.setOffline(true);
  await input.press('Enter');
  await expect(input).toHaveValue('');
  const bubble = log.locator('[data-testid="chat-message"]').filter({ hasText: OFFLINE });
  await expect(bubble).toHaveCount(1);
  await expect(bubble).toContainText(QUEUED);
  await expect.poll(() => stored(page)).toContain(OFFLINE);
  await page.screenshot({ path: join(SHOTS, '60-outbox-queued-360.png') });

  // Every SendMessage attempt of this message, with its clientId; while `cut`, they fail as on a dead network.
  const attempts: { clientId: string; blocked: boolean }[] = [];
  let cut = true;
  await context.route('**/graphql', async (route) => {
    const body = route.request().postData() ?? '';
    if (body.includes('"SendMessage"') && body.includes(stamp)) {
      const sent = (JSON.parse(body) as { variables: { input: { clientId: string } } }).variables.input;
      attempts.push({ clientId: sent.clientId, blocked: cut });
      if (cut) return route.abort('internetdisconnected');
    }
    return route.continue();
  });

  // 3. The network is back but sends still fail; then a reload: the message is still there, queued, and not on the server.
  await context.setOffline(false);
  await page.reload();
  await expect(log).toBeVisible();
  await expect(bubble).toHaveCount(1);
  await expect(bubble).toContainText(QUEUED);
  await expect(input).toHaveValue(''); // the draft went with the send
  await expect.poll(() => attempts.length).toBeGreaterThanOrEqual(1); // the page load tried it
  expect(await onServer(OFFLINE)).toBe(0);

  // 4. Sends work again; the connection drops and comes back: the outbox is flushed by itself.
  cut = false;
  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Đang kết nối lại…' })).toBeVisible();
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Đang kết nối lại…' })).toBeHidden({ timeout: 30_000 });
  await expect(bubble).toHaveCount(1);
  await expect(bubble).not.toContainText(QUEUED);
  await expect(bubble).not.toContainText('Đang gửi…');
  await expect.poll(() => onServer(OFFLINE)).toBe(1);
  await expect.poll(() => stored(page)).not.toContain(OFFLINE);

  // Every attempt carried the same clientId, and exactly one got through.
  expect(new Set(attempts.map((a) => a.clientId)).size).toBe(1);
  expect(attempts.filter((a) => !a.blocked).length).toBeGreaterThanOrEqual(1);

  // 5. After another reload: once in the conversation, no outbox left, no draft.
  await page.reload();
  await expect(log.locator('[data-testid="chat-message"]').filter({ hasText: OFFLINE })).toHaveCount(1);
  await expect(log.getByText(QUEUED)).toHaveCount(0);
  await expect(input).toHaveValue('');
  expect(await onServer(OFFLINE)).toBe(1);
  await page.screenshot({ path: join(SHOTS, '61-outbox-delivered-360.png') });
  await context.close();
});

test('signing out on a shared ward computer leaves no unsent message, draft or cached data of the user behind', async ({ browser, request }) => {
  const sender = await apiLogin(request, A.email);
  const recipient = await apiLogin(request, B.email);
  const { startConversation } = await gql<{ startConversation: { id: string } }>(
    request,
    `mutation($p: [ID!]!) { startConversation(participantIds: $p) { id } }`,
    { p: [recipient.id] },
    sender.token,
  );
  await gql(request, `mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id } }`, { c: startConversation.id }, recipient.token).catch(
    () => undefined,
  );
  const draft = `Bản nháp trên máy chung ${stamp}`;
  const unsent = `Tin chưa gửi trên máy chung ${stamp}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await login(page, A.email);
  await page.goto(`/messages/${startConversation.id}`);
  const input = page.getByRole('textbox', { name: 'Nhập tin nhắn' });
  await expect(input).toBeVisible();
  // One unsent message (the network is down) and a draft in this conversation.
  await context.setOffline(true);
  await input.fill(unsent);
  await input.press('Enter');
  await expect.poll(() => stored(page)).toContain(unsent);
  await input.fill(draft);
  await expect.poll(() => stored(page)).toContain(draft);
  await context.setOffline(false);
  // Keep the message unsent while signing out (as on a dead network).
  await context.route('**/graphql', (route) =>
    (route.request().postData() ?? '').includes('"SendMessage"') ? route.abort('internetdisconnected') : route.continue(),
  );

  await page.getByRole('button', { name: `Tài khoản của bạn: ${A.name}` }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await page.waitForURL((url) => url.pathname === '/login');
  await expect.poll(() => stored(page)).toBe('[]');
  await expect(page.getByText(unsent)).toHaveCount(0);
  // The Apollo cache went too: going back shows the login form, not the cached conversation.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Đăng nhập' }).last()).toBeVisible();
  await expect(page.getByText(unsent)).toHaveCount(0);
  await expect(page.getByText(B.name)).toHaveCount(0);
  await context.close();
});
