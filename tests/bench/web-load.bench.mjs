// Login route on an emulated Fast 3G phone: bytes over the wire and time until the login form
// is visible (issue #16 budget: ≤ 250 KB compressed, ≤ 3 s). Needs `npm run build:web` first;
// starts the built server (tests/browser/serve.mjs) on a free port with a fresh data folder.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
if (!existsSync(join(root, 'dist/web/index.html'))) {
  console.error('web-load: run `npm run build:web` first');
  process.exit(1);
}
const port = 3300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, ['tests/browser/serve.mjs'], {
  cwd: root,
  env: { ...process.env, BROWSER_TEST_PORT: String(port), SEED_DEMO: 'false' },
  stdio: 'ignore',
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i++) {
    if ((await fetch(`${base}/health/ready`).catch(() => null))?.ok) break;
    if (i > 240) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'],
  });
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Chrome DevTools' "Fast 3G" preset
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 562.5,
      downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
      uploadThroughput: ((750 * 1000) / 8) * 0.9,
    });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    const started = Date.now();
    await page.goto(`${base}/login`, { waitUntil: 'commit' });
    await page.getByRole('button', { name: 'Đăng nhập' }).last().waitFor({ state: 'visible', timeout: 60_000 });
    runs.push({ ms: Date.now() - started, kb: bytes / 1024 });
    await context.close();
  }
  await browser.close();
  const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
  for (const r of runs) console.log(`login form visible after ${(r.ms / 1000).toFixed(2)} s, ${r.kb.toFixed(1)} KB over the wire`);
  console.log(`web-load (Fast 3G, 360 px): best ${(best.ms / 1000).toFixed(2)} s (budget 3 s), ${best.kb.toFixed(1)} KB (budget 250 KB)`);
  if (best.ms > 3000 || best.kb > 250) process.exitCode = 1;
} finally {
  server.kill('SIGINT');
}
