import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { parsePushConfig, type PushConfig } from './push';
export type { PushConfig } from './push';
import { z } from 'zod';

/** Thrown when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const bool = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be true or false (got "${v}")` });
      return z.NEVER;
    });

const url = (name: string, protocols: string[]) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      let parsed: URL;
      try {
        parsed = new URL(v);
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} is not a valid URL` });
        return z.NEVER;
      }
      if (!protocols.includes(parsed.protocol)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `${name} must use ${protocols.map((p) => p.replace(':', '://')).join(' or ')} (got ${parsed.protocol.replace(':', '://')})`,
        });
        return z.NEVER;
      }
      return v;
    });

/** An optional whole number in [min, max]; `fallback` when unset (undefined: left unset). */
const integer = <F extends number | undefined>(name: string, min: number, max: number, fallback: F) =>
  z
    .string()
    .optional()
    .transform((v, ctx): number | F => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!/^\d+$/.test(v) || n < min || n > max) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be an integer between ${min} and ${max} (got "${v}")` });
        return z.NEVER;
      }
      return n;
    });

const envSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      errorMap: () => ({ message: 'NODE_ENV must be development, production or test' }),
    })
    .default('development'),
  PORT: integer('PORT', 0, 65535, 3000),
  HOST: z.string().optional(),
  DATA_DIR: z.string().optional(),
  DATABASE_URL: url('DATABASE_URL', ['postgres:', 'postgresql:']),
  S3_ENDPOINT: url('S3_ENDPOINT', ['http:', 'https:']),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY: z.string().optional(),
  S3_SECRET_KEY: z.string().optional(),
  S3_REGION: z.string().optional(),
  REDIS_URL: url('REDIS_URL', ['redis:', 'rediss:']),
  JWT_SECRET: z.string().optional(),
  VAPID_PUBLIC_KEY: z.string().optional(),
  VAPID_PRIVATE_KEY: z.string().optional(),
  VAPID_SUBJECT: z.string().optional(),
  ADMIN_EMAIL: z.string().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  SEED_DEMO: bool('SEED_DEMO'),
  RUN_JOBS: bool('RUN_JOBS'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      errorMap: () => ({ message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }),
    })
    .optional(),
  PUBLIC_URL: url('PUBLIC_URL', ['http:', 'https:']),
  SMTP_URL: url('SMTP_URL', ['smtp:', 'smtps:']),
  MAIL_FROM: z.string().optional(),
  ICE_SERVERS: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  TURN_SECRET: z.string().optional(),
  CONSULT_DUE_HOURS: z.string().optional(),
  LIVE_MEDIA: z.enum(['embedded', 'external', 'off'], { errorMap: () => ({ message: 'LIVE_MEDIA must be embedded, external or off' }) }).optional(),
  RTMP_PORT: integer('RTMP_PORT', 0, 65535, undefined),
  RTMP_PUBLIC_URL: url('RTMP_PUBLIC_URL', ['rtmp:', 'rtmps:']),
  LIVE_HLS_BASE_URL: url('LIVE_HLS_BASE_URL', ['http:', 'https:']),
  LIVE_HOOK_SECRET: z.string().optional(),
  LIVE_RECORDINGS_DIR: z.string().optional(),
  LIVE_HLS_CACHE_MB: integer('LIVE_HLS_CACHE_MB', 0, 4096, 64),
  FFMPEG_PATH: z.string().optional(),
  CALL_RING_TIMEOUT_SECONDS: integer('CALL_RING_TIMEOUT_SECONDS', 1, 600, 45),
});

/** Hours from a consultation request to its due time, per urgency. */
export interface ConsultDueHours {
  EMERGENCY: number;
  URGENT: number;
  ROUTINE: number;
}
export const DEFAULT_CONSULT_DUE_HOURS: Readonly<ConsultDueHours> = { EMERGENCY: 1, URGENT: 24, ROUTINE: 72 };

/** Parses CONSULT_DUE_HOURS (`EMERGENCY=1,URGENT=24,ROUTINE=72`, any subset, 0 < h ≤ 720); pushes one problem naming the variable. */
export function parseConsultDueHours(raw: string | undefined, problems: string[]): ConsultDueHours {
  const out = { ...DEFAULT_CONSULT_DUE_HOURS };
  if (raw === undefined || !raw.trim()) return out;
  for (const part of raw.split(',')) {
    const m = /^\s*(EMERGENCY|URGENT|ROUTINE)\s*=\s*(\d+(?:\.\d+)?)\s*$/.exec(part);
    const hours = m ? Number(m[2]) : NaN;
    if (!m || !(hours > 0 && hours <= 720)) {
      problems.push(
        `CONSULT_DUE_HOURS must look like EMERGENCY=1,URGENT=24,ROUTINE=72 (any of the three, hours 0 < h ≤ 720; got ${JSON.stringify(raw.slice(0, 80))})`,
      );
      return { ...DEFAULT_CONSULT_DUE_HOURS };
    }
    out[m[1] as keyof ConsultDueHours] = hours;
  }
  return out;
}

/** One ICE server as the browser's RTCIceServer takes it (urls always a list here). */
export interface IceServerConfig {
  urls: string[];
  username?: string;
  credential?: string;
}

export interface CallsConfig {
  /** STUN/TURN servers for WebRTC; empty: host candidates only (one LAN). */
  iceServers: IceServerConfig[];
  /** coturn `use-auth-secret`: time-limited credentials for turn: entries without a static one. */
  turnSecret?: string;
  ringTimeoutSeconds: number;
}

const ICE_URL = /^(stun|turn|turns):[^\s]+$/i;

/** Parses ICE_SERVERS (a JSON array of RTCIceServer); pushes problems naming the variable, never echoing credentials. */
export function parseIceServers(raw: string | undefined, turnSecret: string | undefined, problems: string[]): IceServerConfig[] {
  if (raw === undefined || raw.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    problems.push('ICE_SERVERS is not valid JSON (expected an array like [{"urls":"stun:stun.example.org:3478"}])');
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push('ICE_SERVERS must be a JSON array of { urls, username?, credential? }');
    return [];
  }
  const out: IceServerConfig[] = [];
  value.forEach((entry: unknown, i) => {
    const where = `ICE_SERVERS[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problems.push(`${where} must be an object { urls, username?, credential? }`);
      return;
    }
    const e = entry as Record<string, unknown>;
    const unknownKeys = Object.keys(e).filter((k) => !['urls', 'username', 'credential'].includes(k));
    if (unknownKeys.length) problems.push(`${where} has unknown keys: ${unknownKeys.join(', ')} (allowed: urls, username, credential)`);
    const urls = typeof e.urls === 'string' ? [e.urls] : e.urls;
    if (!Array.isArray(urls) || !urls.length || urls.some((u) => typeof u !== 'string')) {
      problems.push(`${where}.urls must be a string or a non-empty array of strings`);
      return;
    }
    const bad = (urls as string[]).filter((u) => !ICE_URL.test(u));
    if (bad.length) {
      problems.push(`${where}.urls must use stun:, turn: or turns: (got ${bad.map((u) => JSON.stringify(u.slice(0, 80))).join(', ')})`);
      return;
    }
    for (const k of ['username', 'credential'] as const) {
      if (e[k] !== undefined && typeof e[k] !== 'string') problems.push(`${where}.${k} must be a string`);
    }
    const username = typeof e.username === 'string' ? e.username : undefined;
    const credential = typeof e.credential === 'string' ? e.credential : undefined;
    if ((username === undefined) !== (credential === undefined)) {
      problems.push(`${where} needs both username and credential, or neither`);
    }
    const turn = (urls as string[]).some((u) => /^turns?:/i.test(u));
    if (turn && credential === undefined && !turnSecret) {
      problems.push(`${where} is a TURN server without username and credential: set them, or set TURN_SECRET for time-limited credentials`);
    }
    out.push({ urls: urls as string[], ...(username !== undefined ? { username } : {}), ...(credential !== undefined ? { credential } : {}) });
  });
  return out;
}

const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

/** TRUST_PROXY: proxies whose X-Forwarded-For is believed (addresses, CIDRs, or loopback / linklocal / uniquelocal). */
export function parseTrustProxy(raw: string | undefined, problems: string[]): string[] {
  const entries = (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const e of entries) {
    const [address, bits, ...rest] = e.split('/');
    const family = isIP(address);
    const okBits = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!PROXY_RANGES.includes(e) && (!family || !okBits || rest.length)) {
      problems.push(`TRUST_PROXY entries must be IP addresses, CIDR ranges or ${PROXY_RANGES.join(' / ')} (got "${e.slice(0, 60)}")`);
    }
  }
  return entries;
}

export interface S3Config {
  endpoint: string;
  bucket: string;
  accessKey: string;
  secretKey: string;
  region: string;
}

/** Live video (libs/live): where media goes in and comes out. */
export interface LiveConfig {
  /** embedded: RTMP server + ffmpeg packagers in the API process; external: a media server calls the publish hook; off: no ingest. */
  media: 'embedded' | 'external' | 'off';
  /** Embedded RTMP listener port (0: any free port). */
  rtmpPort: number;
  /** The RTMP address shown to hosts (studio software "server"); default rtmp://<PUBLIC_URL host or localhost>:<port>/live. */
  rtmpPublicUrl?: string;
  /** external: base URL of the HLS tree the packagers publish (behind a CDN). */
  hlsBaseUrl?: string;
  /** external: shared secret the media server presents to /live/hooks/*. */
  hookSecret?: string;
  /** external: the folder the media server records into; /live/hooks/recording only takes files inside it. */
  recordingsDir?: string;
  /** ffmpeg to run; default: the system ffmpeg, else the npm one. */
  ffmpegPath?: string;
  /** Memory for recent live segments served by this process (0: read every one from disk). */
  hlsCacheBytes: number;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  /** undefined → start embedded PostgreSQL under dataDir. */
  databaseUrl?: string;
  /** undefined → local object storage under dataDir/objects. */
  s3?: S3Config;
  redisUrl?: string;
  jwtSecret: string;
  admin?: { email: string; password: string };
  seedDemo: boolean;
  /** Whether the API process works background jobs (the worker always does); false when separate workers run them. */
  runJobs: boolean;
  logLevel: string;
  publicUrl?: string;
  calls: CallsConfig;
  consultations: { dueHours: ConsultDueHours };
  live: LiveConfig;
  /** Proxies trusted for X-Forwarded-For (client addresses for login throttling); empty: the socket address is the client. */
  trustProxy: string[];
  /** E-mail: SMTP_URL; without it, messages go to the local outbox (DATA_DIR/outbox). */
  mail: { smtpUrl?: string; from: string };
  /** Web Push (VAPID) keys and contact. */
  push: PushConfig;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Validates the environment once. Every problem is collected so the operator can fix
 * them all in one go; secrets are never echoed back.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(issue.message);
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR || './.data');

  let s3: S3Config | undefined;
  const s3Vars = ['S3_BUCKET', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const;
  if (e.S3_ENDPOINT) {
    for (const v of s3Vars) if (!e[v]) problems.push(`${v} is required when S3_ENDPOINT is set`);
    if (e.S3_BUCKET && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(e.S3_BUCKET)) {
      problems.push('S3_BUCKET must be a valid bucket name (3–63 characters: lower-case letters, digits, dots, hyphens)');
    }
    s3 = {
      endpoint: e.S3_ENDPOINT,
      bucket: e.S3_BUCKET ?? '',
      accessKey: e.S3_ACCESS_KEY ?? '',
      secretKey: e.S3_SECRET_KEY ?? '',
      region: e.S3_REGION || 'us-east-1',
    };
  } else {
    for (const v of s3Vars) if (e[v]) problems.push(`${v} is set but S3_ENDPOINT is not; set S3_ENDPOINT too or remove ${v}`);
  }

  if (e.JWT_SECRET !== undefined && e.JWT_SECRET.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }

  let admin: AppConfig['admin'];
  if (e.ADMIN_EMAIL || e.ADMIN_PASSWORD) {
    if (!e.ADMIN_EMAIL) problems.push('ADMIN_EMAIL is required when ADMIN_PASSWORD is set');
    else if (!EMAIL.test(e.ADMIN_EMAIL)) problems.push('ADMIN_EMAIL is not a valid e-mail address');
    if (!e.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD is required when ADMIN_EMAIL is set');
    else if (e.ADMIN_PASSWORD.length < 8) problems.push('ADMIN_PASSWORD must be at least 8 characters long');
    admin = { email: (e.ADMIN_EMAIL ?? '').trim().toLowerCase(), password: e.ADMIN_PASSWORD ?? '' };
  }

  if (e.TURN_SECRET !== undefined && e.TURN_SECRET.length < 16) {
    problems.push('TURN_SECRET must be at least 16 characters long');
  }
  const turnSecret = e.TURN_SECRET || undefined;
  const iceServers = parseIceServers(e.ICE_SERVERS, turnSecret, problems);
  const dueHours = parseConsultDueHours(e.CONSULT_DUE_HOURS, problems);
  const trustProxy = parseTrustProxy(e.TRUST_PROXY, problems);
  const mailFrom = e.MAIL_FROM?.trim() || 'Ketnoi <no-reply@ketnoi.local>';
  if (!EMAIL.test(/<([^>]*)>\s*$/.exec(mailFrom)?.[1] ?? mailFrom))
    problems.push('MAIL_FROM must be an e-mail address, optionally with a name: Ketnoi <no-reply@example.vn>');
  if (e.SMTP_URL && !new URL(e.SMTP_URL).hostname) problems.push('SMTP_URL needs a host: smtp://user:password@mail.example.vn:587');

  const liveMedia = e.LIVE_MEDIA ?? 'embedded';
  if (e.LIVE_HOOK_SECRET !== undefined && e.LIVE_HOOK_SECRET.length < 16) problems.push('LIVE_HOOK_SECRET must be at least 16 characters long');
  if (e.LIVE_RECORDINGS_DIR !== undefined) {
    // Otherwise every hand-off would be refused as "outside the folder", silently, for the whole deployment.
    if ((e.LIVE_MEDIA ?? 'embedded') !== 'external')
      problems.push('LIVE_RECORDINGS_DIR is only used with LIVE_MEDIA=external (the media server records into it)');
    else if (!statSync(e.LIVE_RECORDINGS_DIR, { throwIfNoEntry: false })?.isDirectory())
      problems.push(`LIVE_RECORDINGS_DIR must be an existing folder the API can read (got "${e.LIVE_RECORDINGS_DIR.slice(0, 120)}")`);
  }
  if (liveMedia === 'external') {
    if (!e.LIVE_HOOK_SECRET) problems.push('LIVE_HOOK_SECRET is required when LIVE_MEDIA=external (the media server presents it to /live/hooks/publish)');
    if (!e.RTMP_PUBLIC_URL) problems.push('RTMP_PUBLIC_URL is required when LIVE_MEDIA=external (where hosts push)');
    if (!e.LIVE_HLS_BASE_URL) problems.push('LIVE_HLS_BASE_URL is required when LIVE_MEDIA=external (where viewers fetch HLS)');
  }

  if (production) {
    if (!e.DATABASE_URL) problems.push('DATABASE_URL is required in production (embedded PostgreSQL is for development only)');
    if (!e.S3_ENDPOINT) problems.push('S3_ENDPOINT is required in production (local object storage is for development only)');
    if (!e.JWT_SECRET) problems.push('JWT_SECRET is required in production (at least 32 characters)');
  }
  const push = parsePushConfig(e, dataDir, production, problems);

  if (problems.length) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST || '0.0.0.0',
    dataDir,
    databaseUrl: e.DATABASE_URL,
    s3,
    redisUrl: e.REDIS_URL,
    jwtSecret: e.JWT_SECRET ?? persistedSecret(dataDir, 'jwt-secret'),
    admin,
    seedDemo: e.SEED_DEMO ?? !production,
    runJobs: e.RUN_JOBS ?? true,
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'warn' : 'info'),
    publicUrl: e.PUBLIC_URL,
    calls: { iceServers, turnSecret, ringTimeoutSeconds: e.CALL_RING_TIMEOUT_SECONDS },
    consultations: { dueHours },
    live: {
      media: liveMedia,
      rtmpPort: e.RTMP_PORT ?? (e.NODE_ENV === 'test' ? 0 : 1935),
      rtmpPublicUrl: e.RTMP_PUBLIC_URL,
      hlsBaseUrl: e.LIVE_HLS_BASE_URL?.replace(/\/+$/, ''),
      hookSecret: e.LIVE_HOOK_SECRET,
      recordingsDir: e.LIVE_RECORDINGS_DIR ? resolve(e.LIVE_RECORDINGS_DIR) : undefined,
      ffmpegPath: e.FFMPEG_PATH || undefined,
      hlsCacheBytes: e.LIVE_HLS_CACHE_MB * 1024 * 1024,
    },
    trustProxy,
    mail: { smtpUrl: e.SMTP_URL, from: mailFrom },
    push,
  };
}

/** A random secret generated once and kept in DATA_DIR (embedded default only). */
export function persistedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
