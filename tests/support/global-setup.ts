import { ChildProcess, spawn } from 'node:child_process';
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
