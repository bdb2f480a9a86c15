import type { DataSource } from 'typeorm';

const TIMEOUT_MS = 2_000;
const FRESH_MS = 500;

/**
 * Whether the database answers `SELECT 1` within 2 s. Cheap enough for every /health
 * request: concurrent callers share one query and an answer is reused for 0.5 s.
 */
export class DatabaseProbe {
  private last?: { up: boolean; at: number };
  private inFlight?: Promise<boolean>;

  constructor(private readonly dataSource: DataSource) {}

  async isUp(): Promise<boolean> {
    if (this.last && Date.now() - this.last.at < FRESH_MS) return this.last.up;
    this.inFlight ??= this.query().then((up) => {
      this.last = { up, at: Date.now() };
      this.inFlight = undefined;
      return up;
    });
    return this.inFlight;
  }

  private async query(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.dataSource.query('SELECT 1').then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS))),
      ]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
