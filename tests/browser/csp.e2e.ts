import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './demo';

/** Collects Content-Security-Policy violations: the DOM event and Chromium's console report. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportCspViolation(t: string): void }).reportCspViolation(
        `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return violations;
}

test('the app renders its main pages under the Content-Security-Policy without a violation', async ({ page }) => {
  const violations = await watchViolations(page);

  const response = await page.goto('/login');
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  await page.getByLabel('Email').fill('bs.lan@demo.ketnoi.vn');
  await page.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL((url) => url.pathname === '/');
  await expect(page.getByRole('heading', { name: 'Xin chào, Nguyễn Thị Lan' })).toBeVisible();

  for (const path of ['/people', '/groups', '/messages', '/cases', '/notifications', '/search?q=tim', '/profile']) {
    await page.goto(path);
    await expect(page.locator('main, [role="main"]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  expect(violations).toEqual([]);
});
