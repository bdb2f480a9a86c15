import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one seam between the live feature and whatever moves video. The feature answers
 * three questions through `MediaHooks` (may this key publish now? what is the pipeline's
 * state? here is a finished recording) and asks the gateway for ingest addresses, viewer
 * playback URLs and to stop a session's media. The embedded gateway (RTMP server + ffmpeg
 * packagers in the API process) and the external one (nginx-rtmp or another media server
 * calling /live/hooks/*, HLS in object storage behind a CDN) both sit behind it.
 */
export interface MediaGateway {
  bind(hooks: MediaHooks): void;
  /** Where the host and co-hosts send media for this session. */
  ingest(sessionId: string, streamKey: string): { rtmpUrl: string | null; browserUrl: string | null; whipUrl: string | null };
  /** The live HLS playlist's URL carrying a viewer's playback token (see PlaybackTokens). */
  livePlaybackUrl(sessionId: string, token: string): string;
  /** Someone is sending media for this session right now (as far as this process knows). */
  isPublishing(sessionId: string): boolean;
  /** The session ended: refuse further media, finish packaging, then hand the recording to `recordingFinished`. */
  stop(sessionId: string): Promise<void>;
  /** Process shutdown: children are killed, nothing is handed on. */
  close(): Promise<void>;
}

export interface PublishGrant {
  sessionId: string;
}

export interface MediaHooks {
  /** The session whose current stream key this is, if that session is LIVE; otherwise null (refuse). */
  authorizePublish(streamKey: string): Promise<PublishGrant | null>;
  /** The pipeline's state changed; `problem` is shown to the host (null clears it). */
  publishState(sessionId: string, state: { publishing: boolean; problem: string | null }): Promise<void>;
  /** The session's media is complete in `dir` (one sub-folder per publish, each an HLS playlist and segments). */
  recordingFinished(sessionId: string, dir: string): Promise<void>;
}

export const MEDIA_GATEWAY = Symbol('MEDIA_GATEWAY');

/** How long a viewer's playback URL works. The player asks for a fresh one well before. */
export const PLAYBACK_URL_SECONDS = 300;

/**
 * Per-viewer playback tokens: `<viewerId>.<expires>.<hmac>` in the URL path, so the
 * segments an HLS playlist names relatively carry the same token. Checking one costs an
 * HMAC; nothing is looked up per segment.
 */
export class PlaybackTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('ketnoi.live.playback').digest();
  }

  private mac(sessionId: string, viewerId: string, expires: number): string {
    return createHmac('sha256', this.key).update(`${sessionId}.${viewerId}.${expires}`).digest('base64url').slice(0, 32);
  }

  sign(sessionId: string, viewerId: string, expiresAt: Date): string {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return `${viewerId}.${expires}.${this.mac(sessionId, viewerId, expires)}`;
  }

  /** The viewer id when the token is genuine and unexpired, else null. */
  verify(sessionId: string, token: string, now = Date.now()): string | null {
    const parts = token.split('.');
    if (parts.length !== 3) return null;
    const [viewerId, exp, mac] = parts;
    const expires = Number(exp);
    if (!/^\d{1,12}$/.test(exp) || expires * 1000 < now) return null;
    const expected = Buffer.from(this.mac(sessionId, viewerId, expires));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given) ? viewerId : null;
  }
}

/** File names a playback URL may ask for. */
export const HLS_FILE = /^(index\.m3u8|(?:p\d+-)?seg\d{1,6}\.ts)$/;

/** Segments a live playlist lists (a sliding window over the EVENT playlist ffmpeg writes). */
export const LIVE_WINDOW_SEGMENTS = 6;

/**
 * The live view of an EVENT playlist: its header and the last `window` segments, with the
 * media sequence of the first one kept. Without the ENDLIST/PLAYLIST-TYPE lines a player
 * treats it as a live stream and starts near the live edge.
 */
export function liveWindow(playlist: string, window = LIVE_WINDOW_SEGMENTS): string {
  const lines = playlist
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const header: string[] = [];
  const segments: string[][] = [];
  let pending: string[] = [];
  let firstSequence = 0;
  for (const line of lines) {
    if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) firstSequence = Number(line.split(':')[1]) || 0;
    else if (line.startsWith('#EXT-X-PLAYLIST-TYPE') || line === '#EXT-X-ENDLIST') continue;
    else if (line.startsWith('#EXTINF') || line === '#EXT-X-DISCONTINUITY') pending.push(line);
    else if (!line.startsWith('#')) {
      segments.push([...pending, line]);
      pending = [];
    } else if (!segments.length) header.push(line);
  }
  const start = Math.max(0, segments.length - window);
  const out = [...header.filter((l) => l !== '#EXTM3U'), `#EXT-X-MEDIA-SEQUENCE:${firstSequence + start}`];
  return ['#EXTM3U', ...out, ...segments.slice(start).flat(), ''].join('\n');
}

/**
 * One VOD playlist over several publishes' playlists (`p<N>/index.m3u8`), a discontinuity
 * between them; segment names become `p<N>-segXXXXX.ts` (flat, as object keys).
 */
export function joinPlaylists(parts: { name: string; playlist: string }[]): { playlist: string; files: { from: string; to: string }[] } {
  let target = 1;
  const body: string[] = [];
  const files: { from: string; to: string }[] = [];
  parts.forEach((part, i) => {
    let extinf: string | null = null;
    let added = 0;
    for (const raw of part.playlist.split('\n')) {
      const line = raw.trim();
      if (line.startsWith('#EXT-X-TARGETDURATION:')) target = Math.max(target, Number(line.split(':')[1]) || 1);
      if (line.startsWith('#EXTINF')) extinf = line;
      else if (line && !line.startsWith('#') && extinf) {
        if (i > 0 && added === 0 && body.length) body.push('#EXT-X-DISCONTINUITY');
        const to = `${part.name}-${line}`;
        body.push(extinf, to);
        files.push({ from: `${part.name}/${line}`, to });
        extinf = null;
        added++;
      }
    }
  });
  const playlist = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${target}`,
    '#EXT-X-MEDIA-SEQUENCE:0',
    '#EXT-X-PLAYLIST-TYPE:VOD',
    ...body,
    '#EXT-X-ENDLIST',
    '',
  ].join('\n');
  return { playlist, files };
}
