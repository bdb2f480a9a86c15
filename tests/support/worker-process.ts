/**
 * The real worker entry (dist/apps/worker/src/main.js, built by jest's global setup) as a
 * child process on a test's database: what `node dist/apps/worker/src/main.js` runs in
 * production. `cleanUpWorkerProcesses()` in afterAll kills whatever is left.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const MAIN = join(__dirname, '../../dist/apps/worker/src/main.js');

const children = new Set<ChildProcess>();

export interface WorkerProcess {
  pid: number;
  /** The queues the worker said it works (its `worker ready` line). */
  queues: string[];
  /** stdout and stderr lines so far (pino JSON). */
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, as a process manager would; resolves with the exit code. */
  stop(): Promise<number | null>;
}

export interface WorkerOptions {
  databaseUrl: string;
  /** Shared with the API: local object storage and its signing secret live there. */
  dataDir: string;
  jwtSecret: string;
  env?: Record<string, string>;
}

export async function startWorkerProcess({ databaseUrl, dataDir, jwtSecret, env = {} }: WorkerOptions): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const queues = await new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker not ready within 60 s:\n${output.slice(-20).join('\n')}`)), 60_000);
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        output.push(line);
        if (!line.includes('"worker ready"')) return;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { queues?: string[] }).queues ?? []);
      });
    }
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`worker exited during start-up (${signal ?? code}):\n${output.slice(-20).join('\n')}`));
    });
  });
  return {
    pid: child.pid!,
    queues,
    output,
    exited,
    async stop() {
      child.kill('SIGTERM');
      return (await exited).code;
    },
  };
}

/** Kills the worker processes still running. */
export async function cleanUpWorkerProcesses(): Promise<void> {
  const left = [...children];
  for (const child of left) child.kill('SIGKILL');
  await Promise.all(
    left.map((child) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)))),
  );
}
