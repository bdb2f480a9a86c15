/**
 * The real API entry (dist/apps/api/src/main.js, built by jest's global setup) as a child
 * process on embedded defaults, with its own DATA_DIR: what `npm start` runs. For fault
 * tests that kill processes. `cleanUpApiProcesses()` in afterAll stops whatever is left,
 * the PostgreSQL an API left behind included.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client as PgClient } from 'pg';
import { isRunning } from '@ketnoi/platform/database/process-info';
import type { GqlResult, TestApp } from './app';

const MAIN = join(__dirname, '../../dist/apps/api/src/main.js');
const JWT_SECRET = 'recovery-tests-secret-0123456789abcdef';

const children = new Set<ChildProcess>();
const dataDirs = new Set<string>();

/** A DATA_DIR under the temp folder, which the "postgres" OS user can reach. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ketnoi-recovery-'));
  chmodSync(dir, 0o755); // see assertReachableByPostgresUser
  dataDirs.add(dir);
  return dir;
}

export interface ApiProcess {
  url: string;
  pid: number;
  /** stdout and stderr lines so far (pino JSON and the start-up banner). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill9(): Promise<void>;
  /** SIGTERM, as Ctrl-C / a process manager would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export async function startApiProcess(dataDir: string): Promise<ApiProcess> {
  // Only what npm start on a fresh clone has: no DATABASE_URL, no REDIS_URL.
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    JWT_SECRET,
  };
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API not ready within 90 s:\n${output.slice(-20).join('\n')}`)), 90_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        const m = /Ketnoi is running at http:\/\/localhost:(\d+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    }
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`API exited during start-up (${signal ?? code}):\n${output.slice(-20).join('\n')}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output,
    exited,
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      return (await exited).code;
    },
  };
}

/** The postmaster.pid of DATA_DIR's embedded cluster: pid (line 1) and port (line 4). */
export function postmasterOf(dataDir: string): { pid: number; port: number } | null {
  const file = join(dataDir, 'postgres/cluster/postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

export const isAlive = isRunning;

/** SQL on DATA_DIR's `ketnoi` database, wherever its PostgreSQL listens now. */
export async function sqlOn<T = Record<string, any>>(dataDir: string, text: string, params?: unknown[]): Promise<T[]> {
  const pm = postmasterOf(dataDir);
  if (!pm) throw new Error(`no PostgreSQL running on ${dataDir}`);
  const password = readFileSync(join(dataDir, 'postgres/password'), 'utf8').trim();
  const client = new PgClient({ host: '127.0.0.1', port: pm.port, user: 'postgres', password, database: 'ketnoi' });
  await client.connect();
  try {
    return (await client.query(text, params)).rows;
  } finally {
    await client.end();
  }
}

export async function gqlAt<T = Record<string, any>>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  try {
    return { ...(JSON.parse(text) as GqlResult<T>), status: res.status };
  } catch {
    return { status: res.status, errors: [{ message: text.slice(0, 200) }] };
  }
}

/**
 * What the factories (tests/factories) need of a TestApp, for an API process on `dataDir`;
 * `api()` is read on every call, so the adapter follows restarts.
 */
export function factoryApp(dataDir: string, api: () => ApiProcess): TestApp {
  return {
    get url() {
      return api().url;
    },
    config: { jwtSecret: JWT_SECRET },
    gql: (query: string, variables?: Record<string, unknown>, token?: string) => gqlAt(api().url, query, variables, token),
    sql: (text: string, params?: unknown[]) => sqlOn(dataDir, text, params),
  } as unknown as TestApp;
}

/** Kills the API processes still running, stops the PostgreSQL they left, removes the folders. */
export async function cleanUpApiProcesses(): Promise<void> {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dataDirs) {
    const pm = postmasterOf(dir);
    if (pm && isAlive(pm.pid)) {
      process.kill(pm.pid, 'SIGINT');
      for (let i = 0; i < 100 && isAlive(pm.pid); i++) await new Promise((r) => setTimeout(r, 100));
      if (isAlive(pm.pid)) process.kill(pm.pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  }
  dataDirs.clear();
}
