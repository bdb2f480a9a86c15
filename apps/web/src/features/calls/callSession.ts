/**
 * One call on this device: local media, one RTCPeerConnection per other participant (a mesh
 * of at most 4), and the signalling protocol of `sendCallSignal`:
 * `{ type: invite|accept|decline|hangup|offer|answer|ice|media, callId, to?, video?, sdp?, candidate? }`.
 * The later joiner offers to everyone already in the call; offers are answered; ICE
 * candidates trickle. Every connection carries one audio and one video transceiver from the
 * start, so camera on/off and screen sharing are `replaceTrack` (no renegotiation).
 * Framework-free: the React side reads `getSnapshot()` through useSyncExternalStore.
 */

/** `media`: the sender's outgoing video went on/off (`video`); receivers show the person's initials instead of a frozen last frame. */
export type SignalType = 'invite' | 'accept' | 'decline' | 'hangup' | 'offer' | 'answer' | 'ice' | 'media';

export interface CallSignal {
  type: SignalType;
  callId: string;
  to?: string;
  video?: boolean;
  sdp?: string;
  candidate?: RTCIceCandidateInit;
}

export type CallPhase = 'starting' | 'ringing' | 'connecting' | 'active' | 'ended';
export type PeerState = 'connecting' | 'connected' | 'reconnecting' | 'failed';
export type EndReason = 'hungUp' | 'ended' | 'declined' | 'noAnswer' | 'mediaError' | 'error';

export interface PeerView {
  userId: string;
  stream: MediaStream;
  state: PeerState;
  hasVideo: boolean;
}

export interface CallSnapshot {
  callId: string;
  conversationId: string;
  video: boolean;
  outgoing: boolean;
  phase: CallPhase;
  /** ms since epoch of the first answer (the timer starts there). */
  answeredAt: number | null;
  micOn: boolean;
  camOn: boolean;
  sharing: boolean;
  /** What the local preview shows (screen while sharing). */
  localStream: MediaStream | null;
  /** No microphone/camera could be opened: the call is receive-only. */
  mediaWarning: boolean;
  peers: PeerView[];
  endReason: EndReason | null;
  /** A server message to show when ending with 'error'. */
  errorMessage: string | null;
}

export interface CallSessionOptions {
  callId: string;
  conversationId: string;
  selfId: string;
  video: boolean;
  outgoing: boolean;
  isGroup: boolean;
  iceServers: RTCIceServer[];
  send: (signal: CallSignal) => Promise<void>;
}

interface Peer {
  userId: string;
  pc: RTCPeerConnection;
  stream: MediaStream;
  state: PeerState;
  pendingIce: RTCIceCandidateInit[];
  makingOffer: boolean;
  /** The lower user id yields when both sides offer at once (perfect negotiation). */
  polite: boolean;
  offerer: boolean;
}

export class CallSession {
  readonly callId: string;
  readonly conversationId: string;
  private readonly opts: CallSessionOptions;
  private readonly peers = new Map<string, Peer>();
  private readonly listeners = new Set<() => void>();
  private audioTrack: MediaStreamTrack | null = null;
  private camTrack: MediaStreamTrack | null = null;
  private screenTrack: MediaStreamTrack | null = null;
  /** What each peer said about its outgoing video (`media` signals); a stopped sender keeps its last frame, so this decides. */
  private readonly remoteVideo = new Map<string, boolean>();
  private state: Omit<CallSnapshot, 'peers' | 'localStream' | 'micOn' | 'camOn' | 'sharing'>;
  private snapshot: CallSnapshot;

  constructor(opts: CallSessionOptions) {
    this.opts = opts;
    this.callId = opts.callId;
    this.conversationId = opts.conversationId;
    this.state = {
      callId: opts.callId,
      conversationId: opts.conversationId,
      video: opts.video,
      outgoing: opts.outgoing,
      phase: 'starting',
      answeredAt: null,
      mediaWarning: false,
      endReason: null,
      errorMessage: null,
    };
    this.snapshot = this.build();
  }

  // ---------- store ----------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): CallSnapshot => this.snapshot;

  private build(): CallSnapshot {
    const preview = this.screenTrack ?? this.camTrack;
    const previous = this.snapshot?.localStream;
    const sameTracks = previous && previous.getVideoTracks()[0] === (preview ?? undefined) && previous.getAudioTracks()[0] === (this.audioTrack ?? undefined);
    const localStream =
      preview || this.audioTrack
        ? sameTracks
          ? previous
          : new MediaStream([...(this.audioTrack ? [this.audioTrack] : []), ...(preview ? [preview] : [])])
        : null;
    return {
      ...this.state,
      micOn: !!this.audioTrack?.enabled,
      camOn: !!this.camTrack,
      sharing: !!this.screenTrack,
      localStream,
      peers: [...this.peers.values()].map((p) => ({
        userId: p.userId,
        stream: p.stream,
        state: p.state,
        hasVideo: this.remoteVideo.get(p.userId) !== false && p.stream.getVideoTracks().some((t) => t.readyState === 'live' && !t.muted),
      })),
    };
  }

  private emit(): void {
    this.snapshot = this.build();
    this.listeners.forEach((l) => l());
  }

  private set(patch: Partial<CallSession['state']>): void {
    this.state = { ...this.state, ...patch };
    this.emit();
  }

  get ended(): boolean {
    return this.state.phase === 'ended';
  }

  // ---------- media ----------

  /** Microphone (+ camera for video calls); falls back to audio only, then to receiving only. */
  async openMedia(): Promise<void> {
    const md = navigator.mediaDevices;
    const attempts: MediaStreamConstraints[] = this.opts.video
      ? [{ audio: true, video: { width: { ideal: 640 }, height: { ideal: 480 } } }, { audio: true }]
      : [{ audio: true }];
    for (const constraints of attempts) {
      try {
        const stream = await md.getUserMedia(constraints);
        this.audioTrack = stream.getAudioTracks()[0] ?? null;
        this.camTrack = stream.getVideoTracks()[0] ?? null;
        this.emit();
        return;
      } catch {
        /* try the next, smaller request */
      }
    }
    this.set({ mediaWarning: true });
  }

  private outgoingVideo(): MediaStreamTrack | null {
    return this.screenTrack ?? this.camTrack;
  }

  private async applyVideo(): Promise<void> {
    const track = this.outgoingVideo();
    await Promise.all(
      [...this.peers.values()].map((p) =>
        videoTransceiver(p.pc)
          ?.sender.replaceTrack(track)
          .catch(() => undefined),
      ),
    );
    this.emit();
    // Tell the others: without it their screen keeps our last frame.
    if (this.peers.size) await this.signal({ type: 'media', video: !!track });
  }

  toggleMic(): void {
    if (!this.audioTrack) return;
    this.audioTrack.enabled = !this.audioTrack.enabled;
    this.emit();
  }

  /** Camera off stops the camera (its light goes off); on opens it again. */
  async toggleCamera(): Promise<void> {
    if (this.camTrack) {
      this.camTrack.stop();
      this.camTrack = null;
      await this.applyVideo();
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } } });
      if (this.ended) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      this.camTrack = stream.getVideoTracks()[0] ?? null;
      await this.applyVideo();
    } catch {
      this.set({ mediaWarning: true });
    }
  }

  static canShareScreen(): boolean {
    return typeof navigator !== 'undefined' && !!navigator.mediaDevices && typeof navigator.mediaDevices.getDisplayMedia === 'function';
  }

  async toggleScreenShare(): Promise<void> {
    if (this.screenTrack) {
      this.stopScreen();
      await this.applyVideo();
      return;
    }
    try {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true, audio: false });
      const track = stream.getVideoTracks()[0];
      if (!track || this.ended) {
        stream.getTracks().forEach((t) => t.stop());
        return;
      }
      track.onended = () => {
        if (this.screenTrack !== track) return;
        this.screenTrack = null;
        void this.applyVideo();
      };
      this.screenTrack = track;
      await this.applyVideo();
    } catch {
      /* the user cancelled the picker */
    }
  }

  private stopScreen(): void {
    this.screenTrack?.stop();
    this.screenTrack = null;
  }

  // ---------- call flow ----------

  /** The caller: media, then the invite (the provider sends it and reports errors). */
  markRinging(): void {
    this.set({ phase: 'ringing' });
  }

  /** Joins: `accept` has been sent; offers go to everyone already in the call. */
  async offerToAll(userIds: string[]): Promise<void> {
    this.set({ phase: 'connecting', answeredAt: this.state.answeredAt ?? Date.now() });
    for (const userId of userIds) if (userId !== this.opts.selfId) await this.offerTo(userId);
  }

  private ensurePeer(userId: string): Peer {
    const existing = this.peers.get(userId);
    if (existing) return existing;
    const pc = new RTCPeerConnection({ iceServers: this.opts.iceServers });
    const peer: Peer = {
      userId,
      pc,
      stream: new MediaStream(),
      state: 'connecting',
      pendingIce: [],
      makingOffer: false,
      polite: this.opts.selfId < userId,
      offerer: false,
    };
    pc.onicecandidate = (e) => {
      if (e.candidate) void this.signal({ type: 'ice', to: userId, candidate: e.candidate.toJSON() });
    };
    pc.ontrack = (e) => {
      const track = e.track;
      if (!peer.stream.getTracks().includes(track)) {
        // one track per kind: a renegotiation's new track replaces the old one
        peer.stream
          .getTracks()
          .filter((t) => t.kind === track.kind)
          .forEach((t) => peer.stream.removeTrack(t));
        peer.stream.addTrack(track);
      }
      track.onmute = () => this.emit();
      track.onunmute = () => this.emit();
      track.onended = () => this.emit();
      this.emit();
    };
    pc.onconnectionstatechange = () => {
      const s = pc.connectionState;
      if (s === 'connected') {
        peer.state = 'connected';
        if (this.state.phase !== 'ended') this.set({ phase: 'active', answeredAt: this.state.answeredAt ?? Date.now() });
        return;
      }
      if (s === 'disconnected') peer.state = 'reconnecting';
      else if (s === 'failed') {
        peer.state = 'failed';
        if (peer.offerer) void this.offerTo(userId, true); // ICE restart
      } else if (s === 'new' || s === 'connecting') peer.state = peer.state === 'connected' ? 'reconnecting' : 'connecting';
      this.emit();
    };
    this.peers.set(userId, peer);
    this.emit();
    return peer;
  }

  private addLocalTransceivers(pc: RTCPeerConnection): void {
    const streams = [new MediaStream([...(this.audioTrack ? [this.audioTrack] : [])])];
    if (!pc.getTransceivers().some((t) => t.receiver.track.kind === 'audio')) pc.addTransceiver(this.audioTrack ?? 'audio', { direction: 'sendrecv', streams });
    if (!videoTransceiver(pc)) pc.addTransceiver(this.outgoingVideo() ?? 'video', { direction: 'sendrecv', streams });
  }

  /** Answerer: the offer made the transceivers; send on them too. */
  private async attachToOffered(pc: RTCPeerConnection): Promise<void> {
    for (const t of pc.getTransceivers()) {
      if (t.currentDirection === 'stopped') continue;
      const kind = t.receiver.track.kind;
      const track = kind === 'audio' ? this.audioTrack : kind === 'video' ? this.outgoingVideo() : null;
      t.direction = 'sendrecv';
      if (t.sender.track !== track) await t.sender.replaceTrack(track).catch(() => undefined);
    }
  }

  private async offerTo(userId: string, iceRestart = false): Promise<void> {
    if (this.ended) return;
    const peer = this.ensurePeer(userId);
    peer.offerer = true;
    try {
      peer.makingOffer = true;
      this.addLocalTransceivers(peer.pc);
      const offer = await peer.pc.createOffer(iceRestart ? { iceRestart: true } : undefined);
      await peer.pc.setLocalDescription(offer);
      await this.signal({ type: 'offer', to: userId, sdp: peer.pc.localDescription?.sdp ?? offer.sdp ?? '' });
      await this.signal({ type: 'media', to: userId, video: !!this.outgoingVideo() });
    } catch {
      peer.state = 'failed';
      this.emit();
    } finally {
      peer.makingOffer = false;
    }
  }

  /** A signal of this call from another user. */
  async handle(from: string, signal: CallSignal): Promise<void> {
    if (this.ended || signal.callId !== this.callId || from === this.opts.selfId) return;
    switch (signal.type) {
      case 'accept':
        if (!this.state.answeredAt) this.set({ phase: 'connecting', answeredAt: Date.now() });
        break;
      case 'decline':
        // 1:1: the only invitee said no. Groups: the server ends the call when nobody rings any more.
        if (!this.opts.isGroup && !this.state.answeredAt) this.end('declined');
        break;
      case 'hangup':
        this.dropPeer(from);
        if (!this.opts.isGroup) this.end(this.state.answeredAt ? 'ended' : 'declined');
        else if (this.state.answeredAt && this.peers.size === 0) this.end('ended');
        break;
      case 'offer':
        if (signal.to === this.opts.selfId && signal.sdp) await this.onOffer(from, signal.sdp);
        break;
      case 'answer':
        if (signal.to === this.opts.selfId && signal.sdp) await this.onAnswer(from, signal.sdp);
        break;
      case 'ice':
        if (signal.to === this.opts.selfId && signal.candidate) await this.onIce(from, signal.candidate);
        break;
      case 'media':
        if ((!signal.to || signal.to === this.opts.selfId) && typeof signal.video === 'boolean') {
          this.remoteVideo.set(from, signal.video);
          this.emit();
        }
        break;
      default:
        break;
    }
  }

  private async onOffer(from: string, sdp: string): Promise<void> {
    const peer = this.ensurePeer(from);
    const collision = peer.makingOffer || peer.pc.signalingState !== 'stable';
    if (collision && !peer.polite) return; // the other side yields
    try {
      await peer.pc.setRemoteDescription({ type: 'offer', sdp }); // rolls our own offer back if needed
      await this.attachToOffered(peer.pc);
      const answer = await peer.pc.createAnswer();
      await peer.pc.setLocalDescription(answer);
      await this.signal({ type: 'answer', to: from, sdp: peer.pc.localDescription?.sdp ?? answer.sdp ?? '' });
      await this.signal({ type: 'media', to: from, video: !!this.outgoingVideo() });
      await this.flushIce(peer);
      if (!this.state.answeredAt || this.state.phase === 'ringing') this.set({ phase: 'connecting', answeredAt: this.state.answeredAt ?? Date.now() });
    } catch {
      peer.state = 'failed';
      this.emit();
    }
  }

  private async onAnswer(from: string, sdp: string): Promise<void> {
    const peer = this.peers.get(from);
    if (!peer || peer.pc.signalingState !== 'have-local-offer') return;
    try {
      await peer.pc.setRemoteDescription({ type: 'answer', sdp });
      await this.flushIce(peer);
    } catch {
      peer.state = 'failed';
      this.emit();
    }
  }

  private async onIce(from: string, candidate: RTCIceCandidateInit): Promise<void> {
    const peer = this.ensurePeer(from);
    if (!peer.pc.remoteDescription) {
      peer.pendingIce.push(candidate);
      return;
    }
    await peer.pc.addIceCandidate(candidate).catch(() => undefined);
  }

  private async flushIce(peer: Peer): Promise<void> {
    const queued = peer.pendingIce.splice(0);
    for (const c of queued) await peer.pc.addIceCandidate(c).catch(() => undefined);
  }

  private dropPeer(userId: string): void {
    const peer = this.peers.get(userId);
    if (!peer) return;
    peer.pc.close();
    peer.stream.getTracks().forEach((t) => t.stop());
    this.peers.delete(userId);
    this.remoteVideo.delete(userId);
    this.emit();
  }

  private async signal(partial: Omit<CallSignal, 'callId'>): Promise<void> {
    if (this.ended && partial.type !== 'hangup') return;
    try {
      await this.opts.send({ ...partial, callId: this.callId } as CallSignal);
    } catch {
      /* ICE after the end, a peer who just left: nothing to do */
    }
  }

  /** The user hangs up (or cancels before an answer). */
  async hangUp(): Promise<void> {
    if (this.ended) return;
    this.end('hungUp');
    await this.opts.send({ type: 'hangup', callId: this.callId }).catch(() => undefined);
  }

  end(reason: EndReason, errorMessage: string | null = null): void {
    if (this.ended) return;
    for (const userId of [...this.peers.keys()]) this.dropPeer(userId);
    this.stopScreen();
    this.audioTrack?.stop();
    this.camTrack?.stop();
    this.audioTrack = null;
    this.camTrack = null;
    this.set({ phase: 'ended', endReason: reason, errorMessage });
  }
}

function videoTransceiver(pc: RTCPeerConnection): RTCRtpTransceiver | undefined {
  return pc.getTransceivers().find((t) => t.receiver.track.kind === 'video' && t.currentDirection !== 'stopped');
}
