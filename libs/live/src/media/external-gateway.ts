import { MediaGateway, MediaHooks } from './media-gateway';

/**
 * Production: an existing media server (nginx with libnginx-mod-rtmp, from Debian) takes
 * RTMP, asks `/live/hooks/publish` (on_publish) and `/live/hooks/update` (on_update) whether
 * the key may publish, and tells `/live/hooks/publish-done` when it stops; its packagers write
 * HLS to object storage behind a CDN at `LIVE_HLS_BASE_URL/<session>/<token>/…`, where the
 * edge checks the same playback token (PlaybackTokens). The API never carries video bytes.
 */
export class ExternalMediaGateway implements MediaGateway {
  private hooks?: MediaHooks;
  private readonly publishing = new Set<string>();

  constructor(private readonly options: { rtmpPublicUrl: string; hlsBaseUrl: string }) {}

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
    return this.publishing.has(sessionId);
  }

  /** Called from the hook endpoints. */
  async published(sessionId: string, publishing: boolean): Promise<void> {
    if (publishing) this.publishing.add(sessionId);
    else this.publishing.delete(sessionId);
    await this.hooks?.publishState(sessionId, { publishing, problem: null });
  }

  /** The media server refuses the next on_update for an ended session and drops the publisher itself. */
  async stop(sessionId: string): Promise<void> {
    this.publishing.delete(sessionId);
  }

  async close(): Promise<void> {
    this.publishing.clear();
  }
}
