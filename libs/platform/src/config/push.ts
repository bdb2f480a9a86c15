import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateVAPIDKeys } from 'web-push';

/** Web Push (VAPID, RFC 8292): the server's key pair and the contact push services may use. */
export interface PushConfig {
  /** base64url, uncompressed P-256 point (65 bytes): what browsers subscribe with. */
  publicKey: string;
  /** base64url, 32 bytes. */
  privateKey: string;
  /** mailto: or https: contact sent to push services. */
  subject: string;
}

const b64url = /^[A-Za-z0-9_-]+$/;
const decoded = (v: string) => (b64url.test(v) ? Buffer.from(v, 'base64url') : Buffer.alloc(0));

/**
 * VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY / VAPID_SUBJECT, validated; without them (not in
 * production) a key pair is generated once into DATA_DIR/vapid-keys.json, like JWT_SECRET.
 */
export function parsePushConfig(
  e: { VAPID_PUBLIC_KEY?: string; VAPID_PRIVATE_KEY?: string; VAPID_SUBJECT?: string },
  dataDir: string,
  production: boolean,
  problems: string[],
): PushConfig {
  const subject = e.VAPID_SUBJECT || 'mailto:noreply@ketnoi.invalid';
  if (!/^mailto:[^\s@]+@[^\s@]+$/.test(subject) && !/^https:\/\/[^\s/]+/.test(subject)) {
    problems.push('VAPID_SUBJECT must be a mailto: address or an https: URL (a contact for push services)');
  }
  const given = [e.VAPID_PUBLIC_KEY, e.VAPID_PRIVATE_KEY].filter(Boolean).length;
  if (given === 1) problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together');
  if (given === 2) {
    const pub = decoded(e.VAPID_PUBLIC_KEY!);
    if (pub.length !== 65 || pub[0] !== 4) problems.push('VAPID_PUBLIC_KEY must be a base64url uncompressed P-256 public key (65 bytes)');
    if (decoded(e.VAPID_PRIVATE_KEY!).length !== 32) problems.push('VAPID_PRIVATE_KEY must be a base64url P-256 private key (32 bytes)');
    return { publicKey: e.VAPID_PUBLIC_KEY!, privateKey: e.VAPID_PRIVATE_KEY!, subject };
  }
  if (production && !e.VAPID_SUBJECT) problems.push('VAPID_SUBJECT is required in production (mailto: or https: contact)');
  if (production) {
    problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required in production (generate them once: npx web-push generate-vapid-keys)');
    return { publicKey: '', privateKey: '', subject };
  }
  if (given === 1) return { publicKey: '', privateKey: '', subject };
  return { ...persistedVapidKeys(dataDir), subject };
}

function persistedVapidKeys(dataDir: string): { publicKey: string; privateKey: string } {
  const file = join(dataDir, 'vapid-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  mkdirSync(dataDir, { recursive: true });
  const keys = generateVAPIDKeys();
  writeFileSync(file, JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey }) + '\n', { mode: 0o600 });
  return keys;
}
