import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

declare global {
  var __KETNOI_TEST_DB__: ChildProcess | undefined;
}

/**
 * One PostgreSQL for the run and a template database migrated once; each test file
 * clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds. The database side
 * runs in a child process (see test-database.mjs).
 */
export default async function globalSetup(): Promise<void> {
  // The child runs compiled code; transpiling the server takes well under a second.
  const build = spawnSync(process.execPath, [join(__dirname, '../../scripts/build-server.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('server build failed');
  const child = spawn(process.execPath, [join(__dirname, 'test-database.mjs')], { stdio: ['pipe', 'pipe', 'inherit'], env: process.env });
  globalThis.__KETNOI_TEST_DB__ = child;
  const line = await new Promise<string>((resolveLine, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`test database process exited with code ${code}`)));
  });
  const { adminUrl, template } = JSON.parse(line) as { adminUrl: string; template: string };
  process.env.KETNOI_TEST_ADMIN_URL = adminUrl;
  process.env.KETNOI_TEST_TEMPLATE = template;
}
