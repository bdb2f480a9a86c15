import { PgBoss } from 'pg-boss';

export const JOBS = Symbol('JOBS');

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss, in the same PostgreSQL. `boot()` runs with the runtime (so
 * features may send and schedule from start-up on); `work()` starts the handlers. In the
 * embedded default the API process works jobs itself; `apps/worker` adds capacity (and
 * does all of it when the API runs with RUN_JOBS=false).
 */
export class Jobs {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private readonly queues = new Set<string>();
  private booted = false;
  private working = false;

  constructor(connectionString: string) {
    this.boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
    this.boss.on('error', () => undefined);
  }

  async boot(): Promise<void> {
    if (this.booted) return;
    await this.boss.start();
    this.booted = true;
  }

  register<T>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler<unknown>);
  }

  /** The queues this process has handlers for (and works, once `work()` ran). */
  queueNames(): string[] {
    return [...this.handlers.keys()].sort();
  }

  private async ensureQueue(queue: string): Promise<void> {
    if (this.queues.has(queue)) return;
    if (!(await this.boss.getQueue(queue))) await this.boss.createQueue(queue);
    this.queues.add(queue);
  }

  async work(): Promise<void> {
    if (this.working) return;
    this.working = true;
    for (const [queue, handler] of this.handlers) {
      await this.ensureQueue(queue);
      await this.boss.work(queue, { pollingIntervalSeconds: 0.5, batchSize: 4 }, async (jobs) => {
        for (const job of jobs) await handler(job.data);
      });
    }
  }

  /** `startAfter`: seconds to delay the job (any process's worker then picks it up). */
  async send<T extends object>(queue: string, data: T, options: { singletonKey?: string; startAfter?: number } = {}): Promise<void> {
    await this.ensureQueue(queue);
    await this.boss.send(queue, data, { retryLimit: 3, retryBackoff: true, ...options });
  }

  /** Upserts a cron schedule (safe from every process, on every start). */
  async schedule(queue: string, cron: string): Promise<void> {
    await this.ensureQueue(queue);
    await this.boss.schedule(queue, cron);
  }

  async stop(): Promise<void> {
    if (!this.booted) return;
    await this.boss.stop({ graceful: true, timeout: 5000 });
    this.booted = false;
    this.working = false;
  }
}
