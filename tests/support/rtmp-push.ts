import { ChildProcess, spawn } from 'node:child_process';
import { killHard } from '@ketnoi/live';

/**
 * ffmpeg's test source posing as OBS: pushes `seconds` of test pattern + tone over RTMP in
 * real time. `done` resolves with ffmpeg's exit code (non-zero when the server refuses or
 * drops the push). Children are tracked so a test's afterAll can kill what is left.
 */
export class RtmpPusher {
  private readonly children = new Set<ChildProcess>();

  constructor(private readonly ffmpeg: string) {}

  push(url: string, seconds: number): { done: Promise<number | null>; child: ChildProcess } {
    const child = spawn(
      this.ffmpeg,
      [
        ...['-hide_banner', '-loglevel', 'error', '-re'],
        ...['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=15', '-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=44100'],
        ...['-t', String(seconds), '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '15', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-f', 'flv'],
        url,
      ],
      { stdio: 'ignore' },
    );
    this.children.add(child);
    const done = new Promise<number | null>((resolve) => child.once('exit', (code) => (this.children.delete(child), resolve(code))));
    return { done, child };
  }

  async killAll(): Promise<void> {
    await Promise.all([...this.children].map((c) => killHard(c, 500)));
  }
}

/** Polls `what` every 200 ms until `until` holds or `ms` pass; returns the last value (the test asserts on it). */
export const waitFor = async <T>(what: () => Promise<T>, until: (v: T) => boolean, ms = 20_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (until(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
};
