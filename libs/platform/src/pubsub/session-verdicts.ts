import type { Viewer } from '../auth/viewer';

/** A verdict this fresh is used as is. */
export const VERDICT_FRESH_MS = 5_000;
/** Older than fresh: used while a recheck runs in the background; older than this: awaited first. */
export const VERDICT_MAX_MS = 30_000;
const MAX_ENTRIES = 100_000;

/**
 * Login-session verdicts for fan-outs, so that an event to thousands of sockets costs no
 * promise per delivery: `ensure(viewers)` before an event (awaits only sessions never checked
 * or not checked for VERDICT_MAX_MS; rechecks those older than VERDICT_FRESH_MS in the
 * background, in one call the checker batches), then the synchronous `ok(viewer)` per
 * recipient. A revoked session is also closed on every process at once (the graphql-ws server
 * closes its sockets on the revocation message); this is the per-event recheck behind it.
 */
export class SessionVerdicts {
  private readonly verdicts = new Map<string, { ok: boolean; at: number }>();
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(private readonly check: (viewer: Viewer) => Promise<boolean>) {}

  async ensure(viewers: Iterable<Viewer>): Promise<void> {
    const now = Date.now();
    const awaited: Viewer[] = [];
    const background: Viewer[] = [];
    const pending = new Set<Promise<void>>();
    const listed = new Set<string>();
    for (const viewer of viewers) {
      const v = this.verdicts.get(viewer.sessionId);
      if (v && !v.ok) continue; // a session that ended never comes back
      const age = v ? now - v.at : Infinity;
      if (age < VERDICT_FRESH_MS) continue; // the usual case: one map lookup, nothing allocated
      if (listed.has(viewer.sessionId)) continue;
      listed.add(viewer.sessionId);
      const running = this.inFlight.get(viewer.sessionId);
      if (running) {
        if (age >= VERDICT_MAX_MS) pending.add(running);
      } else if (age >= VERDICT_MAX_MS) awaited.push(viewer);
      else background.push(viewer);
    }
    if (background.length) void this.recheck(background).catch(() => undefined);
    if (awaited.length) pending.add(this.recheck(awaited));
    if (pending.size) await Promise.all(pending);
  }

  /** The verdict read by `ensure` (false when none: never delivered unchecked). */
  ok(viewer: Viewer): boolean {
    return this.verdicts.get(viewer.sessionId)?.ok ?? false;
  }

  private recheck(viewers: Viewer[]): Promise<void> {
    const run = Promise.all(viewers.map((v) => this.check(v))).then(
      (verdicts) => {
        if (this.verdicts.size > MAX_ENTRIES) this.verdicts.clear();
        const at = Date.now();
        viewers.forEach((v, i) => this.verdicts.set(v.sessionId, { ok: verdicts[i], at }));
        this.settle(viewers, run);
      },
      (e: unknown) => {
        this.settle(viewers, run);
        throw e instanceof Error ? e : new Error(String(e));
      },
    );
    for (const v of viewers) this.inFlight.set(v.sessionId, run);
    return run;
  }

  private settle(viewers: Viewer[], run: Promise<void>): void {
    for (const v of viewers) if (this.inFlight.get(v.sessionId) === run) this.inFlight.delete(v.sessionId);
  }
}
