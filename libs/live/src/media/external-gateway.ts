import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { MediaGateway, MediaHooks } from './media-gateway';

/** Recordings handed over by the media server (`/live/hooks/recording`) are staged here, one `p<time>` folder per file. */
export const externalStageDir = (dataDir: string, sessionId: string) => join(dataDir, 'live-external', sessionId);

/**
 * Production: an existing media server (nginx with libnginx-mod-rtmp, from Debian) takes
 * RTMP, asks `/live/hooks/publish` (on_publish) and `/live/hooks/update` (on_update) whether
 * the key may publish, and tells `/live/hooks/publish-done` when it stops; its packagers write
 * HLS to object storage behind a CDN at `LIVE_HLS_BASE_URL/<session>/<token>/…`, where the
 * edge checks the same playback token (PlaybackTokens). The API never carries video bytes.
 */
export class ExternalMediaGateway implements MediaGateway {
  private hooks?: MediaHooks;
  /** Stream key of each running publish → its session: on_publish_done names the key, which may have been rotated since. */
  private readonly publishes = new Map<string, string>();

  constructor(private readonly options: { rtmpPublicUrl: string; hlsBaseUrl: string; dataDir: string }) {}

  bind(hooks: MediaHooks): void {
    this.hooks = hooks;
  }

  ingest() {
    return { rtmpUrl: this.options.rtmpPublicUrl, browserUrl: null, whipUrl: null };
  }

  livePlaybackUrl(sessionId: string, token: string): string {
    return `${this.options.hlsBaseUrl}/${sessionId}/${token}/index.m3u8`;
  }

  isPublishing(sessionId: string): boolean {
    for (const id of this.publishes.values()) if (id === sessionId) return true;
    return false;
  }

  /** on_publish accepted `streamKey` for the session. */
  async publishStarted(sessionId: string, streamKey: string): Promise<void> {
    this.publishes.set(streamKey, sessionId);
    await this.hooks?.publishState(sessionId, { publishing: true, problem: null });
  }

  /** on_publish_done: the push with this key ended (normally, or dropped after a refused on_update). */
  async publishDone(streamKey: string): Promise<void> {
    const sessionId = this.publishes.get(streamKey);
    if (!sessionId) return;
    this.publishes.delete(streamKey);
    if (!this.isPublishing(sessionId)) await this.hooks?.publishState(sessionId, { publishing: false, problem: null });
  }

  /**
   * The media server refuses the next on_update for an ended session and drops the publisher itself; its
   * recording of that push arrives later through /live/hooks/recording. Parts handed over while LIVE are stored now.
   */
  async stop(sessionId: string): Promise<void> {
    for (const [key, id] of this.publishes) if (id === sessionId) this.publishes.delete(key);
    const dir = externalStageDir(this.options.dataDir, sessionId);
    if ((await readdir(dir).catch(() => [])).length) void this.hooks?.recordingFinished(sessionId, dir).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.publishes.clear();
  }
}
