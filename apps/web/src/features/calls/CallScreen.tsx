import { ActionIcon, Alert, Box, Button, FocusTrap, Group, Portal, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconMicrophone,
  IconMicrophoneOff,
  IconPhoneOff,
  IconScreenShare,
  IconScreenShareOff,
  IconVideo,
  IconVideoOff,
  IconWifiOff,
} from '@tabler/icons-react';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRealtimeConnection } from '../../app/apollo/connectionState';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import type { CallConversation } from './CallProvider';
import { CallSession, type PeerView } from './callSession';
import { formatTimer } from './format';

function Video({
  stream,
  muted,
  mirrored,
  testId,
  userId,
  hidden,
  fit = 'cover',
}: {
  stream: MediaStream;
  muted?: boolean;
  mirrored?: boolean;
  testId: string;
  userId?: string;
  hidden?: boolean;
  fit?: 'cover' | 'contain';
}) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.srcObject !== stream) el.srcObject = stream;
    void el.play().catch(() => undefined);
  }, [stream]);
  return (
    <video
      ref={ref}
      autoPlay
      playsInline
      muted={muted}
      data-testid={testId}
      data-user-id={userId}
      aria-hidden
      style={{
        width: '100%',
        height: '100%',
        objectFit: fit,
        background: '#000',
        transform: mirrored ? 'scaleX(-1)' : undefined,
        opacity: hidden ? 0 : 1,
        position: 'absolute',
        inset: 0,
      }}
    />
  );
}

function useTimer(since: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!since) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [since]);
  return since ? Math.max(0, (now - since) / 1000) : 0;
}

function Tile({ children, label, status }: { children: ReactNode; label: string; status?: string | null }) {
  return (
    <Box pos="relative" style={{ borderRadius: 12, overflow: 'hidden', background: '#1f2937', minHeight: 140, height: '100%', width: '100%' }}>
      {children}
      <Group gap={6} pos="absolute" bottom={8} left={8} right={8} wrap="nowrap" style={{ pointerEvents: 'none' }}>
        <Text size="sm" fw={600} c="white" px={8} py={2} truncate style={{ background: 'rgba(0,0,0,0.6)', borderRadius: 6, maxWidth: '100%' }}>
          {label}
          {status ? ` · ${status}` : ''}
        </Text>
      </Group>
    </Box>
  );
}

/** Camera off (or not yet any picture): the person's avatar or initials, never a frozen last frame. */
function Placeholder({ name, url, size = 72 }: { name: string; url?: string | null; size?: number }) {
  return (
    <Stack align="center" justify="center" pos="absolute" inset={0} gap={6} data-testid="camera-off">
      <UserAvatar name={name} url={url} size={size} radius={size} />
    </Stack>
  );
}

/**
 * The call, full screen over the app: remote tiles (a grid for up to 4 people), the local
 * preview, the timer and state, and the controls (microphone, camera, screen sharing, hang
 * up). After the end it shows why for a moment.
 */
export function CallScreen({
  session,
  conversation,
  selfId,
  onClose,
}: {
  session: CallSession;
  conversation: CallConversation | null;
  selfId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const realtime = useRealtimeConnection();
  const seconds = useTimer(snap.phase === 'ended' ? null : snap.answeredAt);
  const person = (id: string) => conversation?.participants.find((p) => p.id === id) ?? null;
  const others = conversation?.participants.filter((p) => p.id !== selfId) ?? [];
  const title = conversation?.isGroup ? (conversation.title ?? others.map((p) => p.fullName).join(', ')) : (others[0]?.fullName ?? t('calls.title'));

  const peerStatus = (p: PeerView) =>
    p.state === 'connecting'
      ? t('calls.screen.connecting')
      : p.state === 'reconnecting'
        ? t('calls.screen.reconnecting')
        : p.state === 'failed'
          ? t('calls.screen.failed')
          : null;

  let status: string;
  if (snap.phase === 'ended') status = t(`calls.ended.${snap.endReason ?? 'ended'}`);
  else if (snap.phase === 'starting' || (snap.phase === 'ringing' && snap.outgoing)) status = t('calls.screen.calling');
  else if (snap.peers.some((p) => p.state === 'reconnecting')) status = t('calls.screen.reconnecting');
  else if (snap.phase === 'connecting' || snap.peers.every((p) => p.state !== 'connected'))
    status = snap.peers.length || snap.phase === 'connecting' ? t('calls.screen.connecting') : t('calls.screen.waiting');
  else status = formatTimer(seconds);

  const ended = snap.phase === 'ended';
  const count = snap.peers.length;
  const columns = count <= 1 ? 1 : 2;
  const hangUpLabel = snap.answeredAt ? t('calls.screen.hangUp') : t('calls.screen.cancel');

  return (
    <Portal>
      <FocusTrap active>
        <Box
          role="dialog"
          aria-modal="true"
          aria-label={t('calls.screen.label')}
          data-testid="call-screen"
          style={{ position: 'fixed', inset: 0, zIndex: 300, background: '#0b1220', color: 'white', display: 'flex', flexDirection: 'column' }}
        >
          <Stack gap={2} px="md" pt="sm" pb={6} align="center">
            <Text fw={700} size="lg" ta="center" lineClamp={1} className="break-anywhere" c="white">
              {title}
            </Text>
            <Text
              size="sm"
              c="gray.3"
              aria-live="polite"
              data-testid="call-status"
              aria-label={snap.answeredAt && status === formatTimer(seconds) ? `${t('calls.screen.timer')}: ${status}` : undefined}
            >
              {status}
            </Text>
          </Stack>

          {realtime.reconnecting && !ended ? (
            <Alert color="yellow" variant="filled" mx="md" py={6} icon={<IconWifiOff size={18} aria-hidden />}>
              {t('calls.screen.offline')}
            </Alert>
          ) : null}
          {snap.mediaWarning && !ended ? (
            <Alert color="orange" variant="filled" mx="md" mt={6} py={6}>
              {t('calls.screen.mediaWarning')}
            </Alert>
          ) : null}
          {ended && snap.errorMessage ? (
            <Alert color="red" variant="filled" mx="md" mt={6} py={6}>
              {snap.errorMessage}
            </Alert>
          ) : null}

          <Box style={{ flex: 1, minHeight: 0, position: 'relative', padding: 12, overflow: 'auto' }}>
            {count ? (
              <Box
                style={{
                  display: 'grid',
                  gap: 12,
                  gridTemplateColumns: `repeat(auto-fit, minmax(min(100%, ${columns === 1 ? 320 : 260}px), 1fr))`,
                  gridAutoRows: 'minmax(140px, 1fr)',
                  height: '100%',
                  maxWidth: columns === 1 ? 960 : 1200,
                  margin: '0 auto',
                }}
              >
                {snap.peers.map((p) => {
                  const who = person(p.userId);
                  const name = who?.fullName ?? t('calls.incoming.someone');
                  return (
                    <Tile key={p.userId} label={name} status={peerStatus(p)}>
                      {!p.hasVideo ? <Placeholder name={name} url={who?.avatarUrl} /> : null}
                      <Video stream={p.stream} testId="remote-video" userId={p.userId} hidden={!p.hasVideo} fit="contain" />
                    </Tile>
                  );
                })}
              </Box>
            ) : (
              <Stack align="center" justify="center" h="100%" gap="md">
                <Group gap="sm" justify="center">
                  {others.slice(0, 3).map((p) => (
                    <UserAvatar key={p.id} name={p.fullName} url={p.avatarUrl} size={96} radius={96} />
                  ))}
                </Group>
              </Stack>
            )}
          </Box>

          {snap.localStream && !ended ? (
            <Box
              pos="absolute"
              right={12}
              bottom={92}
              style={{
                width: 'clamp(96px, 28vw, 220px)',
                aspectRatio: '3 / 4',
                borderRadius: 10,
                overflow: 'hidden',
                border: '2px solid rgba(255,255,255,0.6)',
                background: '#1f2937',
                zIndex: 1,
              }}
              aria-label={snap.sharing ? t('calls.screen.youSharing') : t('calls.screen.you')}
              role="img"
            >
              {!snap.camOn && !snap.sharing ? (
                <>
                  <Placeholder name={person(selfId)?.fullName ?? t('calls.screen.you')} url={person(selfId)?.avatarUrl} size={48} />
                  <IconVideoOff size={18} aria-hidden style={{ position: 'absolute', right: 6, top: 6 }} />
                </>
              ) : (
                <Video stream={snap.localStream} muted mirrored={!snap.sharing} testId="local-video" />
              )}
            </Box>
          ) : null}

          <Group justify="center" gap="md" py="md" px="sm" wrap="nowrap" style={{ background: 'rgba(0,0,0,0.35)' }}>
            {ended ? (
              <Button variant="white" color="dark" onClick={onClose} data-autofocus>
                {t('calls.screen.close')}
              </Button>
            ) : (
              <>
                <ControlButton
                  label={snap.micOn ? t('calls.screen.micOn') : t('calls.screen.micOff')}
                  pressed={!snap.micOn}
                  disabled={snap.mediaWarning && !snap.micOn && !snap.camOn}
                  onClick={() => session.toggleMic()}
                  icon={snap.micOn ? <IconMicrophone size={24} aria-hidden /> : <IconMicrophoneOff size={24} aria-hidden />}
                />
                <ControlButton
                  label={snap.camOn ? t('calls.screen.camOn') : t('calls.screen.camOff')}
                  pressed={!snap.camOn}
                  onClick={() => void session.toggleCamera()}
                  icon={snap.camOn ? <IconVideo size={24} aria-hidden /> : <IconVideoOff size={24} aria-hidden />}
                />
                {CallSession.canShareScreen() ? (
                  <ControlButton
                    label={snap.sharing ? t('calls.screen.shareStop') : t('calls.screen.shareStart')}
                    pressed={snap.sharing}
                    onClick={() => void session.toggleScreenShare()}
                    icon={snap.sharing ? <IconScreenShareOff size={24} aria-hidden /> : <IconScreenShare size={24} aria-hidden />}
                  />
                ) : null}
                <Tooltip label={hangUpLabel} withinPortal zIndex={400} events={{ hover: true, focus: true, touch: false }}>
                  <ActionIcon size={56} radius={56} color="red" variant="filled" aria-label={hangUpLabel} onClick={() => void session.hangUp()} data-autofocus>
                    <IconPhoneOff size={26} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Box>
      </FocusTrap>
    </Portal>
  );
}

function ControlButton({
  label,
  pressed,
  onClick,
  icon,
  disabled,
}: {
  label: string;
  pressed: boolean;
  onClick: () => void;
  icon: ReactNode;
  disabled?: boolean;
}) {
  return (
    <Tooltip label={label} withinPortal zIndex={400} events={{ hover: true, focus: true, touch: false }}>
      <ActionIcon
        size={52}
        radius={52}
        variant={pressed ? 'white' : 'filled'}
        color={pressed ? 'dark' : 'gray.7'}
        aria-label={label}
        disabled={disabled}
        onClick={onClick}
      >
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}
