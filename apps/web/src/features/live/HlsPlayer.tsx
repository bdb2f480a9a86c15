import { Alert, AspectRatio } from '@mantine/core';
import Hls from 'hls.js';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** `/live/hls/<session>/<token>/…`: the token part is swapped for the freshest one on every request. */
const TOKEN = /(\/live\/hls\/[0-9a-f-]{36}\/)[^/]+\//;

interface Props {
  url: string;
  live: boolean;
  /** Called every ≤ 30 s while playing, visible and near the live edge (attendance). */
  onHeartbeat?: () => void;
}

/**
 * hls.js player. Playback URLs are short-lived: the page refetches them and the player keeps
 * going by rewriting each request to the latest token instead of reloading the stream.
 */
export function HlsPlayer({ url, live, onHeartbeat }: Props) {
  const { t } = useTranslation('live');
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef(url);
  const beat = useRef(onHeartbeat);
  const [waiting, setWaiting] = useState(false);
  latest.current = url;
  beat.current = onHeartbeat;
  const base = url.replace(TOKEN, '$1T/');

  useEffect(() => {
    const el = video.current;
    if (!el) return;
    const rewrite = (u: string) => u.replace(TOKEN, latest.current.match(TOKEN)?.[0] ?? '$&');
    let hls: Hls | null = null;
    if (Hls.isSupported()) {
      hls = new Hls({
        lowLatencyMode: true,
        // 2 segments (2 s) behind the live edge; after a stall, play up to 1.5× to catch up, and
        // jump back to the edge once 5 segments behind, so latency stays bounded (npm run bench -- live-latency)
        liveSyncDurationCount: 2,
        liveMaxLatencyDurationCount: 5,
        maxLiveSyncPlaybackRate: 1.5,
        xhrSetup: (xhr, u) => xhr.open('GET', rewrite(u), true),
      });
      hls.loadSource(latest.current);
      hls.attachMedia(el);
      hls.on(Hls.Events.ERROR, (_e, data) => {
        if (!data.fatal) return;
        setWaiting(true);
        // Nothing published yet, or a new publish began: try again shortly.
        setTimeout(() => hls?.loadSource(latest.current), 3000);
      });
      hls.on(Hls.Events.MANIFEST_PARSED, () => {
        setWaiting(false);
        void el.play().catch(() => undefined);
      });
    } else {
      el.src = latest.current;
    }
    const timer = setInterval(() => {
      if (!live || el.paused || document.visibilityState !== 'visible') return;
      const edge = hls?.liveSyncPosition ?? el.duration;
      if (Number.isFinite(edge) && edge - el.currentTime > 15) return;
      beat.current?.();
    }, 30_000);
    const first = () => live && beat.current?.();
    el.addEventListener('playing', first, { once: true });
    return () => {
      clearInterval(timer);
      hls?.destroy();
    };
  }, [base, live]);

  return (
    <div>
      <AspectRatio ratio={16 / 9} bg="black">
        <video ref={video} controls playsInline muted={false} data-testid="live-video" aria-label={t('live.player')} />
      </AspectRatio>
      {waiting && (
        <Alert color="gray" mt="xs">
          {t('live.waitingForVideo')}
        </Alert>
      )}
    </div>
  );
}
