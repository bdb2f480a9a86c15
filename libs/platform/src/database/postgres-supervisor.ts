import type { Postmaster, PostmasterExit } from './postmaster';

export type SupervisorEvent =
  ({ kind: 'exited' } & PostmasterExit) | { kind: 'restarted'; attempts: number; ms: number } | { kind: 'gave-up'; attempts: number; error: Error };

/** How long restarts are retried before giving up (the caller then exits non-zero). */
const RESTART_WINDOW_MS = 30_000;

/**
 * Keeps an embedded postmaster running: when it exits without being asked to (killed,
 * crashed), starts it again with the same data directory and port, so the connection
 * pools reconnect to the same URL. Retries with back-off while the old one's processes
 * let go of the folder; gives up after RESTART_WINDOW_MS and says so.
 */
export class PostgresSupervisor {
  private current?: Postmaster;
  private restarting?: Promise<void>;
  private stopped = false;
  private lost = false;

  constructor(
    private readonly startPostmaster: () => Promise<Postmaster>,
    private readonly onEvent: (e: SupervisorEvent) => void,
  ) {}

  async begin(): Promise<void> {
    this.watch(await this.startPostmaster());
  }

  get pid(): number | undefined {
    return this.restarting || this.lost ? undefined : this.current?.pid;
  }

  private watch(postmaster: Postmaster): void {
    this.current = postmaster;
    void postmaster.exited.then((exit) => {
      if (postmaster.isStopping || this.stopped) return;
      this.onEvent({ kind: 'exited', ...exit });
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    });
  }

  private async restart(): Promise<void> {
    const began = Date.now();
    let delay = 100;
    for (let attempts = 1; ; attempts++) {
      if (this.stopped) return;
      try {
        const postmaster = await this.startPostmaster();
        if (this.stopped) return void (await postmaster.stop());
        this.watch(postmaster);
        this.onEvent({ kind: 'restarted', attempts, ms: Date.now() - began });
        return;
      } catch (e) {
        if (Date.now() - began > RESTART_WINDOW_MS) {
          this.lost = true;
          this.onEvent({ kind: 'gave-up', attempts, error: e instanceof Error ? e : new Error(String(e)) });
          return;
        }
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting;
    await this.current?.stop();
  }
}
