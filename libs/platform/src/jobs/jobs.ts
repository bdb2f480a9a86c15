import { PgBoss } from 'pg-boss';

export const JOBS = Symbol('JOBS');

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss, in the same PostgreSQL. In the embedded default the
 * worker runs inside the API process; in production `apps/worker` runs the handlers.
 */
export class Jobs {
  private readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private started = false;
  private working = false;

  constructor(connectionString: string) {
    this.boss = new PgBoss({ connectionString, schema: 'pgboss', max: 4 });
    this.boss.on('error', () => undefined);
  }

  register<T>(queue: string, handler: JobHandler<T>): void {
    this.handlers.set(queue, handler as JobHandler<unknown>);
  }

  async start(opts: { work: boolean }): Promise<void> {
    if (this.started) return;
    await this.boss.start();
    this.started = true;
    for (const queue of this.handlers.keys()) await this.boss.createQueue(queue);
    if (opts.work) {
      this.working = true;
      for (const [queue, handler] of this.handlers) {
        await this.boss.work(queue, { pollingIntervalSeconds: 0.5, batchSize: 4 }, async (jobs) => {
          for (const job of jobs) await handler(job.data);
        });
      }
    }
  }

  async send<T extends object>(queue: string, data: T, options: { singletonKey?: string } = {}): Promise<void> {
    await this.boss.send(queue, data, { retryLimit: 3, retryBackoff: true, ...options });
  }

  async schedule(queue: string, cron: string): Promise<void> {
    await this.boss.schedule(queue, cron);
  }

  get isWorking(): boolean {
    return this.working;
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, timeout: 5000 });
    this.started = false;
  }
}
