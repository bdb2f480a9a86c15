import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { clearLeftoverPostmaster, writeOwner } from './leftover-postmaster';
import { Postmaster, initCluster, postgresBinaries, postgresOsUser } from './postmaster';
import { PostgresSupervisor, SupervisorEvent } from './postgres-supervisor';

export type { SupervisorEvent } from './postgres-supervisor';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  /** The running postmaster's pid; undefined while it is being restarted or was lost. */
  readonly pid: number | undefined;
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
 * port, and keeps it running (see PostgresSupervisor). Works as root: the binaries then
 * run as a `postgres` OS user. A postmaster left running on `dir` by an earlier run that
 * was killed is stopped first (see clearLeftoverPostmaster).
 */
export interface EmbeddedOptions {
  log?: (msg: string) => void;
  /** Things an operator should see: a leftover postmaster stopped, a stale pid file removed. */
  notice?: (msg: string) => void;
  /** Tests only: trade crash safety for speed. */
  unsafeFast?: boolean;
  /** PostgreSQL exited unexpectedly, was restarted, or could not be restarted. */
  onEvent?: (e: SupervisorEvent) => void;
}

export async function startEmbeddedPostgres(
  dir: string,
  { log = () => undefined, notice = log, unsafeFast = false, onEvent = () => undefined }: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  const clusterDir = resolve(dir, 'cluster');
  try {
    mkdirSync(dir, { recursive: true });
    const user = postgresOsUser();
    if (user) assertReachableByPostgresUser(dir);
    const secretFile = join(dir, 'password');
    if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
    const password = readFileSync(secretFile, 'utf8').trim();
    const bin = await postgresBinaries();
    if (!existsSync(join(clusterDir, 'PG_VERSION'))) await initCluster(bin, clusterDir, password, user, log);
    const port = await freePort();
    const ownerFile = join(dir, 'owner.pid');
    const flags = [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=300',
      ...(unsafeFast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ];
    const supervisor = new PostgresSupervisor(async () => {
      await clearLeftoverPostmaster(clusterDir, ownerFile, notice);
      const postmaster = await Postmaster.start(bin, { clusterDir, port, flags, user, log });
      writeOwner(ownerFile);
      return postmaster;
    }, onEvent);
    await supervisor.begin();
    const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
    return {
      adminUrl: urlFor('postgres'),
      urlFor,
      get pid() {
        return supervisor.pid;
      },
      stop: () => supervisor.stop(),
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : `no reason given (${String(e)})`;
    throw new Error(`embedded PostgreSQL failed to start in ${clusterDir}: ${why}`, { cause: e });
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
