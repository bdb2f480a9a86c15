import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { SHOTS, login } from './demo';

const MINISTRY = 'bo.yte@demo.ketnoi.vn';

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

test('an admin header fits at 1280 px: administration entries under one menu; at 360 px the drawer lists them', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await login(page, MINISTRY);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' }).first();
  await expect(nav.getByRole('link', { name: 'Chính sách' })).toBeVisible();
  // Nothing in the header is cut or pushed out: the navigation does not overflow, and every entry lies inside the window.
  const overflow = await nav.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  const outside = await page
    .locator('header a, header button')
    .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.textContent));
  expect(outside).toEqual([]);
  // …and no entry's label is cut short.
  const cut = await nav.locator('.mantine-Button-label').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
  expect(cut).toEqual([]);
  await expect(nav.getByRole('link', { name: 'Nhân lực y tế' })).toHaveCount(0);
  await expectAccessible(page, 'header at 1280');
  await page.screenshot({ path: join(SHOTS, 'admin-nav-1280.png') });

  await nav.getByRole('button', { name: 'Quản trị' }).click();
  await expect(page.getByRole('menuitem', { name: 'Nhân lực y tế' })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'admin-nav-menu-1280.png') });
  await page.getByRole('menuitem', { name: 'Nhân lực y tế' }).click();
  await expect(page.getByRole('heading', { name: 'Nhân lực y tế' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Quản trị' })).toHaveAttribute('data-variant', 'light');

  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Thanh điều hướng dưới' }).getByRole('button', { name: 'Menu' }).click();
  const drawer = page.locator('#mobile-nav');
  await expect(drawer.getByRole('link', { name: 'Nhân lực y tế' })).toBeVisible();
  await expectAccessible(page, 'drawer at 360');
  await page.screenshot({ path: join(SHOTS, 'admin-nav-360.png') });
  await context.close();
});
