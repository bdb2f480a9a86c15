import { isUuid } from '@ketnoi/platform';
import { CALL_SIGNAL_MAX_BYTES } from './calls.types';

/** `media`: the sender's camera (or screen) turned on/off (`video`), to the call or to one peer (`to`). */
export const CALL_SIGNAL_TYPES = ['invite', 'accept', 'decline', 'hangup', 'offer', 'answer', 'ice', 'media'] as const;
export type CallSignalKind = (typeof CALL_SIGNAL_TYPES)[number];

/** A validated signal; only these keys are relayed. */
export interface CallSignal {
  type: CallSignalKind;
  callId: string;
  to?: string;
  video?: boolean;
  sdp?: string;
  candidate?: Record<string, unknown>;
}

const SIGNAL_KEYS = new Set(['type', 'callId', 'to', 'video', 'sdp', 'candidate']);
const PEER_SIGNALS = new Set<CallSignalKind>(['offer', 'answer', 'ice']);

/** The signal, or what is wrong with its shape (never echoing its content). */
export function readCallSignal(raw: unknown): { signal: CallSignal; problem?: undefined } | { problem: string; signal?: undefined } {
  const bad = (why: string) => ({ problem: `Tín hiệu cuộc gọi không hợp lệ: ${why}.` });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return bad('cần một đối tượng JSON');
  if (Buffer.byteLength(JSON.stringify(raw)) > CALL_SIGNAL_MAX_BYTES) return bad(`quá ${CALL_SIGNAL_MAX_BYTES / 1024} KB`);
  const s = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(s).filter((k) => !SIGNAL_KEYS.has(k));
  if (unknownKeys.length) return bad(`khoá không được hỗ trợ (${unknownKeys.slice(0, 5).join(', ').slice(0, 100)})`);
  if (typeof s.type !== 'string' || !(CALL_SIGNAL_TYPES as readonly string[]).includes(s.type))
    return bad(`"type" phải là một trong ${CALL_SIGNAL_TYPES.join(', ')}`);
  const type = s.type as CallSignalKind;
  if (typeof s.callId !== 'string' || !isUuid(s.callId)) return bad('"callId" phải là UUID');
  const out: CallSignal = { type, callId: s.callId.toLowerCase() };
  if (s.to !== undefined && s.to !== null) {
    if (typeof s.to !== 'string' || !isUuid(s.to)) return bad('"to" phải là mã người dùng');
    out.to = s.to;
  }
  if (PEER_SIGNALS.has(type) && !out.to) return bad(`"${type}" cần "to"`);
  if (s.video !== undefined && s.video !== null) {
    if (typeof s.video !== 'boolean') return bad('"video" phải là true hoặc false');
    out.video = s.video;
  }
  if (type === 'invite' && out.video === undefined) return bad('"invite" cần "video"');
  if (type === 'media' && out.video === undefined) return bad('"media" cần "video"');
  if (type === 'offer' || type === 'answer') {
    if (typeof s.sdp !== 'string' || !s.sdp.trim()) return bad(`"${type}" cần "sdp"`);
    out.sdp = s.sdp;
  } else if (s.sdp !== undefined) return bad('"sdp" chỉ dùng cho offer và answer');
  if (type === 'ice') {
    if (typeof s.candidate !== 'object' || s.candidate === null || Array.isArray(s.candidate)) return bad('"ice" cần "candidate" là một đối tượng');
    out.candidate = s.candidate as Record<string, unknown>;
  } else if (s.candidate !== undefined) return bad('"candidate" chỉ dùng cho ice');
  return { signal: out };
}

export function callSignalProblem(raw: unknown): string | null {
  return readCallSignal(raw).problem ?? null;
}
