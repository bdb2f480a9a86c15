import { ActionIcon, Alert, Badge, Button, Card, CopyButton, Group, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { EndLiveDocument, RotateKeyDocument, StartLiveDocument } from './documents';

type Source = 'camera' | 'screen' | 'both';

interface Props {
  sessionId: string;
  status: string;
  ingest: { rtmpUrl?: string | null; browserUrl?: string | null; streamKey: string; publishing: boolean; problem?: string | null };
}

/** Camera, screen, or screen with the camera inset (drawn on a canvas), plus the chosen microphone. */
async function captureStream(source: Source, cameraId: string | null, micId: string | null): Promise<{ stream: MediaStream; stop: () => void }> {
  const tracks: MediaStreamTrack[] = [];
  const mic = await navigator.mediaDevices.getUserMedia({ audio: micId ? { deviceId: { exact: micId } } : true });
  tracks.push(...mic.getAudioTracks());
  const camera =
    source !== 'screen'
      ? await navigator.mediaDevices.getUserMedia({ video: cameraId ? { deviceId: { exact: cameraId } } : { width: 1280, height: 720 } })
      : null;
  const screen = source !== 'camera' ? await navigator.mediaDevices.getDisplayMedia({ video: true }) : null;
  const all = [mic, camera, screen].filter(Boolean) as MediaStream[];
  const stopAll = () => all.forEach((s) => s.getTracks().forEach((t) => t.stop()));
  if (source !== 'both') return { stream: new MediaStream([...tracks, ...(camera ?? screen)!.getVideoTracks()]), stop: stopAll };
  // screen + camera inset, composed at 30 fps
  const canvas = document.createElement('canvas');
  canvas.width = 1280;
  canvas.height = 720;
  const ctx = canvas.getContext('2d')!;
  const play = (s: MediaStream) => {
    const v = document.createElement('video');
    v.muted = true;
    v.srcObject = s;
    void v.play();
    return v;
  };
  const sv = play(screen!);
  const cv = play(camera!);
  const timer = setInterval(() => {
    ctx.drawImage(sv, 0, 0, 1280, 720);
    ctx.drawImage(cv, 1280 - 330, 720 - 190, 320, 180);
  }, 1000 / 30);
  return { stream: new MediaStream([...tracks, ...canvas.captureStream(30).getVideoTracks()]), stop: () => (clearInterval(timer), stopAll()) };
}

const wsUrl = (u: string) => new URL(u, window.location.href).toString().replace(/^http/, 'ws');

/** The host's studio: preview, device pickers, go live / stop / end, and the key for studio software (OBS). */
export function Studio({ sessionId, status, ingest }: Props) {
  const { t } = useTranslation('live');
  const [start, started] = useMutation(StartLiveDocument);
  const [end, ended] = useMutation(EndLiveDocument);
  const [rotate] = useMutation(RotateKeyDocument);
  const [source, setSource] = useState<Source>('camera');
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState<string | null>(null);
  const [micId, setMicId] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const preview = useRef<HTMLVideoElement>(null);
  const running = useRef<{ stop: () => void } | null>(null);

  useEffect(() => {
    void navigator.mediaDevices?.enumerateDevices().then(setDevices);
    return () => running.current?.stop();
  }, []);

  const goLive = async () => {
    setProblem(null);
    try {
      if (status === 'SCHEDULED') await start({ variables: { id: sessionId } });
      const { stream, stop } = await captureStream(source, cameraId, micId);
      if (preview.current) preview.current.srcObject = stream;
      const ws = new WebSocket(wsUrl(ingest.browserUrl!));
      ws.binaryType = 'arraybuffer';
      const type = ['video/webm;codecs=vp8,opus', 'video/webm'].find((m) => MediaRecorder.isTypeSupported(m));
      const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 1_500_000 });
      recorder.ondataavailable = (e) => ws.readyState === WebSocket.OPEN && e.data.size && void e.data.arrayBuffer().then((b) => ws.send(b));
      ws.onopen = () => recorder.start(500);
      ws.onmessage = (e) => {
        const msg = JSON.parse(String(e.data)) as { type: string; message?: string };
        if (msg.type === 'error') setProblem(msg.message ?? t('live.studio.failed'));
        if (msg.type === 'live') setSending(true);
      };
      ws.onclose = () => {
        setSending(false);
        if (recorder.state !== 'inactive') recorder.stop();
      };
      running.current = {
        stop: () => {
          if (recorder.state !== 'inactive') recorder.stop();
          ws.close();
          stop();
          setSending(false);
        },
      };
    } catch (e) {
      setProblem(e instanceof Error && e.name === 'NotAllowedError' ? t('live.studio.denied') : t('live.studio.failed'));
    }
  };
  const stopSending = () => {
    running.current?.stop();
    running.current = null;
  };

  const cameras = devices.filter((d) => d.kind === 'videoinput').map((d, i) => ({ value: d.deviceId, label: d.label || `Camera ${i + 1}` }));
  const mics = devices.filter((d) => d.kind === 'audioinput').map((d, i) => ({ value: d.deviceId, label: d.label || `Micro ${i + 1}` }));
  const shownProblem = problem ?? ingest.problem;
  return (
    <Card withBorder data-testid="studio">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={600}>{t('live.studio.title')}</Text>
          <Badge color={ingest.publishing || sending ? 'red' : 'gray'}>{ingest.publishing || sending ? t('live.studio.onAir') : t('live.studio.offAir')}</Badge>
        </Group>
        {shownProblem && (
          <Alert color="red" data-testid="studio-problem">
            {shownProblem}
          </Alert>
        )}
        <video
          ref={preview}
          autoPlay
          muted
          playsInline
          style={{ width: '100%', background: '#000', aspectRatio: '16 / 9' }}
          aria-label={t('live.studio.preview')}
        />
        <SegmentedControl
          fullWidth
          value={source}
          onChange={(v) => setSource(v as Source)}
          data={[
            { value: 'camera', label: t('live.studio.camera') },
            { value: 'screen', label: t('live.studio.screen') },
            { value: 'both', label: t('live.studio.both') },
          ]}
        />
        <Group grow>
          <Select label={t('live.studio.cameraPick')} data={cameras} value={cameraId} onChange={setCameraId} clearable />
          <Select label={t('live.studio.micPick')} data={mics} value={micId} onChange={setMicId} clearable />
        </Group>
        <ErrorAlert error={started.error ?? ended.error} />
        <Group>
          {!sending && status !== 'ENDED' && ingest.browserUrl && (
            <Button color="red" onClick={() => void goLive()} loading={started.loading}>
              {t('live.studio.goLive')}
            </Button>
          )}
          {sending && (
            <Button variant="default" onClick={stopSending}>
              {t('live.studio.stop')}
            </Button>
          )}
          {status === 'LIVE' && (
            <Button variant="outline" color="red" loading={ended.loading} onClick={() => (stopSending(), void end({ variables: { id: sessionId } }))}>
              {t('live.studio.end')}
            </Button>
          )}
          {status === 'SCHEDULED' && (
            <Button variant="default" onClick={() => void start({ variables: { id: sessionId } })} loading={started.loading}>
              {t('live.studio.startForObs')}
            </Button>
          )}
        </Group>
        {ingest.rtmpUrl && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('live.studio.obs')}
            </Text>
            <TextInput label={t('live.studio.server')} value={ingest.rtmpUrl} readOnly />
            <Group align="end" wrap="nowrap">
              <TextInput style={{ flex: 1 }} label={t('live.studio.key')} value={ingest.streamKey} readOnly type="password" data-testid="stream-key" />
              <CopyButton value={ingest.streamKey}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? t('live.studio.copied') : t('live.studio.copy')}>
                    <ActionIcon variant="default" size="lg" onClick={copy} aria-label={t('live.studio.copy')}>
                      {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
              <Tooltip label={t('live.studio.rotate')}>
                <ActionIcon variant="default" size="lg" onClick={() => void rotate({ variables: { id: sessionId } })} aria-label={t('live.studio.rotate')}>
                  <IconRefresh size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
            <Text size="xs" c="dimmed">
              {t('live.studio.obsHint')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
