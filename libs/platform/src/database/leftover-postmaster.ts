import { existsSync, readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProcessInfo, isRunning, processInfo, waitForExit } from './process-info';

/**
 * PostgreSQL refuses to start while its data directory's postmaster.pid names a live
 * process. After `kill -9` of the API that process is our own orphaned postmaster, still
 * running: it is stopped (fast shutdown, then SIGKILL) so that this process owns, and
 * supervises, the next one. A postmaster whose parent is the live process that started it
 * (`owner.pid`) belongs to another running copy on the same DATA_DIR: that is refused.
 */
export async function clearLeftoverPostmaster(clusterDir: string, ownerFile: string, log: (msg: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const removeStale = () => {
    unlinkSync(pidFile);
    log(`removed stale ${pidFile} (process ${pid || '?'} is gone)`);
  };
  if (!pid || !isRunning(pid)) return removeStale();

  const info = processInfo(pid);
  if (!info) {
    throw new Error(
      `${pidFile} names process ${pid}, which is running but cannot be inspected. Stop it if it is PostgreSQL on this folder, otherwise delete the file.`,
    );
  }
  // The pid was reused by an unrelated process (e.g. after a reboot): the file is stale.
  if (!isPostmasterOf(info, clusterDir)) return removeStale();

  const owner = readOwner(ownerFile);
  if (owner && owner !== process.pid && info.ppid === owner && isRunning(owner)) {
    throw new Error(
      `DATA_DIR is in use: the PostgreSQL in ${clusterDir} (pid ${pid}) belongs to Ketnoi process ${owner}, which is still running. Stop it first, or use another DATA_DIR.`,
    );
  }
  log(`stopping PostgreSQL (pid ${pid}) left running on ${clusterDir} by an earlier run`);
  signal(pid, 'SIGINT');
  if (!(await waitForExit(pid, 15_000))) {
    log(`PostgreSQL (pid ${pid}) did not stop within 15 s; killing it`);
    signal(pid, 'SIGKILL');
    if (!(await waitForExit(pid, 5_000))) throw new Error(`the PostgreSQL left running on ${clusterDir} (pid ${pid}) could not be stopped`);
  }
  // A clean shutdown removes the file; after SIGKILL it is stale.
  if (existsSync(pidFile) && Number(readFileSync(pidFile, 'utf8').split('\n')[0]) === pid) unlinkSync(pidFile);
}

/** Records which process started the postmaster (see clearLeftoverPostmaster). */
export function writeOwner(ownerFile: string): void {
  writeFileSync(ownerFile, `${process.pid}\n`);
}

function readOwner(ownerFile: string): number | undefined {
  try {
    return Number(readFileSync(ownerFile, 'utf8').trim()) || undefined;
  } catch {
    return undefined;
  }
}

function isPostmasterOf(info: ProcessInfo, clusterDir: string): boolean {
  const dir = realpath(clusterDir);
  // PostgreSQL changes into its data directory: the surest sign, where the OS shows it.
  if (info.cwd) return realpath(info.cwd) === dir;
  return /postgres/.test(info.command) && (info.command.includes(dir) || info.command.includes(resolve(clusterDir)));
}

function realpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw new Error(`could not signal PostgreSQL process ${pid} (${(e as Error).message})`);
  }
}
