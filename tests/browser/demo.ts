import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';

/** Every demo account's password (README "Demo accounts"). */
export const DEMO_PASSWORD = 'Ketnoi-Demo-Tim-Phoi-2026';

/** Screenshots the suite saves for people to look at. */
export const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** Signs in through the login form and waits for the home page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL((url) => url.pathname === '/');
}

/** A GraphQL call over the test's own HTTP context (set-up steps that need no browser). */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await request.post('/graphql', { data: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function apiLogin(request: APIRequestContext, email: string): Promise<{ token: string; id: string }> {
  const data = await gql<{ login: { accessToken: string; user: { id: string } } }>(
    request,
    `mutation($input: LoginInput!) { login(input: $input) { accessToken user { id } } }`,
    { input: { email, password: DEMO_PASSWORD } },
  );
  return { token: data.login.accessToken, id: data.login.user.id };
}
